import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockLlmServer } from "./create-mock-llm-server";
import type { MockLlmOptions } from "./mock-llm-options";

export interface StartMockLlmOptions extends MockLlmOptions {
  /** Default 0: a free port, for tests and benchmarks. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
}

export interface StartedMockLlm {
  readonly server: Server;
  readonly port: number;
  /** `http://127.0.0.1:PORT`: the Anthropic base URL; add `/v1` for OpenAI. */
  readonly url: string;
  /** Stops listening and drops open connections (including requests held by `timeout`). */
  close(): Promise<void>;
}

/** Creates the mock server and waits until it listens. */
export async function startMockLlmServer(
  options: StartMockLlmOptions = {},
): Promise<StartedMockLlm> {
  const { port = 0, host = "127.0.0.1", ...serverOptions } = options;
  const server = createMockLlmServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    port: address.port,
    url: `http://${urlHost(host)}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The host to write in a URL: a wildcard address is reached through loopback. */
export function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

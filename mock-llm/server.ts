/**
 * `npm run mock-llm`: the mock LLM server on 127.0.0.1:8790 (see mock-llm/README.md).
 * Settings come from the environment: HOST, PORT and the MOCK_LLM_* variables.
 */
import type { RequestLogEntry } from "./mock-llm-options";
import { type EnvConfig, readEnvConfig } from "./read-env-options";
import { startMockLlmServer } from "./start-mock-llm-server";
import { startupBanner } from "./startup-banner";

function logRequest(entry: RequestLogEntry): void {
  const status = entry.status === 0 ? "---" : String(entry.status);
  const detail = entry.detail === "" ? "" : ` ${entry.detail}`;
  console.log(`mock-llm ${entry.method} ${entry.path} ${status} ${entry.durationMs}ms${detail}`);
}

let config: EnvConfig;
try {
  config = readEnvConfig(process.env);
} catch (error) {
  console.error(`mock-llm: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

try {
  const started = await startMockLlmServer({
    ...config.options,
    host: config.host,
    port: config.port,
    onRequest: config.logRequests ? logRequest : undefined,
  });
  console.log(startupBanner(started.url, config.options));
  const stop = () => {
    started.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(
    `mock-llm: cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

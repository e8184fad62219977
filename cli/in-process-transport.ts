import type { Bindings } from "../src/config/bindings";
import { createApp } from "../src/http/app";
import { createMemoryKvNamespace } from "./memory-kv-namespace";
import type { Transport } from "./transport";

const baseUrl = "http://tilmash.in-process";

/**
 * The worker's own app, run in this process with Node's `fetch`: the providers and settings
 * come from the environment (as `.dev.vars` would give them), the cache is in memory.
 * The same routes, validation, errors and streamed progress as a server.
 */
export function inProcessTransport(
  environment: Readonly<Record<string, string | undefined>>,
): Transport {
  const app = createApp();
  const key = crypto.randomUUID();
  const bindings = nodeBindings(environment, key);
  const pending: Promise<unknown>[] = [];
  const context = {
    waitUntil: (promise: Promise<unknown>) => void pending.push(promise),
    passThroughOnException: () => {},
    props: {},
  };
  return {
    name: "in-process",
    baseUrl,
    fetch: async (input, init) => app.fetch(new Request(input, init), bindings, context),
    headers: { Authorization: `Bearer ${key}` },
    settle: async () => {
      await Promise.allSettled(pending);
    },
  };
}

/**
 * The environment as the worker's bindings. A one-run key guards the API, so the app does
 * not warn that it is open, and a caller's own `API_KEYS` does not apply.
 */
function nodeBindings(
  environment: Readonly<Record<string, string | undefined>>,
  key: string,
): Bindings {
  const read = (name: string) => environment[name] ?? "";
  return {
    ...environment,
    TRANSLATIONS: createMemoryKvNamespace(),
    API_KEYS: key,
    LLM_PROVIDERS: read("LLM_PROVIDERS"),
    CACHE_TTL_SECONDS: read("CACHE_TTL_SECONDS"),
    MAX_ARTICLE_CHARS: read("MAX_ARTICLE_CHARS"),
    LLM_TIMEOUT_MS: read("LLM_TIMEOUT_MS"),
    LLM_MAX_RETRIES: read("LLM_MAX_RETRIES"),
  };
}

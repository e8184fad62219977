import type { Transport } from "./transport";

/** A running tilmash server; `TILMASH_API_KEY`, when set, is sent as a bearer key. */
export function serverTransport(
  url: string,
  environment: Readonly<Record<string, string | undefined>>,
): Transport {
  const key = environment.TILMASH_API_KEY?.trim();
  return {
    name: url,
    baseUrl: url.replace(/\/+$/, ""),
    fetch: (input, init) => fetch(input, init),
    headers: key ? { Authorization: `Bearer ${key}` } : {},
    settle: async () => {},
  };
}

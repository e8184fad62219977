/** One JSON log line per server-side failure; no stack traces, no request content. */
export function logCompatFailure(
  api: "deepl" | "libretranslate",
  status: number,
  requestId: string | undefined,
  error: unknown,
): void {
  const cause =
    error instanceof Error ? { name: error.name, message: error.message } : { name: typeof error };
  console.error(JSON.stringify({ level: "error", api, status, request_id: requestId, cause }));
}

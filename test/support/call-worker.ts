import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { Bindings } from "../../src/config/bindings";
import worker from "../../src/index";

/**
 * Calls the real worker inside workerd with extra variables on top of the pinned test
 * bindings (the real KV namespace included), and waits for its `waitUntil` work.
 */
export async function callWorker(
  request: Request,
  variables: Partial<Bindings> = {},
): Promise<Response> {
  const context = createExecutionContext();
  const response = await worker.fetch(request, { ...env, ...variables } as Bindings, context);
  await waitOnExecutionContext(context);
  return response;
}

export function translationRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("http://tilmash.test/v1/translations", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

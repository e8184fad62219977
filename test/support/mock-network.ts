import { FetchInterceptor } from "@mswjs/interceptors/fetch";
import { defineNetwork, InterceptorSource } from "msw/experimental";
import { afterAll, afterEach, beforeAll } from "vitest";

/**
 * Intercepts outgoing `fetch` calls inside workerd (msw's `setupServer` cannot run there).
 * Any request without a handler fails the test.
 */
export function setupMockNetwork() {
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
    onUnhandledFrame: "error",
    context: { quiet: true },
  });
  beforeAll(() => network.enable());
  afterEach(() => network.resetHandlers());
  afterAll(() => network.disable());
  return network;
}

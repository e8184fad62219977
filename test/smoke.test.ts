import { env } from "cloudflare:workers";
import { HttpResponse, http } from "msw";
import { expect, it } from "vitest";
import { setupMockNetwork } from "./support/mock-network";

const network = setupMockNetwork();

it("intercepts fetch and has KV", async () => {
  network.use(http.get("https://example.test/x", () => HttpResponse.json({ ok: 1 })));
  const response = await fetch("https://example.test/x");
  expect(await response.json()).toEqual({ ok: 1 });
  await env.TRANSLATIONS.put("a", "b");
  expect(await env.TRANSLATIONS.get("a")).toBe("b");
});

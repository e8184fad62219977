import { describe, expect, it } from "vitest";
import { callWorker, translationRequest } from "../../support/call-worker";
import { setupMockNetwork } from "../../support/mock-network";

setupMockNetwork();
const cms = "https://cms.example";
const locked = { API_KEYS: "key-one", CORS_ORIGINS: `${cms}, https://other.example` };

function preflight(origin: string): Request {
  return new Request("http://tilmash.test/v1/translations", {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization,content-type",
    },
  });
}

describe("cross-origin calls (CORS_ORIGINS)", () => {
  it("answers a listed origin's preflight before the API key is asked for", async () => {
    const response = await callWorker(preflight(cms), locked);
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(cms);
    expect(response.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    expect(response.headers.get("Access-Control-Allow-Headers")).toContain("Authorization");
  });

  it("marks responses to a listed origin, errors included, and exposes the request id", async () => {
    const response = await callWorker(translationRequest({}, { Origin: cms }), locked);
    expect(response.status).toBe(401);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(cms);
    expect(response.headers.get("Access-Control-Expose-Headers")).toContain("X-Request-Id");
  });

  it("allows no other origin", async () => {
    const response = await callWorker(
      translationRequest({}, { Origin: "https://elsewhere.example" }),
      locked,
    );
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("allows every origin with *", async () => {
    const response = await callWorker(preflight("https://any.example"), { CORS_ORIGINS: "*" });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("marks nothing without CORS_ORIGINS: a preflight is a method the route does not take", async () => {
    const response = await callWorker(preflight(cms), { API_KEYS: "" });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(response.status).toBe(405);
  });
});

import { existsSync, mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Unstable_DevWorker, unstable_dev } from "wrangler";

/** Debian's Chromium; `npx playwright install` cannot download a browser here. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const apiKey = "browser-test-key";

/** A CMS page: an empty document whose scripts the test runs, served from its own origin. */
async function servePage(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end("<!doctype html><title>CMS</title><p>Editor</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface PageCall {
  readonly status?: number;
  readonly body?: unknown;
  readonly requestId?: string | null;
  readonly failure?: string;
}

describe.skipIf(!existsSync(chromiumPath))("a CMS page in Chromium calling the API", () => {
  let page: Awaited<ReturnType<typeof servePage>>;
  let worker: Unstable_DevWorker;
  let browser: Browser;
  let api: string;

  beforeAll(async () => {
    page = await servePage();
    worker = await unstable_dev("src/index.ts", {
      config: "wrangler.toml",
      ip: "127.0.0.1",
      persistTo: mkdtempSync(join(tmpdir(), "tilmash-browser-")),
      logLevel: "warn",
      vars: {
        CORS_ORIGINS: page.origin,
        API_KEYS: apiKey,
        LLM_PROVIDERS: "",
        OPENAI_API_KEY: "",
        ANTHROPIC_API_KEY: "",
      },
      experimental: { disableExperimentalWarning: true, watch: false, disableDevRegistry: true },
    });
    api = `http://127.0.0.1:${worker.port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    page?.server.close();
  });

  /** Runs `fetch` inside a page of `origin`, as a CMS editor's script would. */
  async function callFrom(origin: string, path: string, body: unknown): Promise<PageCall> {
    const tab = await browser.newPage();
    try {
      await tab.goto(origin);
      return await tab.evaluate(
        async ({ url, key, payload }) => {
          try {
            const response = await fetch(url, {
              method: "POST",
              headers: {
                Authorization: `Bearer ${key}`,
                "Content-Type": "application/json",
                "Accept-Language": "fr",
              },
              body: JSON.stringify(payload),
            });
            return {
              status: response.status,
              body: await response.json(),
              requestId: response.headers.get("X-Request-Id"),
            };
          } catch (error) {
            return { failure: String(error) };
          }
        },
        { url: `${api}${path}`, key: apiKey, payload: body },
      );
    } finally {
      await tab.close();
    }
  }

  it("gets an answer, and the request id, through the preflight", async () => {
    const call = await callFrom(page.origin, "/v1/detect", {
      text: "Le président est arrivé mardi à Astana pour une visite officielle.",
    });
    expect(call.failure).toBeUndefined();
    expect(call.status).toBe(200);
    expect(call.body).toMatchObject({ language: "fr" });
    expect(call.requestId).toBeTruthy();
  }, 60_000);

  it("reads an error in the caller's language", async () => {
    const call = await callFrom(page.origin, "/v1/translations", {
      article: { body: "Le président est arrivé mardi à Astana." },
    });
    expect(call.status).toBe(503);
    expect(call.body).toMatchObject({ error: { code: "provider_not_configured" } });
    expect(JSON.stringify(call.body)).toContain("configuré");
  }, 60_000);

  it("is refused to a page of an origin not listed", async () => {
    const other = page.origin.replace("127.0.0.1", "localhost");
    const call = await callFrom(other, "/v1/detect", { text: "Bonjour à tous." });
    expect(call.status).toBeUndefined();
    expect(call.failure).toContain("Failed to fetch");
  }, 60_000);
});

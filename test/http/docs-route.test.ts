import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app";
import { escapeHtml } from "../../src/http/docs/escape-html";
import { callWorker } from "../support/call-worker";

const origin = "http://tilmash.test";

interface OpenApiDocument {
  paths: Record<string, Record<string, { summary?: string }>>;
}

async function openApiDocument(): Promise<OpenApiDocument> {
  const response = await callWorker(new Request(`${origin}/openapi.json`));
  expect(response.status).toBe(200);
  return (await response.json()) as OpenApiDocument;
}

async function docsPage(): Promise<{ response: Response; page: string }> {
  const response = await callWorker(new Request(`${origin}/docs`));
  return { response, page: await response.text() };
}

/** Every URL the page could make a browser load or follow: attributes and CSS. */
function referencedUrls(page: string): string[] {
  const attributes = [
    ...page.matchAll(/\s(?:src|href|action|poster|data|srcset)\s*=\s*["']?([^"'\s>]+)/gi),
  ];
  const styles = [...page.matchAll(/url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)/gi)];
  return [...attributes, ...styles].map((match) => match[1] ?? match[2] ?? "");
}

describe("GET /docs", () => {
  it("serves a self-contained HTML reference of every documented operation", async () => {
    const { response, page } = await docsPage();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain("<title>tilmash API reference</title>");
    const document = await openApiDocument();
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const anchor = `${method}${path.replace(/[^\w-]+/g, "-")}`;
        expect(page).toContain(`id="${anchor}"`);
        expect(page).toContain(escapeHtml(operation.summary ?? ""));
      }
    }
    expect(page).toContain('id="schema-TranslationRequest"');
  });

  it("references no other host: no script, no external style, font or image", async () => {
    const { page } = await docsPage();
    expect(page).not.toMatch(/<script|<link|<img|<iframe/i);
    const urls = referencedUrls(page);
    expect(urls).toContain("/openapi.json");
    for (const url of urls) {
      const resolved = new URL(url, `${origin}/docs`);
      expect(resolved.origin, url).toBe(origin);
    }
    const absolute = page.match(/(?:https?:)?\/\/[\w-]+(?:\.[\w-]+)+/gi) ?? [];
    expect(absolute.filter((url) => !url.endsWith("tilmash.test"))).toEqual([]);
  });

  it("is public even when API keys are required", async () => {
    const response = await callWorker(new Request(`${origin}/docs`), { API_KEYS: "k-1" });
    expect(response.status).toBe(200);
  });
});

describe("GET /openapi.json", () => {
  it("documents every /v1 route the app serves", async () => {
    const document = await openApiDocument();
    const served = createApp()
      .routes.filter((route) => route.path.startsWith("/v1/") && route.method !== "ALL")
      .map((route) => ({
        method: route.method.toLowerCase(),
        path: route.path.replace(/:(\w+)/g, "{$1}"),
      }));
    expect(served.length).toBeGreaterThanOrEqual(5);
    for (const route of served) {
      expect(
        document.paths[route.path]?.[route.method],
        `${route.method} ${route.path}`,
      ).toBeDefined();
    }
  });
});

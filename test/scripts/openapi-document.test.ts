import SwaggerParser from "@apidevtools/swagger-parser";
import type { OpenAPIV3_1 } from "openapi-types";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app";

/**
 * The app runs in Node here, so the prompt files that wrangler bundles as text are stubbed:
 * the OpenAPI document does not depend on them. A real validator (ajv with the official
 * OpenAPI 3.1 schema) needs code generation, which workerd forbids; hence this Node test.
 */
vi.mock("../../src/http/services/bundled-prompts", () => ({
  bundledPrompts: {},
  bundledPromptVersion: async () => "stub",
}));

async function openApiDocument(): Promise<OpenAPIV3_1.Document> {
  const response = await createApp().request("/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as OpenAPIV3_1.Document;
}

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = await openApiDocument();
    expect(document.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeTruthy();
  });

  it("is checked by a validator that does reject a broken document", async () => {
    const broken = {
      openapi: "3.1.0",
      info: { version: "1" },
      paths: { "/x": { get: { responses: 42 } } },
    };
    await expect(
      SwaggerParser.validate(broken as unknown as OpenAPIV3_1.Document),
    ).rejects.toThrow();
  });

  it("documents the server-sent events of POST /v1/translations", async () => {
    const document = await openApiDocument();
    const content = document.paths?.["/v1/translations"]?.post?.responses?.["200"];
    expect(content).toHaveProperty(["content", "text/event-stream"]);
    expect(content).toHaveProperty(["content", "application/json"]);
  });

  it("resolves every $ref to a component it defines", async () => {
    const document = await openApiDocument();
    const references = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    const names = references.map((reference) => reference.split("/").at(-1)?.replace('"', ""));
    for (const name of names) expect(document.components?.schemas).toHaveProperty(name ?? "");
  });
});

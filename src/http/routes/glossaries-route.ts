import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Schema } from "hono";
import { KvGlossaryStore } from "../../cache/kv-glossary-store";
import {
  defaultGlossaryDescription,
  defaultGlossaryEntries,
  defaultGlossaryName,
} from "../../core/glossary/default-glossary";
import { glossaryVersion } from "../../core/glossary/stored-glossary";
import type { AppEnv } from "../app-env";
import { AppError } from "../errors/app-error";
import { readJsonBody } from "../middleware/read-json-body";
import {
  glossaryBodySchema,
  glossaryNameParameterSchema,
  glossaryResponseSchema,
} from "../schemas/glossary-schemas";
import { errorResponseSchema } from "../schemas/translation-response-schema";

const errorContent = { "application/json": { schema: errorResponseSchema } };
const glossaryContent = { "application/json": { schema: glossaryResponseSchema } };
const path = "/v1/glossaries/{name}";

const listRoute = createRoute({
  method: "get",
  path: "/v1/glossaries",
  summary: "The caller's stored glossaries, and the built-in default",
  responses: {
    200: {
      description: "Glossaries",
      content: {
        "application/json": {
          schema: z.object({
            glossaries: z.array(
              z.object({
                name: z.string(),
                version: z.string(),
                entry_count: z.int(),
                read_only: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
  },
});
const getRoute = createRoute({
  method: "get",
  path,
  summary: "A glossary",
  request: { params: glossaryNameParameterSchema },
  responses: {
    200: { description: "The glossary", content: glossaryContent },
    404: { description: "Unknown", content: errorContent },
  },
});
const putRoute = createRoute({
  method: "put",
  path,
  summary: "Create or replace a glossary; its version changes when its entries do",
  middleware: [readJsonBody()] as const,
  request: {
    params: glossaryNameParameterSchema,
    body: { required: true, content: { "application/json": { schema: glossaryBodySchema } } },
  },
  responses: {
    200: { description: "The stored glossary", content: glossaryContent },
    400: { description: "Invalid, empty or conflicting entries", content: errorContent },
    409: { description: "The built-in glossary cannot be replaced", content: errorContent },
  },
});
const deleteRoute = createRoute({
  method: "delete",
  path,
  summary: "Delete a glossary",
  request: { params: glossaryNameParameterSchema },
  responses: {
    204: { description: "Deleted" },
    404: { description: "Unknown", content: errorContent },
    409: { description: "Built in", content: errorContent },
  },
});

function storeFor(c: {
  env: AppEnv["Bindings"];
  get: (key: "clientId") => string;
}): KvGlossaryStore {
  return new KvGlossaryStore(c.env.TRANSLATIONS, c.get("clientId"));
}

async function defaultGlossary() {
  return {
    name: defaultGlossaryName,
    description: defaultGlossaryDescription,
    version: await glossaryVersion(defaultGlossaryEntries),
    entries: [...defaultGlossaryEntries],
    updated_at: "1970-01-01T00:00:00.000Z",
    read_only: true,
  };
}

function refuseDefault(name: string): void {
  if (name === defaultGlossaryName) throw new AppError("glossary_read_only", { name });
}

/** Returns the app it was given, typed with these routes (for `hc<AppType>`). */
export function registerGlossariesRoutes<Routes extends Schema>(app: OpenAPIHono<AppEnv, Routes>) {
  return app
    .openapi(listRoute, async (c) => {
      const stored = await storeFor(c).list();
      const builtIn = await defaultGlossary();
      const glossaries = [
        {
          name: builtIn.name,
          version: builtIn.version,
          entry_count: builtIn.entries.length,
          read_only: true,
        },
        ...stored.map((glossary) => ({ ...glossary, read_only: false })),
      ];
      return c.json({ glossaries }, 200);
    })
    .openapi(getRoute, async (c) => {
      const { name } = c.req.valid("param");
      if (name === defaultGlossaryName) return c.json(await defaultGlossary(), 200);
      const glossary = await storeFor(c).get(name);
      if (!glossary) throw new AppError("glossary_not_found", { name });
      return c.json({ ...glossary, read_only: false }, 200);
    })
    .openapi(putRoute, async (c) => {
      const { name } = c.req.valid("param");
      refuseDefault(name);
      const body = c.req.valid("json");
      const glossary = {
        name,
        ...(body.description === undefined ? {} : { description: body.description }),
        version: await glossaryVersion(body.entries),
        entries: body.entries,
        updated_at: new Date().toISOString(),
      };
      await storeFor(c).put(glossary);
      return c.json({ ...glossary, read_only: false }, 200);
    })
    .openapi(deleteRoute, async (c) => {
      const { name } = c.req.valid("param");
      refuseDefault(name);
      if (!(await storeFor(c).delete(name))) throw new AppError("glossary_not_found", { name });
      return c.body(null, 204);
    });
}

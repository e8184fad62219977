import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { validationDetails } from "../../../src/http/errors/validation-details";

const schema = z.object({
  glossary: z
    .union([
      z.string().regex(/^[a-z]+$/),
      z.strictObject({ entries: z.array(z.object({ source: z.string() })).max(2) }),
    ])
    .optional(),
});

function detailsFor(value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return validationDetails(result.error.issues);
}

describe("validationDetails", () => {
  it("reports a union through the branch the value's type chose", () => {
    const entries = [{ source: "a" }, { source: "b" }, { source: "c" }];
    expect(detailsFor({ glossary: { entries } })).toEqual([
      { path: "glossary.entries", message: "Too big: expected array to have <=2 items" },
    ]);
    expect(detailsFor({ glossary: { entries: [{ source: 1 }] } })).toEqual([
      {
        path: "glossary.entries.0.source",
        message: "Invalid input: expected string, received number",
      },
    ]);
  });

  it("names every accepted type when no branch takes the value's type", () => {
    expect(detailsFor({ glossary: 5 })).toEqual([
      { path: "glossary", message: "Invalid input: expected string or object, received number" },
    ]);
  });

  it("keeps ordinary issues as they are", () => {
    expect(detailsFor({ glossary: "AB" })).toEqual([
      { path: "glossary", message: "Invalid string: must match pattern /^[a-z]+$/" },
    ]);
  });
});

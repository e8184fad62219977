import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { validationDetails } from "../../../src/http/errors/validation-details";
import {
  type InterfaceLanguage,
  interfaceLanguages,
} from "../../../src/http/i18n/negotiate-language";
import { translatorFor } from "../../../src/http/i18n/translator";

const schema = z.strictObject({
  glossary: z
    .union([
      z.string().regex(/^[a-z]+$/),
      z.strictObject({ entries: z.array(z.object({ source: z.string() })).max(2) }),
    ])
    .optional(),
  title: z.string().min(1).max(5).optional(),
  bullets: z.int().min(1).max(10).optional(),
  format: z.enum(["text", "html"]).optional(),
  link: z.url().optional(),
  languages: z
    .array(z.string())
    .refine((codes) => new Set(codes).size === codes.length, {
      message: "Duplicate language codes",
      params: { reason: "duplicate_values" },
    })
    .optional(),
  note: z
    .string()
    .refine((text) => text !== "x", { message: "Not x" })
    .optional(),
});

function detailsFor(value: unknown, language: InterfaceLanguage = "en") {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return validationDetails(result.error.issues, translatorFor(language));
}

describe("validationDetails", () => {
  it("reports a union through the branch the value's type chose", () => {
    const entries = [{ source: "a" }, { source: "b" }, { source: "c" }];
    expect(detailsFor({ glossary: { entries } })).toEqual([
      { path: "glossary.entries", issue: "too_big", message: "Too many items: at most 2." },
    ]);
    expect(detailsFor({ glossary: { entries: [{ source: 1 }] } })).toEqual([
      {
        path: "glossary.entries.0.source",
        issue: "invalid_type",
        message: "Expected string, received number.",
      },
    ]);
  });

  it("names every accepted type when no branch takes the value's type", () => {
    expect(detailsFor({ glossary: 5 })).toEqual([
      {
        path: "glossary",
        issue: "invalid_type",
        message: "Expected string | object, received number.",
      },
    ]);
  });

  it("words each kind of issue, with its limit", () => {
    const messages = (value: unknown) => detailsFor(value).map((detail) => detail.message);
    expect(messages({ glossary: "AB" })).toEqual(["Invalid format."]);
    expect(messages({ title: "" })).toEqual(["Must not be empty."]);
    expect(messages({ title: "Trop long" })).toEqual(["Too long: at most 5 characters."]);
    expect(messages({ bullets: 11 })).toEqual(["Too large: at most 10."]);
    expect(messages({ bullets: 0 })).toEqual(["Too small: at least 1."]);
    expect(messages({ format: "pdf" })).toEqual(['Invalid value: expected one of "text", "html".']);
    expect(messages({ link: "pas une adresse" })).toEqual(["Invalid format: expected url."]);
    expect(messages({ extra: 1, other: 2 })).toEqual(["Unknown field(s): extra, other."]);
    expect(messages({ languages: ["en", "en"] })).toEqual(["Each value may appear only once."]);
    expect(messages({ note: "x" })).toEqual(["Not x"]);
  });

  it("speaks every interface language, with the same paths and issue codes", () => {
    const value = { title: "", bullets: 11, extra: 1, languages: ["kk", "kk"] };
    const english = detailsFor(value, "en");
    for (const language of interfaceLanguages) {
      const details = detailsFor(value, language);
      expect(details.map(({ path, issue }) => [path, issue])).toEqual(
        english.map(({ path, issue }) => [path, issue]),
      );
      if (language !== "en") {
        details.forEach((detail, index) => {
          expect(detail.message).not.toBe(english[index]?.message);
        });
      }
    }
    expect(detailsFor(value, "kk").map((detail) => detail.message)).toEqual([
      "Бос болмауы керек.",
      "Мән тым үлкен: ең көбі 10.",
      "Әр мән тек бір рет кездесуі керек.",
      "Белгісіз өрістер: extra.",
    ]);
  });
});

import type { z } from "@hono/zod-openapi";
import type { TFunction } from "i18next";

type Issue = z.core.$ZodIssue;

/** What zod says it received, from its own message ("…, received number"). */
export function receivedType(issue: Issue): string | undefined {
  return issue.message.match(/received (\S+)$/)?.[1];
}

/** `Expected string, received number`; `Required` when nothing was received. */
export function typeMessage(expected: string, received: string | undefined, t: TFunction): string {
  if (received === "undefined") return t("validation.required", { expected });
  if (received === undefined) return t("validation.invalid_type", { expected });
  return t("validation.invalid_type_received", { expected, received });
}

/** `string`, `array` or `number` (int, bigint and the rest read as numbers). */
function sizeKind(origin: string): "string" | "array" | "number" {
  if (origin === "string") return "string";
  if (origin === "array" || origin === "set") return "array";
  return "number";
}

function tooBigMessage(issue: Extract<Issue, { code: "too_big" }>, t: TFunction): string {
  const kind = sizeKind(issue.origin);
  const exclusive = kind === "number" && issue.inclusive === false ? "_exclusive" : "";
  return t(`validation.too_big_${kind}${exclusive}`, { maximum: String(issue.maximum) });
}

function tooSmallMessage(issue: Extract<Issue, { code: "too_small" }>, t: TFunction): string {
  const kind = sizeKind(issue.origin);
  if (kind === "string" && Number(issue.minimum) === 1) return t("validation.empty_string");
  const exclusive = kind === "number" && issue.inclusive === false ? "_exclusive" : "";
  return t(`validation.too_small_${kind}${exclusive}`, { minimum: String(issue.minimum) });
}

/** A refinement of ours names its reason in `params`; anything else keeps zod's words. */
function customMessage(issue: Extract<Issue, { code: "custom" }>, t: TFunction): string {
  const reason: unknown = issue.params?.reason;
  if (typeof reason !== "string") return issue.message;
  return t(`validation.custom.${reason}`, { ...issue.params, defaultValue: issue.message });
}

const messages: {
  readonly [Code in Issue["code"]]: (issue: Extract<Issue, { code: Code }>, t: TFunction) => string;
} = {
  invalid_type: (issue, t) => typeMessage(String(issue.expected), receivedType(issue), t),
  too_big: tooBigMessage,
  too_small: tooSmallMessage,
  invalid_format: (issue, t) =>
    issue.format === "regex"
      ? t("validation.invalid_pattern")
      : t("validation.invalid_format", { format: issue.format }),
  not_multiple_of: (issue, t) => t("validation.not_multiple_of", { divisor: issue.divisor }),
  unrecognized_keys: (issue, t) =>
    t("validation.unrecognized_keys", { keys: issue.keys.join(", ") }),
  invalid_union: (_issue, t) => t("validation.invalid_value"),
  invalid_key: (_issue, t) => t("validation.invalid_key"),
  invalid_element: (_issue, t) => t("validation.invalid_value"),
  invalid_value: (issue, t) =>
    t("validation.invalid_enum", {
      values: issue.values.map((value) => JSON.stringify(value)).join(", "),
    }),
  custom: customMessage,
};

/** A validation issue in the caller's language. */
export function validationMessage(issue: Issue, t: TFunction): string {
  const message = messages[issue.code] as (issue: Issue, t: TFunction) => string;
  return message(issue, t);
}

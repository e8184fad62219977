import { escapeHtml } from "./escape-html";
import type { JsonObject } from "./json-object";

/** Schema keywords shown next to a type, with their labels, in this order. */
const factLabels: ReadonlyArray<readonly [keyword: string, label: string]> = [
  ["default", "default"],
  ["minimum", "min"],
  ["maximum", "max"],
  ["minLength", "min length"],
  ["maxLength", "max length"],
  ["minItems", "min items"],
  ["maxItems", "max items"],
  ["pattern", "pattern"],
  ["format", "format"],
  ["example", "example"],
];

/** A schema's constraints, default and example, as one line; nothing when it has none. */
export function renderSchemaFacts(schema: JsonObject): string {
  const facts = factLabels
    .filter(([keyword]) => keyword in schema)
    .map(
      ([keyword, label]) => `${label} <code>${escapeHtml(JSON.stringify(schema[keyword]))}</code>`,
    );
  return facts.length === 0 ? "" : ` <span class="facts">${facts.join(" · ")}</span>`;
}

import { escapeHtml } from "./escape-html";
import {
  isJsonObject,
  type JsonObject,
  listField,
  objectEntries,
  objectField,
  textField,
} from "./json-object";
import { renderDescription } from "./render-description";
import { renderSchemaFacts } from "./render-schema-facts";
import { renderReference } from "./schema-anchor";

const variantKeywords = ["anyOf", "oneOf", "allOf"] as const;

/** A JSON Schema as HTML: its type, constraints and description, then its parts nested. */
export function renderSchema(schema: unknown): string {
  if (!isJsonObject(schema)) return typeName("any");
  if (textField(schema, "$ref") !== undefined) return typeLabel(schema);
  const description = renderDescription(textField(schema, "description"));
  return typeLabel(schema) + renderSchemaFacts(schema) + description + renderParts(schema);
}

/** A short label: a link for a reference, literals for an enum, type names otherwise. */
function typeLabel(schema: JsonObject): string {
  const reference = textField(schema, "$ref");
  if (reference !== undefined) return renderReference(reference);
  if ("const" in schema) return literal(schema.const);
  const values = listField(schema, "enum");
  if (values.length > 0) return values.map(literal).join(" | ");
  const variantKeyword = variantKeywords.find((keyword) => listField(schema, keyword).length > 0);
  if (variantKeyword) return typeName(variantKeyword === "allOf" ? "all of" : "one of");
  return typeNames(schema)
    .map((name) => (name === "array" ? arrayLabel(schema) : typeName(name)))
    .join(" | ");
}

function typeNames(schema: JsonObject): string[] {
  const declared = schema.type;
  if (typeof declared === "string") return [declared];
  if (Array.isArray(declared))
    return declared.filter((name): name is string => typeof name === "string");
  return objectField(schema, "properties") ? ["object"] : ["any"];
}

function arrayLabel(schema: JsonObject): string {
  const items = objectField(schema, "items") ?? {};
  return `${typeName("array of")} ${typeLabel(items)}${renderSchemaFacts(items)}`;
}

/** Properties, map values and variants as a list; the parts of array items after it. */
function renderParts(schema: JsonObject): string {
  const entries = [...propertyEntries(schema), ...mapEntries(schema), ...variantEntries(schema)];
  const list = entries.length === 0 ? "" : `<ul class="schema">${entries.join("")}</ul>`;
  const items = objectField(schema, "items");
  const hasOwnParts = items !== undefined && textField(items, "$ref") === undefined;
  return list + (hasOwnParts ? renderParts(items) : "");
}

function propertyEntries(schema: JsonObject): string[] {
  const required = new Set(listField(schema, "required"));
  return objectEntries(schema, "properties").map(([name, property]) => {
    const flag = required.has(name) ? ' <span class="required">required</span>' : "";
    return `<li><code class="name">${escapeHtml(name)}</code>${flag} ${renderSchema(property)}</li>`;
  });
}

function mapEntries(schema: JsonObject): string[] {
  const values = objectField(schema, "additionalProperties");
  if (!values) return [];
  return [`<li><code class="name">[any key]</code> ${renderSchema(values)}</li>`];
}

function variantEntries(schema: JsonObject): string[] {
  return variantKeywords.flatMap((keyword) =>
    listField(schema, keyword).map((variant) => `<li>${renderSchema(variant)}</li>`),
  );
}

function typeName(name: string): string {
  return `<span class="type">${escapeHtml(name)}</span>`;
}

function literal(value: unknown): string {
  return `<code class="literal">${escapeHtml(JSON.stringify(value))}</code>`;
}

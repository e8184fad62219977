import { escapeHtml } from "./escape-html";

const componentPrefix = "#/components/schemas/";

/** The element id of a named schema in the page. */
export function schemaAnchor(name: string): string {
  return `schema-${name.replace(/[^\w-]/g, "_")}`;
}

/** A link to a named schema for a `$ref` into components; the raw reference otherwise. */
export function renderReference(reference: string): string {
  if (!reference.startsWith(componentPrefix)) return `<code>${escapeHtml(reference)}</code>`;
  const name = reference.slice(componentPrefix.length);
  return `<a class="type" href="#${schemaAnchor(name)}">${escapeHtml(name)}</a>`;
}

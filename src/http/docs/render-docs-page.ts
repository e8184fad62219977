import { docsStyles } from "./docs-styles";
import { escapeHtml } from "./escape-html";
import { isJsonObject, objectEntries, objectField, textField } from "./json-object";
import { listOperations, type OperationEntry, operationAnchor } from "./list-operations";
import { renderDescription } from "./render-description";
import { renderOperation } from "./render-operation";
import { renderSchema } from "./render-schema";
import { schemaAnchor } from "./schema-anchor";

/**
 * The API reference as one self-contained HTML page, rendered from the OpenAPI document:
 * inline styles, no script, and no link to any other host.
 */
export function renderDocsPage(document: unknown): string {
  const root = isJsonObject(document) ? document : {};
  const info = objectField(root, "info") ?? {};
  const title = escapeHtml(textField(info, "title") ?? "API");
  const version = escapeHtml(textField(info, "version") ?? "");
  const operations = listOperations(root);
  const schemas = objectEntries(objectField(root, "components") ?? {}, "schemas");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} API reference</title>
<style>${docsStyles}</style>
</head>
<body>
<nav>${renderNavigation(
    operations,
    schemas.map(([name]) => name),
  )}</nav>
<header>
<h1>${title} <small>${version}</small></h1>
${renderDescription(textField(info, "description"))}
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(textField(root, "openapi") ?? "")}).</p>
</header>
<main>
<h2 id="endpoints">Endpoints</h2>
${operations.map(renderOperation).join("\n")}
<h2 id="schemas">Schemas</h2>
${schemas.map(([name, schema]) => renderComponent(name, schema)).join("\n")}
</main>
</body>
</html>
`;
}

function renderNavigation(
  operations: readonly OperationEntry[],
  schemaNames: readonly string[],
): string {
  const operationLinks = operations.map(
    (entry) =>
      `<li><a href="#${operationAnchor(entry)}"><span class="method method-${entry.method}">${entry.method.toUpperCase()}</span> ${escapeHtml(entry.path)}</a></li>`,
  );
  const schemaLinks = schemaNames.map(
    (name) => `<li><a href="#${schemaAnchor(name)}">${escapeHtml(name)}</a></li>`,
  );
  return `<strong>Endpoints</strong><ul>${operationLinks.join("")}</ul><strong>Schemas</strong><ul>${schemaLinks.join("")}</ul>`;
}

function renderComponent(name: string, schema: unknown): string {
  return `<section class="component" id="${schemaAnchor(name)}"><h3>${escapeHtml(name)}</h3>${renderSchema(schema)}</section>`;
}

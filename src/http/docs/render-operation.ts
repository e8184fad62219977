import { escapeHtml } from "./escape-html";
import {
  isJsonObject,
  type JsonObject,
  listField,
  objectEntries,
  objectField,
  textField,
} from "./json-object";
import { type OperationEntry, operationAnchor } from "./list-operations";
import { renderDescription } from "./render-description";
import { renderSchema } from "./render-schema";

/** One operation: method and path, summary, parameters, request body and responses. */
export function renderOperation(entry: OperationEntry): string {
  const { method, path, operation } = entry;
  return [
    `<section class="operation" id="${operationAnchor(entry)}">`,
    `<h3><span class="method method-${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>`,
    renderDescription(textField(operation, "summary"), "summary"),
    renderDescription(textField(operation, "description")),
    renderParameters(operation),
    renderRequestBody(operation),
    renderResponses(operation),
    "</section>",
  ].join("\n");
}

function renderParameters(operation: JsonObject): string {
  const parameters = listField(operation, "parameters").filter(isJsonObject);
  if (parameters.length === 0) return "";
  const items = parameters.map((parameter) => {
    const name = escapeHtml(textField(parameter, "name") ?? "");
    const place = escapeHtml(textField(parameter, "in") ?? "");
    const flag = parameter.required === true ? ' <span class="required">required</span>' : "";
    const description = renderDescription(textField(parameter, "description"));
    return `<li><code class="name">${name}</code> in ${place}${flag} ${renderSchema(parameter.schema)}${description}</li>`;
  });
  return `<h4>Parameters</h4><ul class="schema">${items.join("")}</ul>`;
}

function renderRequestBody(operation: JsonObject): string {
  const body = objectField(operation, "requestBody");
  if (!body) return "";
  const flag = body.required === true ? ' <span class="required">required</span>' : "";
  return `<h4>Request body${flag}</h4>${renderDescription(textField(body, "description"))}${renderContent(body)}`;
}

function renderResponses(operation: JsonObject): string {
  const responses = objectEntries(operation, "responses").map(([status, response]) => {
    const details = isJsonObject(response) ? response : {};
    const description = renderDescription(textField(details, "description"), "inline");
    const statusClass = `status-${escapeHtml(status.charAt(0))}xx`;
    return `<div class="response"><span class="status ${statusClass}">${escapeHtml(status)}</span>${description}${renderContent(details)}</div>`;
  });
  return responses.length === 0 ? "" : `<h4>Responses</h4>${responses.join("\n")}`;
}

/** Each media type of a request body or response, with its schema. */
function renderContent(holder: JsonObject): string {
  return objectEntries(holder, "content")
    .map(([mediaType, media]) => {
      const schema = isJsonObject(media) ? media.schema : undefined;
      return `<div class="media"><code class="media-type">${escapeHtml(mediaType)}</code> ${renderSchema(schema)}</div>`;
    })
    .join("");
}

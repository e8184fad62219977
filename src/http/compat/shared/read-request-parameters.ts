import { readBodyWithin } from "../../services/read-body-within";
import { CompatRequestError } from "./compat-request-error";

/**
 * A request's parameters, as the DeepL and LibreTranslate APIs take them: the query string
 * and a JSON or form body (URL-encoded or multipart). A form or query value is a string, or
 * an array of strings when its name is repeated; JSON values keep their types.
 */
export interface RequestParameters {
  readonly encoding: "json" | "form";
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Reads the query and the body, refusing a body over `maxBytes` before parsing it. */
export async function readRequestParameters(
  request: Request,
  maxBytes: number,
): Promise<RequestParameters> {
  const query = formFields(new URL(request.url).searchParams);
  const bytes = await readBodyWithin(request, maxBytes);
  if (bytes === null) throw new CompatRequestError("too_large");
  if (bytes.byteLength === 0) return { encoding: "form", fields: query };
  const mediaType = mediaTypeOf(request);
  if (/^application\/([\w.-]+\+)?json$/.test(mediaType)) {
    return { encoding: "json", fields: { ...query, ...parseJsonObject(bytes) } };
  }
  if (mediaType === "application/x-www-form-urlencoded" || mediaType === "multipart/form-data") {
    const form = await parseForm(bytes, request.headers.get("Content-Type") ?? "");
    return { encoding: "form", fields: { ...query, ...form } };
  }
  throw new CompatRequestError("unsupported_media_type");
}

function mediaTypeOf(request: Request): string {
  return (request.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    // Bytes that are not UTF-8 are refused, never replaced.
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    throw new CompatRequestError("malformed");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CompatRequestError("malformed");
  }
  return { ...value };
}

async function parseForm(bytes: Uint8Array, contentType: string): Promise<Record<string, unknown>> {
  try {
    const form = await new Response(bytes, { headers: { "Content-Type": contentType } }).formData();
    const entries: Array<[string, string]> = [];
    form.forEach((value, name) => {
      if (typeof value === "string") entries.push([name, value]);
    });
    return formFields(entries);
  } catch {
    throw new CompatRequestError("malformed");
  }
}

function formFields(entries: Iterable<[string, string]>): Record<string, unknown> {
  const grouped = new Map<string, string[]>();
  for (const [name, value] of entries) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  return Object.fromEntries(
    [...grouped].map(([name, values]) => [name, values.length === 1 ? values[0] : values]),
  );
}

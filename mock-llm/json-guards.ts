/** A parsed JSON object, read through type guards instead of casts. */
export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The body as a JSON object, or undefined when it is not JSON or not an object. */
export function parseJsonObject(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The plain text of a message `content` in either vendor's shape: a string, `null`, or an
 * array of parts of which the `{ type: "text", text }` ones count (others, such as images,
 * are skipped). Undefined when the shape is wrong.
 */
export function textOfContent(content: unknown): string | undefined {
  if (typeof content === "string") return content;
  if (content === null) return "";
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content) {
    if (!isJsonObject(part) || typeof part.type !== "string") return undefined;
    if (part.type !== "text") continue;
    if (typeof part.text !== "string") return undefined;
    texts.push(part.text);
  }
  return texts.join("\n");
}

/** A positive whole number, or the reason it is not one. */
export function checkPositiveInteger(value: unknown): "ok" | "type" | "range" {
  if (typeof value !== "number" || !Number.isInteger(value)) return "type";
  return value >= 1 ? "ok" : "range";
}

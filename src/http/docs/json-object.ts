/** A JSON object read from the OpenAPI document, whose fields are checked before use. */
export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectField(object: JsonObject, key: string): JsonObject | undefined {
  const value = object[key];
  return isJsonObject(value) ? value : undefined;
}

export function textField(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === "string" ? value : undefined;
}

export function listField(object: JsonObject, key: string): readonly unknown[] {
  const value = object[key];
  return Array.isArray(value) ? value : [];
}

/** The entries of an object field, in document order; none when it is missing. */
export function objectEntries(object: JsonObject, key: string): Array<[string, unknown]> {
  return Object.entries(objectField(object, key) ?? {});
}

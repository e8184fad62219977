import { isJsonObject, type JsonObject, objectEntries } from "./json-object";

const httpMethods = ["get", "put", "post", "delete", "patch", "options", "head", "trace"] as const;

export interface OperationEntry {
  readonly method: (typeof httpMethods)[number];
  readonly path: string;
  readonly operation: JsonObject;
}

/** Every operation of the document, path by path, in document order. */
export function listOperations(document: JsonObject): OperationEntry[] {
  return objectEntries(document, "paths").flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = isJsonObject(item) ? item[method] : undefined;
      return isJsonObject(operation) ? [{ method, path, operation }] : [];
    }),
  );
}

/** The element id of an operation in the page. */
export function operationAnchor(entry: Pick<OperationEntry, "method" | "path">): string {
  return `${entry.method}${entry.path.replace(/[^\w-]+/g, "-")}`;
}

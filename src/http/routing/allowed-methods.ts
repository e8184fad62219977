/** A route as the router lists it: `GET /v1/glossaries/:name`. */
export interface ListedRoute {
  readonly method: string;
  readonly path: string;
}

/** `/v1/glossaries/:name` → a pattern matching `/v1/glossaries/newsroom`. */
function pathPattern(path: string): RegExp {
  const parts = path.split("/").map((part) => {
    if (part === "*") return ".*";
    if (part.startsWith(":")) return "[^/]+";
    return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return new RegExp(`^${parts.join("/")}$`);
}

/**
 * The methods some route answers on `path`, for a 405 and its `Allow` header; none when no
 * route has that path (a 404). Middleware (method `ALL`) is not a route; GET answers HEAD too.
 */
export function allowedMethods(routes: readonly ListedRoute[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === "ALL" || !pathPattern(route.path).test(path)) continue;
    methods.add(route.method);
    if (route.method === "GET") methods.add("HEAD");
  }
  return [...methods].sort();
}

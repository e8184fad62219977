import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env";

const acceptableId = /^[\w.:-]{1,128}$/;

/** Gives every request an id (the caller's `X-Request-Id` when sensible) and echoes it back. */
export function requestId(options: { readonly headerName?: string } = {}) {
  const headerName = options.headerName ?? "X-Request-Id";
  return createMiddleware<AppEnv>(async function requestIdMiddleware(c, next) {
    const incoming = c.req.header(headerName);
    const id = incoming && acceptableId.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    c.header(headerName, id);
    await next();
    c.res.headers.set(headerName, id);
  });
}

import { createMiddleware } from "hono/factory";
import { loadConfig } from "../../config/load-config";
import type { AppEnv } from "../app-env";
import { AppError } from "../errors/app-error";
import { identifyClient } from "../services/identify-client";

let openModeAnnounced = false;

/**
 * When `API_KEYS` is set, requires `Authorization: Bearer <key>` matching one of them
 * (compared as SHA-256 digests in constant time); when unset, the API is open and the log
 * says so once per isolate. Either way the request learns whose glossaries it sees.
 */
export function requireApiKey() {
  return createMiddleware<AppEnv>(async function requireApiKeyMiddleware(c, next) {
    const keys = loadConfig(c.env).API_KEYS;
    if (keys.length === 0) announceOpenMode();
    const presented = /^Bearer\s+(.+)$/i.exec(c.req.header("Authorization") ?? "")?.[1]?.trim();
    const clientId = await identifyClient(presented, keys);
    if (clientId === null) throw new AppError("unauthorized");
    c.set("clientId", clientId);
    await next();
  });
}

function announceOpenMode(): void {
  if (openModeAnnounced) return;
  openModeAnnounced = true;
  console.warn(
    JSON.stringify({
      level: "warn",
      message: "API_KEYS is not set: the API is open to anyone who can reach it",
    }),
  );
}

import { createMiddleware } from "hono/factory";
import { loadConfig } from "../../config/load-config";
import { sha256Hex } from "../../core/hash/sha256-hex";
import type { AppEnv } from "../app-env";
import { AppError } from "../errors/app-error";

let openModeAnnounced = false;

/**
 * When `API_KEYS` is set, requires `Authorization: Bearer <key>` matching one of them.
 * Keys are compared as SHA-256 digests in constant time; when unset, the API is open
 * and the log says so once per isolate.
 */
export function requireApiKey() {
  return createMiddleware<AppEnv>(async function requireApiKeyMiddleware(c, next) {
    const keys = loadConfig(c.env).API_KEYS;
    if (keys.length === 0) {
      announceOpenMode();
      c.set("clientId", "open");
      return next();
    }
    const presented =
      /^Bearer\s+(.+)$/i.exec(c.req.header("Authorization") ?? "")?.[1]?.trim() ?? "";
    const presentedDigest = await sha256Hex(presented);
    if (!(await matchesAnyKey(presented, presentedDigest, keys)))
      throw new AppError("unauthorized");
    c.set("clientId", presentedDigest.slice(0, 24));
    await next();
  });
}

async function matchesAnyKey(
  presented: string,
  presentedDigest: string,
  keys: readonly string[],
): Promise<boolean> {
  let matched = false;
  for (const key of keys) {
    matched = constantTimeEqual(presentedDigest, await sha256Hex(key)) || matched;
  }
  return matched && presented !== "";
}

function constantTimeEqual(left: string, right: string): boolean {
  let difference = left.length ^ right.length;
  for (let index = 0; index < left.length; index += 1) {
    difference |= left.charCodeAt(index) ^ right.charCodeAt(index % right.length);
  }
  return difference === 0;
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

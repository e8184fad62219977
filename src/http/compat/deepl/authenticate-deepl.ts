import type { Context } from "hono";
import { loadConfig } from "../../../config/load-config";
import type { AppEnv } from "../../app-env";
import { identifyClient } from "../../services/identify-client";
import { DeepLError } from "./deepl-error";

/**
 * Checks `Authorization: DeepL-Auth-Key <key>`, or the `auth_key` parameter older clients
 * send, against `API_KEYS`; open when `API_KEYS` is unset. Returns the client's id.
 */
export async function authenticateDeepL(
  c: Context<AppEnv>,
  fields: Readonly<Record<string, unknown>>,
): Promise<string> {
  const header = /^DeepL-Auth-Key\s+(.+)$/i.exec(c.req.header("Authorization") ?? "")?.[1]?.trim();
  const parameter = typeof fields.auth_key === "string" ? fields.auth_key.trim() : undefined;
  const clientId = await identifyClient(header ?? parameter, loadConfig(c.env).API_KEYS);
  if (clientId === null)
    throw new DeepLError(403, "Forbidden: invalid or missing authentication key.");
  return clientId;
}

import type { Context } from "hono";
import { loadConfig } from "../../../config/load-config";
import type { AppEnv } from "../../app-env";
import { identifyClient } from "../../services/identify-client";
import { LibreTranslateError } from "./libretranslate-error";

/** Checks the `api_key` parameter against `API_KEYS` (open when unset); returns the client's id. */
export async function authenticateLibreTranslate(
  c: Context<AppEnv>,
  fields: Readonly<Record<string, unknown>>,
): Promise<string> {
  const presented = typeof fields.api_key === "string" ? fields.api_key.trim() : undefined;
  const clientId = await identifyClient(presented, loadConfig(c.env).API_KEYS);
  if (clientId === null) throw new LibreTranslateError(403, "Invalid API key");
  return clientId;
}

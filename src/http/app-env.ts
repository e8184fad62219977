import type { TFunction } from "i18next";
import type { Bindings } from "../config/bindings";
import type { InterfaceLanguage } from "./i18n/negotiate-language";

/** What the Hono app knows about each request. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: {
    requestId: string;
    language: InterfaceLanguage;
    t: TFunction;
    /** Whose glossaries this request sees: a digest of its API key, or "open" without keys. */
    clientId: string;
  };
}

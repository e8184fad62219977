import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env";
import { negotiateLanguage } from "../i18n/negotiate-language";
import { translatorFor } from "../i18n/translator";

/** Chooses the language of error messages from `Accept-Language` (English when none fits). */
export function localize() {
  return createMiddleware<AppEnv>(async function localizeMiddleware(c, next) {
    const language = negotiateLanguage(c.req.header("Accept-Language"));
    c.set("language", language);
    c.set("t", translatorFor(language));
    c.header("Content-Language", language);
    await next();
  });
}

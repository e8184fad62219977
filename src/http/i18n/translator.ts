import i18next, { type TFunction } from "i18next";
import en from "../../../locales/en.json";
import fr from "../../../locales/fr.json";
import kk from "../../../locales/kk.json";
import ru from "../../../locales/ru.json";
import { type InterfaceLanguage, interfaceLanguages } from "./negotiate-language";

const resources = {
  en: { translation: en },
  fr: { translation: fr },
  kk: { translation: kk },
  ru: { translation: ru },
};

/** One i18next instance per isolate, with the locales bundled (no network, no file system). */
const instance = i18next.createInstance();
void instance.init({
  resources,
  supportedLngs: [...interfaceLanguages],
  fallbackLng: "en",
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function translatorFor(language: InterfaceLanguage): TFunction {
  return instance.getFixedT(language);
}

import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, type Locale, type StringKey, strings } from "./strings";

export type { Locale, StringKey } from "./strings";

/**
 * Picks the catalog for a BCP 47 language tag such as Office's displayLanguage: any Chinese (zh, zh-CN,
 * zh-TW…) gets zh-CN, any other known language en-US, and an unknown one the default, zh-CN.
 */
export function localeFromLanguage(language: string | null | undefined): Locale {
  if (!language) return DEFAULT_LOCALE;
  return /^zh(-|_|$)/i.test(language) ? "zh-CN" : "en-US";
}

/** The string for `key` in `locale`. */
export function translate(locale: Locale, key: StringKey): string {
  return strings[locale][key];
}

export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** A translate function bound to the locale chosen by the nearest LocaleContext provider. */
export function useTranslate(): (key: StringKey) => string {
  const locale = useContext(LocaleContext);
  return (key) => translate(locale, key);
}

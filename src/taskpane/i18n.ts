import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, type Locale, type StringKey, strings } from "./strings";

export type { Locale, StringKey } from "./strings";

/** Values for the `{name}` placeholders of a catalog string. */
export type StringParams = Record<string, string | number>;

/**
 * Picks the catalog for a BCP 47 language tag such as Office's displayLanguage: any Chinese (zh, zh-CN,
 * zh-TW…) gets zh-CN, any other known language en-US, and an unknown one the default, zh-CN.
 */
export function localeFromLanguage(language: string | null | undefined): Locale {
  if (!language) return DEFAULT_LOCALE;
  return /^zh(-|_|$)/i.test(language) ? "zh-CN" : "en-US";
}

/** The string for `key` in `locale`, with its `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: StringKey, params?: StringParams): string {
  const text = strings[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** The locale chosen by the nearest LocaleContext provider. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A translate function bound to the locale chosen by the nearest LocaleContext provider. */
export function useTranslate(): (key: StringKey, params?: StringParams) => string {
  const locale = useContext(LocaleContext);
  return (key, params) => translate(locale, key, params);
}

/**
 * Text folding shared by the value parser and header matching.
 * Full-width ASCII (！ to ～, including digits, ％, ＜＞＝, （）, ，) becomes half-width; the ideographic space
 * and other wide spaces become a plain space; ≦ ≧ ⩽ ⩾ become ≤ ≥. Chinese text is kept as it is.
 */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const WIDE_SPACES = /[\u00A0\u2002-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B-\u200D\uFEFF]/g;

const SYMBOL_FOLDS: Readonly<Record<string, string>> = {
  "≦": "≤",
  "⩽": "≤",
  "≧": "≥",
  "⩾": "≥",
  "﹤": "<",
  "﹥": ">",
  "﹦": "=",
  "﹪": "%",
  "−": "-",
  "￥": "¥",
};
const SYMBOLS = new RegExp(`[${Object.keys(SYMBOL_FOLDS).join("")}]`, "g");

/** Any character one of the folds below would change: most cells have none, and skip them all. */
const NEEDS_FOLDING = new RegExp(`[\uFF01-\uFF5E\u00A0\u2002-\u200D\u202F\u205F\u3000\uFEFF${Object.keys(SYMBOL_FOLDS).join("")}]`);

export function normalizeText(s: string): string {
  if (!NEEDS_FOLDING.test(s)) return s.trim();
  return s
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(WIDE_SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(SYMBOLS, (ch) => SYMBOL_FOLDS[ch] ?? ch)
    .trim();
}

/** normalizeText, then every white space (line feeds too) removed: `年度\n指标值` → `年度指标值`. */
export function compactText(s: string): string {
  const n = normalizeText(s);
  return /\s/.test(n) ? n.replace(/\s+/g, "") : n;
}

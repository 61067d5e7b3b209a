/**
 * Text folding shared by the value parser and header matching.
 * Full-width ASCII (！ to ～, including digits, ％, ＜＞＝, （）, ，) becomes half-width; ≦ ≧ ⩽ ⩾ become ≤ ≥ (and a few
 * other look-alike symbols their plain forms); white space of every width, line ends and invisible joiners go.
 * Chinese text is kept as it is.
 */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

const SYMBOL_FOLDS: ReadonlyMap<number, number> = new Map(
  [
    ["≦", "≤"],
    ["⩽", "≤"],
    ["≧", "≥"],
    ["⩾", "≥"],
    ["﹤", "<"],
    ["﹥", ">"],
    ["﹦", "="],
    ["﹪", "%"],
    ["−", "-"],
    ["￥", "¥"],
  ].map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** JavaScript's white space (`\s`) above ASCII, and the zero-width characters (U+200B–U+200D) that show as nothing. */
function isWideSpaceOrInvisible(c: number): boolean {
  return c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What compactText makes of one UTF-16 code unit: -1 when it goes, else the code unit it becomes (mostly itself). */
function folded(c: number): number {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? -1 : c;
  // CJK ideographs (U+3400–U+9FFF), most of a Chinese form's text, stay as they are.
  if (c >= 0x3400 && c <= 0x9fff) return c;
  if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) return c - FULL_WIDTH_OFFSET;
  if (isWideSpaceOrInvisible(c)) return -1;
  return SYMBOL_FOLDS.get(c) ?? c;
}

/**
 * A text folded, with every white space (line feeds too) removed: `年度\n指标值` → `年度指标值`, `（１５分）` → `(15分)`.
 * One pass, copying only around what changes: it runs for every cell a table is read from.
 */
export function compactText(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = folded(c);
    if (f === c) continue;
    out += s.slice(from, i);
    if (f >= 0) out += String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

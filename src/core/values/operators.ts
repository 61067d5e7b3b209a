/** Comparison operators of indicator values, in ASCII: `≥` is ">=", `≤` is "<=". */
export type Operator = ">=" | ">" | "<=" | "<" | "=";

type OperatorWords = readonly (readonly [string, Operator])[];

/** Symbols after compactText (full-width forms and ≦ ≧ are folded already). */
const SYMBOLS: OperatorWords = [
  [">=", ">="],
  ["=>", ">="],
  ["≥", ">="],
  ["≮", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["≤", "<="],
  ["≯", "<="],
  ["==", "="],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

/** Words written before the number: `不低于95%`, `大于等于90`. */
const PREFIX_WORDS: OperatorWords = [
  ["大于或等于", ">="],
  ["大于等于", ">="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["至少", ">="],
  ["达到", ">="],
  ["小于或等于", "<="],
  ["小于等于", "<="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["大于", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["超过", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
];

/** Words that only bound a date: `不晚于2022年12月31日`. */
const DEADLINE_WORDS: OperatorWords = [
  ["不晚于", "<="],
  ["不迟于", "<="],
  ["最迟", "<="],
  ["早于", "<"],
  ["晚于", ">"],
];

/** Words written after the number: `85%以上`, `10%以内`, `5天内`. Longest first, for the regex alternation. */
export const SUFFIX_WORDS: OperatorWords = [
  ["及以上", ">="],
  ["或以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["或以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
];

/** Words after a date that make it a deadline: `12月底前`, `年内`. */
export const DEADLINE_MARKS: OperatorWords = [
  ["之前", "<="],
  ["以前", "<="],
  ["前", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
  ["为止", "<="],
  ["止", "<="],
];

const QUANTITY_LEADS = [...SYMBOLS, ...PREFIX_WORDS];
const DEADLINE_LEADS = [...SYMBOLS, ...PREFIX_WORDS, ...DEADLINE_WORDS];

/** The operator a label ends with (`投诉率≤`, `不低于`), if any; the longest word wins (不低于 over 低于). */
function trailingOperator(label: string, words: OperatorWords): Operator | undefined {
  let best: readonly [string, Operator] | undefined;
  for (const entry of words) {
    if (label.endsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1];
}

/** The operator at the end of the text before a number. */
export function quantityOperator(label: string): Operator | undefined {
  return trailingOperator(label, QUANTITY_LEADS);
}

/** The operator at the end of the text before a date. */
export function deadlineOperator(label: string): Operator | undefined {
  return trailingOperator(label, DEADLINE_LEADS);
}

/** The operator of a suffix or mark word found by a regex built from SUFFIX_WORDS / DEADLINE_MARKS. */
export function wordOperator(word: string, words: OperatorWords): Operator | undefined {
  return words.find(([w]) => w === word)?.[1];
}

/** Regex alternation of the words of a table, longest first. */
export function alternation(words: OperatorWords): string {
  return [...words]
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join("|");
}

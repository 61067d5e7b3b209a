import type { ColumnRole, Profile } from "../profile/schema";
import { compactText } from "../values/normalize";

/** A trailing bracketed unit or note on a header (`分值（分）`, `预算数（万元）`) does not change its meaning. */
const TRAILING_UNIT = /[（(][^（()）]{1,6}[)）]$/;

export function stripTrailingUnit(compact: string): string {
  return compact.endsWith(")") || compact.endsWith("）") ? compact.replace(TRAILING_UNIT, "") : compact;
}

/** Brackets hold a unit, a note or a column tag (`指标权重(分)`, `执行率(B/A)`, `全年预算数(A)`), not the meaning. */
const BRACKETED = /[(【[][^()【】[\]]*[)】\]]/g;
/** Header morphology reads short headers only: prose in a body cell is never a header. */
const MAX_HEADER_WORDS = 16;

/**
 * The words a header is built of: brackets anywhere and a trailing formula or explanation
 * (`评价得分=(专家1+专家2+…)/专家人数`) set aside, and a trailing colon dropped. `compact` is compactText's form.
 */
export function headerWords(compact: string): string {
  const eq = compact.indexOf("=");
  let s = eq > 0 ? compact.slice(0, eq) : compact;
  for (let previous = ""; previous !== s; ) {
    previous = s;
    s = s.replace(BRACKETED, "");
  }
  return s.replace(/[:：*※]+$/, "");
}

export interface Vocabulary {
  columnRoles: Map<string, ColumnRole>;
  /** headerRole's answers by compact text, null for none: the same few header words recur in every table. */
  roleMemo: Map<string, ColumnRole | null>;
  words: (list: readonly string[]) => Set<string>;
}

const cache = new WeakMap<Profile, Vocabulary>();
/** The profile asked for last: one workbook asks hundreds of thousands of times, always of the same profile. */
let last: { profile: Profile; vocabulary: Vocabulary } | undefined;

/** Compact-form lookups for a profile's synonym lists, built once per profile. */
export function vocabulary(profile: Profile): Vocabulary {
  if (last?.profile !== profile) {
    let v = cache.get(profile);
    if (!v) cache.set(profile, (v = buildVocabulary(profile)));
    last = { profile, vocabulary: v };
  }
  return last.vocabulary;
}

function buildVocabulary(profile: Profile): Vocabulary {
  const columnRoles = new Map<string, ColumnRole>();
  for (const [role, words] of Object.entries(profile.synonyms.columns) as [ColumnRole, string[]][]) {
    for (const w of words) if (!columnRoles.has(compactText(w))) columnRoles.set(compactText(w), role);
  }
  const sets = new Map<readonly string[], Set<string>>();
  return {
    columnRoles,
    roleMemo: new Map(),
    words(list) {
      let s = sets.get(list);
      if (!s) sets.set(list, (s = new Set(list.map((w) => stripColonPrefix(compactText(w))))));
      return s;
    },
  };
}

/** `其中：当年财政拨款` and `当年财政拨款` name the same line. */
export function stripColonPrefix(compact: string): string {
  return compact.startsWith("其中") ? compact.replace(/^其中[:：]?/, "") : compact;
}

/** Memos stay bounded: prose cells are unique, and one process may check thousands of workbooks. */
const MEMO_LIMIT = 50_000;

export function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/**
 * The column role a header text names: a synonym of the profile, whole, once brackets and a trailing formula are
 * set aside; else the first of the profile's header words the header is built of (`未完成原因分析` → reason,
 * `评分标准` → description before score). A header ending in a number (`专家1`, `评委打分2`) is one assessor's
 * column, not the table's.
 */
export function headerRole(compact: string, profile: Profile): ColumnRole | undefined {
  if (!compact) return undefined;
  const v = vocabulary(profile);
  let role = v.roleMemo.get(compact);
  if (role === undefined) {
    role = v.columnRoles.get(compact) ?? v.columnRoles.get(stripTrailingUnit(compact)) ?? roleByWords(headerWords(compact), v, profile) ?? null;
    remember(v.roleMemo, compact, role);
  }
  return role ?? undefined;
}

function roleByWords(words: string, v: Vocabulary, profile: Profile): ColumnRole | undefined {
  // A name ending in 表 is a title (`…评分情况表`), never a column.
  if (!words || words.length > MAX_HEADER_WORDS || words.endsWith("表")) return undefined;
  const exact = v.columnRoles.get(words);
  if (exact) return exact;
  if (/\d$/.test(words)) return undefined;
  for (const rule of profile.synonyms.headerWords) {
    if (rule.words.some((w) => words.includes(w)) && !rule.except.some((w) => words.includes(w))) return rule.role;
  }
  return undefined;
}

/** The forms of a label (compact) a synonym may be written as: without `其中：` and trailing colons, and that without a trailing unit. */
export type WordForms = readonly [bare: string, unitless: string];

export function wordForms(compact: string): WordForms {
  let bare = stripColonPrefix(compact);
  if (bare.endsWith(":") || bare.endsWith("：")) bare = bare.replace(/[:：]+$/, "");
  return [bare, stripTrailingUnit(bare)];
}

/** Whether a label's forms name one of the words of a synonym list (a label tested against several lists is folded once). */
export function formsAreWord(forms: WordForms, list: readonly string[], profile: Profile): boolean {
  // Two set lookups, not remembered: a sheet of thousands of distinct labels would only churn a memo.
  const set = vocabulary(profile).words(list);
  return set.has(forms[0]) || set.has(forms[1]);
}

/** Whether a label (compact) is one of the words of a synonym list, ignoring a `其中：` prefix and a trailing unit. */
export function isWord(compact: string, list: readonly string[], profile: Profile): boolean {
  return compact !== "" && formsAreWord(wordForms(compact), list, profile);
}

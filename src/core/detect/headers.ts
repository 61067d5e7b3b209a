import type { ColumnRole, Profile } from "../profile/schema";
import { compactText } from "../values/normalize";

/** A trailing bracketed unit or note on a header (`分值（分）`, `预算数（万元）`) does not change its meaning. */
const TRAILING_UNIT = /[（(][^（()）]{1,6}[)）]$/;

export function stripTrailingUnit(compact: string): string {
  return compact.endsWith(")") || compact.endsWith("）") ? compact.replace(TRAILING_UNIT, "") : compact;
}

export interface Vocabulary {
  columnRoles: Map<string, ColumnRole>;
  /** headerRole's answers by compact text, null for none: the same few header words recur in every table. */
  roleMemo: Map<string, ColumnRole | null>;
  /** isWord's answers by synonym list and compact text. */
  wordMemo: Map<readonly string[], Map<string, boolean>>;
  words: (list: readonly string[]) => Set<string>;
}

const cache = new WeakMap<Profile, Vocabulary>();

/** Compact-form lookups for a profile's synonym lists, built once per profile. */
export function vocabulary(profile: Profile): Vocabulary {
  let v = cache.get(profile);
  if (v) return v;
  const columnRoles = new Map<string, ColumnRole>();
  for (const [role, words] of Object.entries(profile.synonyms.columns) as [ColumnRole, string[]][]) {
    for (const w of words) if (!columnRoles.has(compactText(w))) columnRoles.set(compactText(w), role);
  }
  const sets = new Map<readonly string[], Set<string>>();
  v = {
    columnRoles,
    roleMemo: new Map(),
    wordMemo: new Map(),
    words(list) {
      let s = sets.get(list);
      if (!s) sets.set(list, (s = new Set(list.map((w) => stripColonPrefix(compactText(w))))));
      return s;
    },
  };
  cache.set(profile, v);
  return v;
}

/** `其中：当年财政拨款` and `当年财政拨款` name the same line. */
export function stripColonPrefix(compact: string): string {
  return compact.startsWith("其中") ? compact.replace(/^其中[:：]?/, "") : compact;
}

/** Memos stay bounded: prose cells are unique, and one process may check thousands of workbooks. */
const MEMO_LIMIT = 50_000;

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/** The column role a header text names: the whole synonym must match, never a substring. */
export function headerRole(compact: string, profile: Profile): ColumnRole | undefined {
  if (!compact) return undefined;
  const v = vocabulary(profile);
  let role = v.roleMemo.get(compact);
  if (role === undefined) {
    role = v.columnRoles.get(compact) ?? v.columnRoles.get(stripTrailingUnit(compact)) ?? null;
    remember(v.roleMemo, compact, role);
  }
  return role ?? undefined;
}

/** Whether a label (compact) is one of the words of a synonym list, ignoring a `其中：` prefix and a trailing unit. */
export function isWord(compact: string, list: readonly string[], profile: Profile): boolean {
  if (!compact) return false;
  const v = vocabulary(profile);
  let memo = v.wordMemo.get(list);
  if (!memo) v.wordMemo.set(list, (memo = new Map()));
  let answer = memo.get(compact);
  if (answer === undefined) {
    const set = v.words(list);
    const bare = stripColonPrefix(compact);
    answer = set.has(bare) || set.has(stripTrailingUnit(bare));
    remember(memo, compact, answer);
  }
  return answer;
}

import type { ColumnRole, Profile } from "../profile/schema";
import { compactText } from "../values/normalize";

/** A trailing bracketed unit or note on a header (`分值（分）`, `预算数（万元）`) does not change its meaning. */
const TRAILING_UNIT = /[（(][^（()）]{1,6}[)）]$/;

export function stripTrailingUnit(compact: string): string {
  return compact.replace(TRAILING_UNIT, "");
}

export interface Vocabulary {
  columnRoles: Map<string, ColumnRole>;
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
  return compact.replace(/^其中[:：]?/, "");
}

/** The column role a header text names: the whole synonym must match, never a substring. */
export function headerRole(compact: string, profile: Profile): ColumnRole | undefined {
  if (!compact) return undefined;
  const roles = vocabulary(profile).columnRoles;
  return roles.get(compact) ?? roles.get(stripTrailingUnit(compact));
}

/** Whether a label (compact) is one of the words of a synonym list, ignoring a `其中：` prefix and a trailing unit. */
export function isWord(compact: string, list: readonly string[], profile: Profile): boolean {
  if (!compact) return false;
  const set = vocabulary(profile).words(list);
  const bare = stripColonPrefix(compact);
  return set.has(bare) || set.has(stripTrailingUnit(bare));
}

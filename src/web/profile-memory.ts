import { isProfileId } from "../taskpane/profiles";

const KEY = "perfcheck.profile";

/** The 口径 chosen on an earlier visit, when the browser kept it and it is still a built-in one; else the default. */
export function rememberedProfile(): string {
  let saved: string | null = null;
  try {
    saved = globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    // Storage refused (a page opened from disk with storage off, a private window): the page just starts afresh.
  }
  return saved !== null && isProfileId(saved) ? saved : "default";
}

/** Remembers the 口径 for the next visit, where the browser allows it. */
export function rememberProfile(profile: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, profile);
  } catch {
    // As above: without storage the choice lasts until the page is closed.
  }
}

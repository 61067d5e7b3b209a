import defaultProfileJson from "./default.json";
import type { Language } from "../messages";
import { parseProfile, type Profile } from "./schema";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Objects merge key by key; arrays and scalars in the override replace the base. */
function overlay(base: Json, override: Json): Json {
  if (
    base && override && typeof base === "object" && typeof override === "object" &&
    !Array.isArray(base) && !Array.isArray(override)
  ) {
    const out: { [key: string]: Json } = { ...base };
    for (const [k, v] of Object.entries(override)) out[k] = k in base ? overlay(base[k], v) : v;
    return out;
  }
  return override;
}

/**
 * A profile from JSON that lists only what differs from the default profile (or repeats it all);
 * validated, so a bad field is reported by name (what is wrong with it in `language`).
 */
export function profileFromOverrides(overrides: unknown, language?: Language): Profile {
  return parseProfile(overlay(defaultProfileJson as Json, overrides as Json), language);
}

import { BUILT_IN_PROFILE_IDS, type BuiltInProfileId } from "../core/profile/ids";
import type { StringKey } from "./strings";

/** The built-in 口径 a person can choose, in the order offered. */
export const PROFILE_IDS: readonly string[] = BUILT_IN_PROFILE_IDS;

const PROFILE_NAMES: Record<BuiltInProfileId, StringKey> = { default: "profileDefault", hubei: "profileHubei" };

/** A 口径's name in the catalog; a built-in profile without one is shown by its id. */
export function profileNameKey(id: string): StringKey | undefined {
  return isProfileId(id) ? PROFILE_NAMES[id as BuiltInProfileId] : undefined;
}

export const isProfileId = (id: string): boolean => PROFILE_IDS.includes(id);

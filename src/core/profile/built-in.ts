import hubeiProfileJson from "./hubei.json";
import type { BuiltInProfileId } from "./ids";
import { profileFromOverrides } from "./overrides";
import type { Profile } from "./schema";

/**
 * The profiles that come with the checker, validated. The command line's bundle replaces this module with the
 * profiles validated at build time (scripts/build-cli.js), so that its start-up loads no schema library.
 */
export const builtInProfiles: Record<string, Profile> = {
  default: profileFromOverrides({}),
  hubei: profileFromOverrides(hubeiProfileJson),
} satisfies Record<BuiltInProfileId, Profile>;

export const defaultProfile = builtInProfiles.default;

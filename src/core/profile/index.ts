export { builtInProfiles, defaultProfile } from "./built-in";
export { profileFromOverrides } from "./overrides";
export { parseProfile, ProfileError, type Profile } from "./schema";

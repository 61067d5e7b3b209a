/**
 * The built-in profiles (口径) by name, apart from the profiles themselves: a page can offer the choice without
 * loading the schema library and the profiles' JSON (the web page checks in a worker).
 */
export const BUILT_IN_PROFILE_NAMES = ["default", "hubei"] as const;

export type BuiltInProfileName = (typeof BUILT_IN_PROFILE_NAMES)[number];

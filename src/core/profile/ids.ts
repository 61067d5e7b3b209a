/**
 * The ids of the profiles that come with the checker, in the order a person is offered them. Apart from the
 * profiles themselves, so that a page choosing among them does not load them (nor the schema library).
 */
export const BUILT_IN_PROFILE_IDS = ["default", "hubei"] as const;

export type BuiltInProfileId = (typeof BUILT_IN_PROFILE_IDS)[number];

import { promises as fs } from "node:fs";
import { builtInProfiles, defaultProfile } from "../core/profile/built-in";
import type { Profile } from "../core/profile/schema";
import type { Language } from "../core/messages";
import { UsageError } from "./args";
import { CLI_WORDS } from "./words";
import { namedFile, type InputFile } from "./files";

/** `--profile NAME|FILE`: a built-in profile by name, or a JSON file of overrides on the default profile. */
export async function loadProfile(option: string | undefined, language: Language): Promise<Profile> {
  const words = CLI_WORDS[language];
  const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
  if (!option) return defaultProfile;
  if (builtInProfiles[option]) return builtInProfiles[option];
  let text: string;
  try {
    text = await fs.readFile(option, "utf8");
  } catch {
    throw new UsageError(words.profileUnknown(option, Object.keys(builtInProfiles)));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(words.profileNotJson(option, reason(e)));
  }
  // The schema library loads only for a profile file: built-in profiles are validated when the bundle is built.
  const [{ profileFromOverrides }, { ProfileError }] = await Promise.all([import("../core/profile/overrides"), import("../core/profile/schema")]);
  try {
    return profileFromOverrides(json, language);
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    throw new UsageError(words.profileInvalid(option, e.problems));
  }
}

/** The file `--profile` reads, if it names one: an input like the workbooks, which no output may replace. */
export function profileFiles(option: string | undefined): InputFile[] {
  return option && !builtInProfiles[option] ? [namedFile(option)] : [];
}

import { promises as fs } from "node:fs";
import { builtInProfiles, defaultProfile } from "../core/profile/built-in";
import type { Profile } from "../core/profile/schema";
import { UsageError } from "./args";
import { namedFile, type InputFile } from "./files";

/** `--profile NAME|FILE`: a built-in profile by name, or a JSON file of overrides on the default profile. */
export async function loadProfile(option: string | undefined): Promise<Profile> {
  if (!option) return defaultProfile;
  if (builtInProfiles[option]) return builtInProfiles[option];
  let text: string;
  try {
    text = await fs.readFile(option, "utf8");
  } catch {
    throw new UsageError(`profile ${option}: no such built-in profile (${Object.keys(builtInProfiles).join(", ")}) or readable file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`profile ${option}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  // The schema library loads only for a profile file: built-in profiles are validated when the bundle is built.
  const { profileFromOverrides } = await import("../core/profile/overrides");
  try {
    return profileFromOverrides(json);
  } catch (e) {
    throw new UsageError(`profile ${option}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The file `--profile` reads, if it names one: an input like the workbooks, which no output may replace. */
export function profileFiles(option: string | undefined): InputFile[] {
  return option && !builtInProfiles[option] ? [namedFile(option)] : [];
}

import type { StringKey } from "../../taskpane/strings";
import type { StringParams } from "../../taskpane/i18n";
import type { WebFile } from "../state/files-state";

/** What a file being read shows beside its spinner: the phase the check worker is in. */
export function readingLabel(file: Extract<WebFile, { status: "reading" }>, t: (key: StringKey, params?: StringParams) => string): string {
  return file.progress?.phase === "checking" ? t("webFileChecking", { sheets: file.progress.sheets }) : t("webFileReading");
}

import { NOTE_PREFIX, type FlagNoteContent } from "../plan";
import { changeNote } from "./changes";
import { renderMessage, type Language } from "./index";

/**
 * A flag's note in `language`, rendered when it is written: the change written into the cell (`已由 69 改为 96…`)
 * when there is one, then each finding still open, one a line; always marked as the tool's (NOTE_PREFIX).
 */
export function flagNote(flag: FlagNoteContent, language: Language): string {
  const change = flag.written ? [changeNote(flag.written, language)] : [];
  return NOTE_PREFIX + [...change, ...flag.findings.map((f) => renderMessage(f, language))].join("\n");
}

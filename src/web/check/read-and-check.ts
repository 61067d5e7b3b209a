import { checkWorkbook } from "../../core/engine";
import { builtInProfiles, defaultProfile } from "../../core/profile/built-in";
import { unreadableReason } from "../../hosts/xlsx/file-error";
import { readWorkbookSnapshot } from "../../hosts/xlsx/ooxml/read";
import type { CheckPhase, CheckReply, CheckRequest } from "./protocol";

/** Reads and checks one file, telling each phase as it starts; never throws (an unreadable file is a reply). */
export function readAndCheck({ id, name, data, profile }: CheckRequest, onPhase: (phase: CheckPhase) => void): CheckReply {
  try {
    onPhase({ phase: "reading" });
    const snapshot = readWorkbookSnapshot(name, data);
    onPhase({ phase: "checking", sheets: snapshot.sheets.length });
    return { id, type: "checked", snapshot, check: checkWorkbook(snapshot, builtInProfiles[profile] ?? defaultProfile) };
  } catch (error) {
    return { id, type: "failed", reason: unreadableReason(error) };
  }
}

import { checkWorkbook } from "../../core/engine";
import { builtInProfiles, defaultProfile } from "../../core/profile/built-in";
import type { SheetSnapshot } from "../../core/snapshot";
import { fileProblemOf, type FileProblem } from "../../hosts/xlsx/file-error";
import { readSheetsOneByOne } from "../../hosts/xlsx/ooxml/read";
import type { CheckHere, CheckRequest } from "../../check-worker/protocol";

/** The page asks for one file to be read and checked (the bytes are a copy: the page keeps its own). */
export interface FileCheckRequest extends CheckRequest {
  name: string;
  data: Uint8Array;
}

/**
 * Reads and checks one file, telling each phase as it starts; never throws (an unreadable file is a reply). With
 * `onPreliminary`, each sheet of a workbook of several is checked alone as it is read until one has findings, and
 * that result told, so that the page shows findings before the whole workbook is read. The reply is always the
 * whole workbook's check: a rule can compare a table with the workbook's others.
 */
export const readAndCheck: CheckHere<FileCheckRequest, FileProblem> = ({ name, data, profile }, onPhase, onPreliminary) => {
  const chosen = builtInProfiles[profile] ?? defaultProfile;
  try {
    onPhase({ phase: "reading" });
    const { count, sheets } = readSheetsOneByOne(name, data);
    const read: SheetSnapshot[] = [];
    let told = onPreliminary === undefined || count < 2;
    for (const sheet of sheets) {
      read.push(sheet);
      if (told || read.length === count) continue;
      const snapshot = { sheets: [sheet] };
      const check = checkWorkbook(snapshot, chosen);
      if (check.findings.length === 0) continue;
      onPreliminary?.({ snapshot, check, of: count });
      told = true;
    }
    onPhase({ phase: "checking", sheets: read.length });
    const snapshot = { sheets: read };
    return { type: "checked", snapshot, check: checkWorkbook(snapshot, chosen) };
  } catch (error) {
    return { type: "failed", problem: fileProblemOf(error) };
  }
};

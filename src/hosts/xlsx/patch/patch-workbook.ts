import { flagNote, type Language } from "../../../core/messages";
import { flagsAfterWrite, type ValueWrite, type WritePlan } from "../../../core/plan";
import { cellAddress, parseAddress } from "../../../core/snapshot";
import { LEGACY_FLAG_SHEET, noteDigest } from "../../flag-record";
import { CellStyles, DEFAULT_STYLES } from "./cell-styles";
import { CONTENT_TYPES, withContentType } from "./content-types";
import { FillColors } from "./fill-colors";
import { writeFlagRecord } from "./flag-record";
import type { CellNote } from "./note-comments";
import { PackageFiles } from "./package-files";
import { addRelationship, isType, RELATIONSHIP_TYPE, relsName } from "./relationships";
import { annotateSheet } from "./sheet-notes";
import { readWorkbookPart, withFullCalcOnLoad, type WorkbookPart } from "./workbook-part";
import { WorksheetCells, type CellPatch } from "./worksheet-cells";

export interface AppliedPlan {
  written: ValueWrite[];
  /** Planned values left alone: the cell holds a formula after all, its sheet is missing, or the value is not finite. */
  skipped: ValueWrite[];
  flagged: number;
}

export interface PatchedWorkbook extends AppliedPlan {
  /** The patched package's bytes. */
  data: Uint8Array;
}

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
/** The author of the notes this tool adds. */
const AUTHOR = "绩效表校验助手";

interface SheetChanges {
  cells: WorksheetCells;
  patches: Map<string, CellPatch>;
  notes: CellNote[];
  /** The addresses of the notes that keep a person's own text before ours. */
  sharedNotes: Set<string>;
}

interface Styles {
  part: string;
  styles: CellStyles;
  /** The fill colours of the formats as they were, before any flag. */
  fills: FillColors;
}

/** The stylesheet part and its cell formats; a package without one gets Excel's defaults, related and typed. */
function openStyles(files: PackageFiles, workbook: WorkbookPart): Styles {
  const part = workbook.relationships.find((r) => isType(r, "styles") && !r.external)?.part;
  const xml = part === undefined ? undefined : files.text(part);
  const theme = workbook.relationships.find((r) => isType(r, "theme") && !r.external)?.part;
  const fills = new FillColors(xml, theme === undefined ? undefined : files.text(theme));
  if (part !== undefined && xml !== undefined) return { part, styles: new CellStyles(xml), fills };
  const created = part ?? "xl/styles.xml";
  if (part === undefined) {
    const rels = relsName(workbook.name);
    files.setText(rels, addRelationship(files.text(rels), workbook.name, RELATIONSHIP_TYPE.styles, created).xml);
  }
  files.setText(CONTENT_TYPES, withContentType(files.text(CONTENT_TYPES) ?? "", created, STYLES_TYPE, false));
  return { part: created, styles: new CellStyles(DEFAULT_STYLES), fills };
}

/**
 * Applies a write plan to an .xlsx package's bytes as a patch: computed values into their cells (never over a
 * formula, never a number that is not finite; strings stay strings, even when they start with "="), and a fill and a
 * note on every flagged cell (a cell the plan corrected says so, and is not filled as a problem), after the person's own note, recorded as the Excel add-in records its flags. Only the
 * parts involved change: the touched worksheets, styles, workbook (to recalculate on open), notes, the record's very
 * hidden sheet, their relationships and content types; every other entry is copied byte for byte. No node imports:
 * the web page can patch files too.
 */
export function patchWorkbook(bytes: Uint8Array, plan: WritePlan, language: Language): PatchedWorkbook {
  const files = new PackageFiles(bytes);
  const workbook = readWorkbookPart(files);
  const applied: AppliedPlan = { written: [], skipped: [], flagged: 0 };
  const sheets = new Map<string, SheetChanges>();
  const sheet = (name: string): SheetChanges | undefined => {
    // The record sheet is the tool's own bookkeeping, rewritten whole below: nothing of the plan goes there.
    const part = name === LEGACY_FLAG_SHEET ? undefined : workbook.sheets.get(name);
    const xml = part === undefined ? undefined : files.text(part);
    if (part === undefined || xml === undefined) return undefined;
    let changes = sheets.get(part);
    if (!changes) {
      changes = { cells: new WorksheetCells(xml), patches: new Map(), notes: [], sharedNotes: new Set() };
      sheets.set(part, changes);
    }
    return changes;
  };
  const patch = (changes: SheetChanges, row: number, col: number): CellPatch => {
    const key = `${row},${col}`;
    let p = changes.patches.get(key);
    if (!p) {
      p = { row, col };
      changes.patches.set(key, p);
    }
    return p;
  };

  for (const v of plan.values) {
    const at = parseAddress(v.cell);
    const changes = sheet(v.sheet);
    const finite = typeof v.value === "string" || Number.isFinite(v.value);
    if (!at || !changes || !finite || changes.cells.state(at.row, at.col).formula) {
      applied.skipped.push(v);
      continue;
    }
    patch(changes, at.row, at.col).value = v.value;
    applied.written.push(v);
  }

  let styles: Styles | undefined;
  const flagged: { sheet: string; cell: string; originalFill: string | null; fill: string; note: string; changes: SheetChanges }[] = [];
  // A cell whose value was written reads as corrected (已由 69 改为 96…), not as the problem it had.
  for (const flag of flagsAfterWrite(plan, applied.written)) {
    const at = parseAddress(flag.cell);
    const changes = sheet(flag.sheet);
    if (!at || !changes) continue;
    styles ??= openStyles(files, workbook);
    const { style } = changes.cells.state(at.row, at.col);
    patch(changes, at.row, at.col).style = styles.styles.withFill(style, flag.fill);
    const address = cellAddress(at.row, at.col);
    const note = flagNote(flag, language);
    changes.notes.push({ row: at.row, col: at.col, address, text: note });
    flagged.push({ sheet: flag.sheet, cell: address, originalFill: styles.fills.ofFormat(style), fill: flag.fill, note, changes });
    applied.flagged++;
  }

  for (const [part, changes] of sheets) {
    if (changes.patches.size === 0) continue;
    let xml = changes.cells.patched([...changes.patches.values()]);
    if (changes.notes.length > 0) {
      const annotated = annotateSheet(files, part, xml, changes.notes, AUTHOR);
      xml = annotated.xml;
      changes.sharedNotes = annotated.shared;
    }
    files.setText(part, xml);
  }
  const stylesXml = styles?.styles.toXml();
  if (styles && stylesXml !== undefined) files.setText(styles.part, stylesXml);
  if (flagged.length > 0) {
    // As in the add-in: a note is the tool's own, removed when the flag is cleared, unless it keeps a person's text.
    writeFlagRecord(files, workbook, flagged.map(({ changes, note, ...f }) => {
      const noteAdded = !changes.sharedNotes.has(f.cell);
      return { ...f, noteAdded, ...(noteAdded ? { noteDigest: noteDigest(note) } : {}) };
    }));
  }
  if (applied.written.length > 0) files.setText(workbook.name, withFullCalcOnLoad(files.text(workbook.name) ?? ""));
  return { ...applied, data: files.toBytes() };
}

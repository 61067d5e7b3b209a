import type { SheetSnapshot, WorkbookSnapshot } from "../../../core/snapshot";
import { LEGACY_FLAG_SHEET } from "../../flag-record";
import { contentProblem, CORRUPT_REASON, NO_SHEETS_REASON, sizeProblem, WorkbookFileError } from "../file-error";
import { CellBudget, LimitError } from "./limits";
import { partOfKind, readRelationships, relationshipsPart } from "./relationships";
import { SharedStrings } from "./shared-strings";
import { readSheet } from "./sheet";
import { CellStyles } from "./styles";
import { readWorkbook } from "./workbook";
import { ZipArchive } from "./zip";

function readSheets(zip: ZipArchive): SheetSnapshot[] {
  const workbookPart = partOfKind(readRelationships(zip.text(relationshipsPart("")), ""), "officeDocument") ?? "xl/workbook.xml";
  const workbookXml = zip.text(workbookPart);
  if (workbookXml === undefined) throw new Error(`no workbook part ${workbookPart}`);
  const workbook = readWorkbook(workbookXml);
  const relationships = readRelationships(zip.text(relationshipsPart(workbookPart)), workbookPart);
  // exceljs reads these two parts by their usual names whatever the relationships say; this reader does when none names them.
  const styles = CellStyles.read(zip.text(partOfKind(relationships, "styles") ?? "xl/styles.xml"));
  const strings = SharedStrings.read(zip.text(partOfKind(relationships, "sharedStrings") ?? "xl/sharedStrings.xml"));
  const budget = new CellBudget();
  return workbook.sheets.flatMap(({ name, relationship }) => {
    // The add-in's record of its flags (also in annotated copies) is the tool's own bookkeeping, not the person's sheet.
    if (name === LEGACY_FLAG_SHEET) return [];
    const target = relationship === undefined ? undefined : relationships.get(relationship);
    // Chart sheets, dialog sheets and macro sheets hold no cells; a sheet whose part is missing is left out, as exceljs does.
    const xml = target?.kind === "worksheet" ? zip.text(target.part) : undefined;
    if (xml === undefined) return [];
    return [readSheet(name, xml, { strings, styles, date1904: workbook.date1904, countCell: budget.forSheet(name) })];
  });
}

/**
 * An .xlsx file's bytes as the engine's snapshot, read straight from the package's XML: the snapshot exceljs plus
 * read-snapshot.ts give, but for what exceljs reads wrong (test/hosts/xlsx/ooxml-parts.test.ts), faster and within
 * limits. No node imports: the web page can use it. Every failure is a WorkbookFileError for `file` with a one-line
 * reason.
 */
export function readWorkbookSnapshot(file: string, bytes: Uint8Array): WorkbookSnapshot {
  const problem = sizeProblem(bytes.length) ?? contentProblem(bytes);
  if (problem) throw new WorkbookFileError(file, problem);
  let sheets: SheetSnapshot[];
  try {
    sheets = readSheets(new ZipArchive(bytes));
  } catch (e) {
    if (e instanceof LimitError) throw new WorkbookFileError(file, e.message);
    throw new WorkbookFileError(file, `${CORRUPT_REASON}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (sheets.length === 0) throw new WorkbookFileError(file, NO_SHEETS_REASON);
  return { sheets };
}

import type { SheetSnapshot, WorkbookSnapshot } from "../../../core/snapshot";
import { LEGACY_FLAG_SHEET } from "../../flag-record";
import { contentProblem, corrupt, sizeProblem, WorkbookFileError } from "../file-error";
import { CellBudget, LimitError } from "./limits";
import { partOfKind, readRelationships, relationshipsPart } from "./relationships";
import { SharedStrings } from "./shared-strings";
import { readSheet } from "./sheet";
import { CellStyles } from "./styles";
import { readWorkbook } from "./workbook";
import { ZipArchive, type Inflater } from "./zip";

/** The package's sheets, read one at a time; `count` is how many the workbook lists (chart sheets and all). */
function sheetsOf(zip: ZipArchive): { count: number; sheets: Generator<SheetSnapshot> } {
  const workbookPart = partOfKind(readRelationships(zip.text(relationshipsPart("")), ""), "officeDocument") ?? "xl/workbook.xml";
  const workbookXml = zip.text(workbookPart);
  if (workbookXml === undefined) throw new Error(`no workbook part ${workbookPart}`);
  const workbook = readWorkbook(workbookXml);
  const relationships = readRelationships(zip.text(relationshipsPart(workbookPart)), workbookPart);
  // exceljs reads these two parts by their usual names whatever the relationships say; this reader does when none names them.
  const styles = CellStyles.read(zip.text(partOfKind(relationships, "styles") ?? "xl/styles.xml"));
  const strings = SharedStrings.read(zip.text(partOfKind(relationships, "sharedStrings") ?? "xl/sharedStrings.xml"));
  const budget = new CellBudget();
  function* sheets(): Generator<SheetSnapshot> {
    for (const { name, relationship } of workbook.sheets) {
      // The add-in's record of its flags (also in annotated copies) is the tool's own bookkeeping, not the person's sheet.
      if (name === LEGACY_FLAG_SHEET) continue;
      const target = relationship === undefined ? undefined : relationships.get(relationship);
      // Chart sheets, dialog sheets and macro sheets hold no cells; a sheet whose part is missing is left out, as exceljs does.
      const xml = target?.kind === "worksheet" ? zip.text(target.part) : undefined;
      if (xml !== undefined) yield readSheet(name, xml, { strings, styles, date1904: workbook.date1904, countCell: budget.forSheet(name) });
    }
  }
  return { count: workbook.sheets.length, sheets: sheets() };
}

function fileError(file: string, e: unknown): WorkbookFileError {
  return new WorkbookFileError(file, e instanceof LimitError ? e.problem : corrupt(e));
}

/**
 * An .xlsx file's sheets as the engine's snapshot reads them, one at a time (the web page checks the first sheet
 * while the others are still to be read). `count` is at most how many there are. Failures and `inflater` as
 * readWorkbookSnapshot's.
 */
export function readSheetsOneByOne(file: string, bytes: Uint8Array, inflater?: Inflater): { count: number; sheets: Generator<SheetSnapshot> } {
  const problem = sizeProblem(bytes.length) ?? contentProblem(bytes);
  if (problem) throw new WorkbookFileError(file, problem);
  let opened: ReturnType<typeof sheetsOf>;
  try {
    opened = sheetsOf(new ZipArchive(bytes, inflater));
  } catch (e) {
    throw fileError(file, e);
  }
  function* sheets(): Generator<SheetSnapshot> {
    let read = 0;
    for (;;) {
      let next: IteratorResult<SheetSnapshot>;
      try {
        next = opened.sheets.next();
      } catch (e) {
        throw fileError(file, e);
      }
      if (next.done) break;
      read++;
      yield next.value;
    }
    if (read === 0) throw new WorkbookFileError(file, { code: "no-sheets" });
  }
  return { count: opened.count, sheets: sheets() };
}

/**
 * An .xlsx file's bytes as the engine's snapshot, read straight from the package's XML: the snapshot exceljs plus
 * read-snapshot.ts give, but for what exceljs reads wrong (test/hosts/xlsx/ooxml-parts.test.ts), faster and within
 * limits. No node imports: the web page can use it; the command line passes node's zlib as `inflater` (fflate's
 * otherwise). Every failure is a WorkbookFileError for `file` with its problem.
 */
export function readWorkbookSnapshot(file: string, bytes: Uint8Array, inflater?: Inflater): WorkbookSnapshot {
  return { sheets: [...readSheetsOneByOne(file, bytes, inflater).sheets] };
}

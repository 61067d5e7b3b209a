import ExcelJS from "exceljs";
import { declareEastAsianFormats } from "./east-asian-formats";
import { contentProblem, CORRUPT_REASON, NO_SHEETS_REASON, WorkbookFileError } from "./file-error";

/**
 * Loads an .xlsx file's bytes into an exceljs workbook; every failure becomes a WorkbookFileError for `file`.
 * No node imports: the command line passes a Buffer, the web page a File's bytes.
 */
export async function loadWorkbookBytes(file: string, data: Uint8Array): Promise<ExcelJS.Workbook> {
  const problem = contentProblem(data);
  if (problem) throw new WorkbookFileError(file, problem);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own Buffer (an ArrayBuffer); node's Buffer and a browser Uint8Array both load.
    await wb.xlsx.load((await declareEastAsianFormats(data)) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookFileError(file, `${CORRUPT_REASON}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (wb.worksheets.length === 0) throw new WorkbookFileError(file, NO_SHEETS_REASON);
  return wb;
}

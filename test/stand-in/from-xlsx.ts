/**
 * A stand-in workbook as Excel would open an .xlsx file: the cells as the package reader reads them, each cell's
 * solid fill and note (read with exceljs, the reference reader), and the custom XML parts the workbook relates to.
 */
import { strFromU8, unzipSync } from "fflate";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/ooxml/read";
import { loadExceljs, noteText } from "../helpers/exceljs-reference";
import { StandInWorkbook } from "./excel-stand-in";

export async function standInFromXlsx(bytes: Uint8Array): Promise<StandInWorkbook> {
  const wb = StandInWorkbook.fromSnapshot(readWorkbookSnapshot("book.xlsx", bytes));
  const reference = await loadExceljs(bytes);
  for (const sheet of wb.sheets) {
    reference.getWorksheet(sheet.name)?.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? cell.fill.fgColor?.argb : undefined;
      const note = noteText(cell.note);
      if (fill) sheet.cells.set(cell.address, { ...(sheet.cells.get(cell.address) ?? { value: null }), fill: `#${fill.slice(2)}` });
      if (note) sheet.notes.set(cell.address, note);
    }));
  }
  const files = unzipSync(bytes);
  const rels = files["xl/_rels/workbook.xml.rels"] ? strFromU8(files["xl/_rels/workbook.xml.rels"]) : "";
  [...rels.matchAll(/Type="[^"]*\/customXml" Target="\.\.\/([^"]+)"/g)].forEach((m, i) => {
    if (files[m[1]]) wb.customXmlParts.push({ id: `{FILE-${i + 1}}`, xml: strFromU8(files[m[1]]) });
  });
  return wb;
}

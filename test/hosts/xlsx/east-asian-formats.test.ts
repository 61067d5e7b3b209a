import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SheetGrid } from "../../../src/core/grid";
import { loadWorkbookBytes } from "../../../src/hosts/xlsx/load-bytes";
import { workbookSnapshot } from "../../../src/hosts/xlsx/read-snapshot";

/** 2023-12-31 as an Excel serial day number. */
const DEC_31 = 45291;

/**
 * A workbook whose A1 and A2 hold 2023-12-31 in the formats exceljs numbers 164 and 165, and A3 a number in 166;
 * `styles` then rewrites its styles.xml as another program would have written it.
 */
async function workbookBytes(styles: (xml: string) => string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  ["0.0", "0.000", "0.0000"].forEach((numFmt, i) => {
    ws.getCell(i + 1, 1).value = DEC_31;
    ws.getCell(i + 1, 1).numFmt = numFmt;
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file("xl/styles.xml", styles(await zip.file("xl/styles.xml")!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A1 and A2 in the built-in formats 31 and 58, which files use without declaring them. */
function builtIn(xml: string): string {
  return xml
    .replace(/<numFmt numFmtId="16[45]"[^>]*\/>/g, "")
    .replace('<xf numFmtId="164"', '<xf numFmtId="31"')
    .replace('<xf numFmtId="165"', '<xf numFmtId="58"');
}

async function grid(data: Uint8Array): Promise<SheetGrid> {
  return new SheetGrid(workbookSnapshot(await loadWorkbookBytes("日期.xlsx", data)).sheets[0]);
}

const xlsxLoad = jest.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx), "load");
afterEach(() => xlsxLoad.mockClear());

describe("xlsx reader: East Asian built-in number formats", () => {
  it.each([
    ["beside other custom formats", builtIn],
    ["with no <numFmts> at all", (xml: string) => builtIn(xml).replace(/<numFmts\b[\s\S]*?<\/numFmts>/, "")],
  ])("reads dates in formats 31 and 58 as the dates they show (%s)", async (_, styles) => {
    const sheet = await grid(await workbookBytes(styles));
    expect([0, 1].map((row) => sheet.cell(row, 0))).toEqual([
      { row: 0, col: 0, value: DEC_31, numFmt: 'yyyy"年"m"月"d"日"' },
      { row: 1, col: 0, value: DEC_31, numFmt: 'm"月"d"日"' },
    ]);
    expect([0, 1].map((row) => sheet.text(row, 0))).toEqual(["2023年12月31日", "12月31日"]);
  });

  it("keeps the other custom formats", async () => {
    const sheet = await grid(await workbookBytes(builtIn));
    expect(sheet.cell(2, 0)?.numFmt).toBe("0.0000");
  });

  it.each([
    ["uses none", (xml: string) => xml, "0.0"],
    [
      "declares its own",
      (xml: string) => xml.replace('numFmtId="164" formatCode="0.0"', 'numFmtId="31" formatCode="yyyy/m/d"').replace('<xf numFmtId="164"', '<xf numFmtId="31"'),
      "yyyy/m/d",
    ],
  ])("hands exceljs the file's own bytes when it %s", async (_, styles, numFmt) => {
    const data = await workbookBytes(styles);
    const sheet = await grid(data);
    expect(xlsxLoad).toHaveBeenCalledTimes(1);
    expect(xlsxLoad.mock.calls[0][0]).toBe(data);
    expect(sheet.cell(0, 0)?.numFmt).toBe(numFmt);
  });
});

import ExcelJS from "exceljs";
import { SheetGrid } from "../../../src/core/grid";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";

/** Writes dates with number formats to an .xlsx file and reads the file back as the command line does. */
async function readBack(date1904: boolean): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("表");
  const cells: [string, Date, string][] = [
    ["A1", new Date(Date.UTC(2023, 11, 31)), "yyyy-mm-dd"],
    ["A2", new Date(Date.UTC(2024, 2, 31)), 'yyyy"年"m"月"d"日"'],
    ["A3", new Date(Date.UTC(2023, 11, 1)), 'yyyy"年"m"月"'],
  ];
  for (const [address, value, numFmt] of cells) {
    ws.getCell(address).value = value;
    ws.getCell(address).numFmt = numFmt;
  }
  ws.getCell("A4").value = 45291;
  ws.getCell("A4").numFmt = "#,##0";
  const data = new Uint8Array(await wb.xlsx.writeBuffer());
  return new SheetGrid(readWorkbookSnapshot("dates.xlsx", data).sheets[0]);
}

describe("xlsx reader: dates", () => {
  it.each([false, true])("reads a date cell as the date it shows, not its serial number (1904 system: %s)", async (date1904) => {
    const grid = await readBack(date1904);
    expect([0, 1, 2, 3].map((row) => grid.text(row, 0))).toEqual(["2023年12月31日", "2024年3月31日", "2023年12月", "45291"]);
    expect(grid.compact(0, 0)).toBe("2023年12月31日");
    expect(grid.value(0, 0)).toBe(45291);
  });
});

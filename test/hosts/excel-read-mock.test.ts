import { OfficeMockObject } from "office-addin-mock";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { cellAddress } from "../../src/core/snapshot";
import { loadWorkbook } from "../../src/hosts/excel/read";
import { sampleSnapshot } from "../helpers/grid";

/** The 2-D arrays Excel returns for a sheet's used range (covered merged cells are empty, as in Excel). */
function usedRangeData(sheet: WorkbookSnapshot["sheets"][number]) {
  const rows = Math.max(...sheet.cells.map((c) => c.row)) + 1;
  const cols = Math.max(...sheet.cells.map((c) => c.col)) + 1;
  const grid = <T>(empty: T) => Array.from({ length: rows }, () => Array.from({ length: cols }, () => empty));
  const data = { values: grid<unknown>(""), valueTypes: grid("Empty"), formulas: grid<unknown>(""), numberFormat: grid("General"), text: grid("") };
  for (const c of sheet.cells) {
    const shown = c.value === null ? "" : typeof c.value === "object" ? c.value.error : c.value;
    data.values[c.row][c.col] = shown;
    data.valueTypes[c.row][c.col] = typeof c.value === "object" && c.value !== null ? "Error" : typeof c.value === "number" ? "Double" : "String";
    data.formulas[c.row][c.col] = c.formula ? `=${c.formula}` : shown;
    data.numberFormat[c.row][c.col] = c.numFmt ?? "General";
    data.text[c.row][c.col] = String(shown);
  }
  return { isNullObject: false, rowIndex: 0, columnIndex: 0, ...data };
}

/**
 * A mocked Excel workbook built with office-addin-mock from a snapshot: every range and merged-area object is an
 * OfficeMockObject, so reading a property that was not loaded and synced yields office-addin-mock's error value.
 */
function mockedContext(snapshot: WorkbookSnapshot) {
  const created: OfficeMockObject[] = [];
  const mock = (data: object) => {
    const m = new OfficeMockObject(data);
    // Office.js tells whether an *OrNullObject result exists after any sync, whatever was loaded.
    if ("isNullObject" in data) m.load("isNullObject");
    created.push(m);
    return m;
  };
  let syncs = 0;
  const items = snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: "Visible",
    load: () => undefined,
    protection: mock({ protected: false }),
    getUsedRangeOrNullObject: () => mock(usedRangeData(sheet)),
    getRange: () => ({
      getMergedAreasOrNullObject: () =>
        mock({
          isNullObject: sheet.merges.length === 0,
          address: sheet.merges.map((m) => `'${sheet.name}'!${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).join(", "),
        }),
    }),
  }));
  const context = {
    workbook: {
      worksheets: {
        items,
        load: () => undefined,
        getActiveWorksheet: () => items[0],
      },
    },
    sync: async () => {
      syncs++;
      for (const m of created) await m.sync();
    },
  };
  return { context, syncs: () => syncs };
}

describe("Excel host read path with office-addin-mock", () => {
  it.each(["s01", "s07"])("loads %s's used ranges and merged areas before reading them, in two syncs", async (prefix) => {
    const fromFile = await sampleSnapshot(prefix);
    const { context, syncs } = mockedContext(fromFile);
    const loaded = await loadWorkbook(context as unknown as Excel.RequestContext, "workbook", context.sync);
    expect(syncs()).toBe(2);
    loaded.sheets.forEach((sheet, i) => {
      const expected = fromFile.sheets[i];
      expect(sheet.name).toBe(expected.name);
      expect(sheet.merges).toEqual(expected.merges);
      const strip = (cells: typeof sheet.cells) =>
        cells.map(({ row, col, value, formula, numFmt }) => ({ row, col, value, formula, numFmt })).sort((a, b) => a.row - b.row || a.col - b.col);
      expect(strip(sheet.cells)).toEqual(strip(expected.cells));
    });
  });
});

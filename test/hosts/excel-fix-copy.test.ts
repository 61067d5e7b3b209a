import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../src/core/engine";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/ooxml/read";
import { patchWorkbook } from "../../src/hosts/xlsx/patch/patch-workbook";
import { SAMPLES } from "../helpers/grid";
import { standInGlobals, type StandInWorkbook } from "../stand-in/excel-stand-in";
import { standInFromXlsx } from "../stand-in/from-xlsx";

function fillsAndNotes(wb: StandInWorkbook) {
  return wb.sheets.map((s) => ({ name: s.name, fills: [...s.cells].filter(([, c]) => c.fill).map(([a, c]) => [a, c.fill]), notes: [...s.notes] }));
}

describe("a copy flagged by fix or the web page, opened in Excel", () => {
  it.each(["zh-CN", "en-US"] as const)("clears in Excel back to the original's fills and notes (notes in %s)", async (language) => {
    const file = readdirSync(SAMPLES).find((f) => f.startsWith("s08") && f.endsWith(".xlsx")) as string;
    const original = new Uint8Array(readFileSync(path.join(SAMPLES, file)));
    const { plan } = checkWorkbook(readWorkbookSnapshot(file, original));
    expect(plan.flags.length).toBeGreaterThan(10);
    const copy = await standInFromXlsx(patchWorkbook(original, { values: [], flags: plan.flags }, language).data);
    const before = fillsAndNotes(await standInFromXlsx(original));
    expect(fillsAndNotes(copy)).not.toEqual(before);

    Object.assign(globalThis, standInGlobals(copy));
    const host = new ExcelHost();
    const read = await host.read("workbook");
    expect(read.record).toBe("read");
    expect(read.flags.map((f) => `${f.sheet}!${f.cell}`)).toEqual(plan.flags.map((f) => `${f.sheet}!${f.cell}`));
    const cleared = await host.clearFlags();
    expect(cleared).toMatchObject({ record: "read", restored: plan.flags.length, keptUserChanges: 0 });
    expect(fillsAndNotes(copy)).toEqual(before);
  });
});

import { checkWorkbook } from "../../src/core/engine";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { PROFILE_SETTING } from "../../src/hosts/excel/profile-setting";
import type { CellEdit } from "../../src/hosts/host";
import { selfEvaluationRows, SELF_EVALUATION_MERGES, sheetFromRows } from "../helpers/grid";
import { standInGlobals, StandInWorkbook } from "../stand-in/excel-stand-in";

/** A 自评表 whose typed 总分 (H19) is 90 where the items add up to 99. */
function workbook(): StandInWorkbook {
  const rows = selfEvaluationRows();
  rows[18][7] = 90;
  return StandInWorkbook.fromSnapshot({ sheets: [sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES)] });
}

/** The stand-in as Excel, with document settings that record what was saved. */
function install(wb: StandInWorkbook, initial: Record<string, unknown> = {}) {
  const { Excel, Office } = standInGlobals(wb);
  const values = new Map(Object.entries(initial));
  const saved: Record<string, unknown>[] = [];
  const settings = {
    get: (name: string) => values.get(name) ?? null,
    set: (name: string, value: unknown) => values.set(name, value),
    saveAsync: (callback: (result: { status: string }) => void) => {
      saved.push(Object.fromEntries(values));
      callback({ status: "succeeded" });
    },
  };
  const office = { ...Office, AsyncResultStatus: { Succeeded: "succeeded" }, context: { ...Office.context, document: { settings } } };
  Object.assign(globalThis, { Excel, Office: office });
  return { host: new ExcelHost(), saved };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("Excel host: edits after a check", () => {
  it("hears the person's edits with the sheet's name, not the add-in's own writes, until it stops listening", async () => {
    const wb = workbook();
    const { host } = install(wb);
    const edits: CellEdit[] = [];
    const stop = await host.watchChanges((edit) => edits.push(edit));
    expect(wb.changeHandlers.size).toBe(1);

    await host.writeValues(checkWorkbook((await host.read("workbook")).snapshot).plan);
    await tick();
    expect(edits).toEqual([]);

    wb.edit("自评表", "G12", 9);
    await tick();
    expect(edits).toEqual([{ sheet: "自评表", address: "G12" }]);

    await stop();
    expect(wb.changeHandlers.size).toBe(0);
    wb.edit("自评表", "G13", 9);
    await tick();
    expect(edits).toHaveLength(1);
  });
});

describe("Excel host: restoring written values", () => {
  it("puts back each value before the write, except where the cell holds something else now", async () => {
    const wb = workbook();
    const { host } = install(wb);
    const plan = checkWorkbook((await host.read("workbook")).snapshot).plan;
    const { changes } = await host.writeValues(plan);
    expect(changes).toEqual([{ sheet: "自评表", cell: "H19", before: 90, after: 99 }]);
    expect(wb.sheet("自评表")?.cells.get("H19")?.value).toBe(99);

    const blank = { sheet: "自评表", cell: "I19", before: null, after: "优" };
    wb.edit("自评表", "I19", "优");
    const edited = { sheet: "自评表", cell: "G19", before: 100, after: 95 };
    const restored = await host.restoreValues([...changes, blank, edited]);
    expect(restored.changes.map((c) => c.cell)).toEqual(["H19", "I19"]);
    expect(restored.syncs).toBe(2);
    expect(wb.sheet("自评表")?.cells.get("H19")?.value).toBe(90);
    // A cell that was blank before the write is blank again.
    expect(wb.sheet("自评表")?.cells.get("I19")?.value ?? null).toBeNull();
    expect(wb.sheet("自评表")?.cells.get("G19")?.value).toBe(100);
  });
});

describe("Excel host: the 口径 in the workbook's settings", () => {
  it("reads the saved 口径 and saves a new one with the document", async () => {
    const { host, saved } = install(workbook(), { [PROFILE_SETTING]: "hubei" });
    expect(host.savedProfile()).toBe("hubei");
    await host.saveProfile("default");
    expect(host.savedProfile()).toBe("default");
    expect(saved).toEqual([{ [PROFILE_SETTING]: "default" }]);
    expect(install(workbook()).host.savedProfile()).toBeUndefined();
  });
});

import { checkWorkbook } from "../../src/core/engine";
import { SheetGrid } from "../../src/core/grid";
import { NOTE_PREFIX, type WritePlan } from "../../src/core/plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { FLAG_SHEET } from "../../src/hosts/excel/flag-store";
import { HostWriteError } from "../../src/hosts/host";
import { selfEvaluationRows, SELF_EVALUATION_MERGES, sampleSnapshot, sheetFromRows } from "../helpers/grid";
import { standInGlobals, StandInWorkbook, type StandInOptions } from "../stand-in/excel-stand-in";

function install(wb: StandInWorkbook, options: StandInOptions = {}): ExcelHost {
  const { Excel, Office } = standInGlobals(wb, options);
  Object.assign(globalThis, { Excel, Office });
  return new ExcelHost();
}

/** A snapshot without the host-only displayed text, to compare with what the xlsx host reads. */
function withoutText(s: WorkbookSnapshot): WorkbookSnapshot {
  const sort = <T extends { row: number; col: number }>(xs: T[]) => [...xs].sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    sheets: s.sheets.map((sh) => ({
      name: sh.name,
      cells: sort(sh.cells.map((c) => ({ row: c.row, col: c.col, value: c.value, formula: c.formula, numFmt: c.numFmt }))),
      merges: [...sh.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    })),
  };
}

function tables(n: number): WorkbookSnapshot {
  const rows = selfEvaluationRows();
  rows[18][7] = 90; // a wrong typed total in every table: a value to write and a cell to flag
  return { sheets: Array.from({ length: n }, (_, i) => sheetFromRows(`表${i + 1}`, rows, SELF_EVALUATION_MERGES)) };
}

function fillsAndNotes(wb: StandInWorkbook) {
  return wb.sheets.filter((s) => s.name !== FLAG_SHEET).map((s) => ({
    name: s.name,
    fills: [...s.cells].filter(([, c]) => c.fill).map(([a, c]) => [a, c.fill]),
    notes: [...s.notes],
  }));
}

describe("Excel host: reading", () => {
  it.each(["s02", "s05", "s06"])("yields the same snapshot as the xlsx host for %s, in two syncs", async (prefix) => {
    const fromFile = await sampleSnapshot(prefix);
    const wb = StandInWorkbook.fromSnapshot(fromFile);
    const host = install(wb);
    const read = await host.read("workbook");
    expect(withoutText(read.snapshot)).toEqual(withoutText(fromFile));
    expect(read.syncs).toBe(2);
    expect(wb.syncCount).toBe(2);
    expect(checkWorkbook(read.snapshot).findings).toEqual(checkWorkbook(fromFile).findings);
  });

  it("keeps a date cell's number format, so the engine reads the date and not its serial number", async () => {
    const rows = selfEvaluationRows();
    rows[13][4] = "2023年12月31日前";
    rows[13][5] = { v: 45382, fmt: "yyyy/m/d" }; // 2024-03-31, after the target, with full score
    const host = install(StandInWorkbook.fromSnapshot({ sheets: [sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES)] }));
    const { snapshot } = await host.read("workbook");
    expect(new SheetGrid(snapshot.sheets[0]).text(13, 5)).toBe("2024年3月31日");
    expect(checkWorkbook(snapshot).findings.filter((f) => f.rule === "target-missed-full-score").map((f) => f.cell)).toEqual(["H14"]);
  });

  it("reads only the active sheet when asked, and skips its own record sheet", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(3));
    wb.activeSheet = "表2";
    const host = install(wb);
    expect((await host.read("activeSheet")).snapshot.sheets.map((s) => s.name)).toEqual(["表2"]);
  });

  it.each([1, 50])("uses two syncs to validate, two to write back and two to flag, for %i table(s)", async (n) => {
    const wb = StandInWorkbook.fromSnapshot(tables(n));
    const host = install(wb);
    const read = await host.read("workbook");
    expect(read.syncs).toBe(2);
    const { plan } = checkWorkbook(read.snapshot);
    expect(plan.values.length).toBe(n);
    wb.syncCount = 0;
    const written = await host.writeValues(plan);
    expect([written.syncs, wb.syncCount, written.changes.length]).toEqual([2, 2, n]);
    wb.syncCount = 0;
    const flagged = await host.flag(plan, read.flags);
    expect([flagged.syncs, wb.syncCount]).toEqual([2, 2]);
  });
});

describe("Excel host: writing", () => {
  async function validated(wb: StandInWorkbook, options: StandInOptions = {}) {
    const host = install(wb, options);
    const read = await host.read("workbook");
    return { host, read, result: checkWorkbook(read.snapshot) };
  }

  it("writes computed totals, never over a formula, never a cell changed since validation, and text starting with = as text", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb);
    const sheet = wb.sheets[0];
    // Writes the engine would not plan, described as one it would.
    const why = { variant: "plain", params: {}, table: result.plan.values[0].table };
    const plan: WritePlan = {
      flags: [],
      values: [
        ...result.plan.values,
        { sheet: "表1", cell: "I20", value: "=1+1", previous: null, reason: "test", ...why },
        { sheet: "表1", cell: "C12", value: "改过", previous: "validated text", reason: "stale", ...why },
      ],
    };
    sheet.cells.set("G19", { value: 100, formula: "SUM(G12:G18)+F5" });
    const stale = { ...plan, values: [...plan.values, { sheet: "表1", cell: "G19", value: 1, previous: 100, reason: "formula", ...why }] };
    const written = await host.writeValues(stale);
    expect(sheet.cells.get("H19")?.value).toBe(99);
    expect(sheet.cells.get("C12")?.value).toBe("数量指标");
    expect(sheet.cells.get("G19")?.formula).toBe("SUM(G12:G18)+F5");
    expect(sheet.cells.get("I20")).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(sheet.cells.get("I20")?.formula).toBeUndefined();
    expect(written.changes.map((c) => c.cell)).toEqual(["H19", "I20"]);
  });

  it("flags with fills and notes, then clearing restores fills and notes exactly, keeping a user's own note", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const sheet = wb.sheets[0];
    sheet.cells.set("H19", { ...(sheet.cells.get("H19") ?? { value: 90 }), fill: "#00FF00" });
    sheet.notes.set("B5", "用户自己的批注");
    const before = fillsAndNotes(wb);
    const { host, read, result } = await validated(wb);
    const plan: WritePlan = { values: [], flags: [...result.plan.flags, { ...result.plan.flags[0], cell: "B5" }] };
    await host.flag(plan, read.flags);
    expect(sheet.cells.get("H19")?.fill).toBe(result.plan.flags[0].fill);
    expect(sheet.notes.get("H19")?.startsWith(NOTE_PREFIX)).toBe(true);
    expect(sheet.notes.get("B5")).toBe("用户自己的批注");
    expect(wb.sheet(FLAG_SHEET)?.visibility).toBe("VeryHidden");
    await host.clearFlags();
    expect(fillsAndNotes(wb)).toEqual(before);
  });

  it("replaces an earlier run's flags instead of stacking them", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const first = await validated(wb);
    const flagA = first.result.plan.flags[0];
    await first.host.flag({ values: [], flags: [flagA] }, first.read.flags);
    const second = await validated(wb);
    expect(second.read.flags.map((f) => f.cell)).toEqual([flagA.cell]);
    const flagB = { ...flagA, cell: "C12" };
    await second.host.flag({ values: [], flags: [flagB] }, second.read.flags);
    const sheet = wb.sheets[0];
    expect(sheet.cells.get(flagA.cell)?.fill).toBeUndefined();
    expect(sheet.notes.has(flagA.cell)).toBe(false);
    expect(sheet.cells.get("C12")?.fill).toBe(flagB.fill);
  });

  it("clears after the workbook was saved, closed and reopened (the record lives in the workbook)", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const before = fillsAndNotes(wb);
    const { host, read, result } = await validated(wb);
    await host.flag(result.plan, read.flags);
    const reopened = install(wb);
    const cleared = await reopened.clearFlags();
    expect(cleared.syncs).toBe(4);
    expect(fillsAndNotes(wb)).toEqual(before);
  });

  it("flags with fill colour only where notes are not supported (Excel 2021 LTSC, ExcelApi 1.14)", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, read, result } = await validated(wb, { maxApiMinor: 14 });
    expect(host.capabilities()).toEqual({ notes: false, undoGroup: false });
    await host.flag(result.plan, read.flags);
    expect(wb.sheets[0].notes.size).toBe(0);
    expect(wb.sheets[0].cells.get("H19")?.fill).toBeDefined();
    expect(wb.runOptions.every((o) => JSON.stringify(o) === JSON.stringify({ delayForCellEdit: true }))).toBe(true);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, read, result } = await validated(wb);
    expect(read.protectedSheets).toEqual([]);
    wb.sheets[0].protected = true;
    const before = fillsAndNotes(wb);
    await expect(host.flag(result.plan, read.flags)).rejects.toThrow(/受保护/);
    await expect(host.writeValues(result.plan)).rejects.toThrow(HostWriteError);
    expect(fillsAndNotes(wb)).toEqual(before);
    expect(wb.sheets[0].cells.get("H19")?.value).toBe(90);
  });

  it("says which cells a failed write had queued, and clearing still restores them", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const before = fillsAndNotes(wb);
    let failing = false;
    const { host, read, result } = await validated(wb, {
      beforeOperation: (name) => {
        if (failing && name === "addNote") throw new Error("GeneralException");
      },
    });
    failing = true;
    const error = await host.flag(result.plan, read.flags).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    expect((error as HostWriteError).changedCells).toEqual(result.plan.flags.map((f) => `${f.sheet}!${f.cell}`));
    failing = false;
    await host.clearFlags();
    expect(fillsAndNotes(wb)).toEqual(before);
  });

  it("selects a finding's cell on its sheet", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(2));
    const host = install(wb);
    await host.select("表2", "H19");
    expect(wb.activeSheet).toBe("表2");
    expect(wb.selection).toEqual({ sheet: "表2", address: "H19" });
  });
});

import { checkWorkbook } from "../../src/core/engine";
import { SheetGrid } from "../../src/core/grid";
import { flagNote } from "../../src/core/messages";
import { NOTE_PREFIX, type WritePlan } from "../../src/core/plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { FLAG_RECORD_NAMESPACE, LEGACY_FLAG_SHEET, parseFlagRecordXml } from "../../src/hosts/flag-record";
import { HostError, HostWriteError } from "../../src/hosts/host";
import { selfEvaluationRows, SELF_EVALUATION_MERGES, sampleSnapshot, sheetFromRows } from "../helpers/grid";
import { emptySheet, standInGlobals, StandInWorkbook, type StandInOptions } from "../stand-in/excel-stand-in";

function install(wb: StandInWorkbook, options: StandInOptions = {}): ExcelHost {
  const { Excel, Office } = standInGlobals(wb, options);
  Object.assign(globalThis, { Excel, Office });
  return new ExcelHost();
}

/** A snapshot sorted, to compare with what the xlsx host reads. */
function sorted(s: WorkbookSnapshot): WorkbookSnapshot {
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

/** Every cell's fill (colour, pattern, pattern colour) and every note, as a person would see them. */
function fillsAndNotes(wb: StandInWorkbook) {
  return wb.sheets.filter((s) => s.name !== LEGACY_FLAG_SHEET).map((s) => ({
    name: s.name,
    fills: [...s.cells].filter(([, c]) => c.fill).map(([a, c]) => [a, c.fill, c.fillPattern, c.patternColor]),
    notes: [...s.notes],
  }));
}

function recordOf(wb: StandInWorkbook) {
  const parts = wb.customXmlParts.filter((p) => p.xml.includes(FLAG_RECORD_NAMESPACE));
  expect(parts.length).toBeLessThanOrEqual(1);
  return parts[0] ? parseFlagRecordXml(parts[0].xml) : { kind: "none" };
}

async function validated(wb: StandInWorkbook, options: StandInOptions = {}) {
  const host = install(wb, options);
  const read = await host.read("workbook");
  return { host, read, result: checkWorkbook(read.snapshot) };
}

describe("Excel host: reading", () => {
  it.each(["s02", "s05", "s06"])("yields the same snapshot as the xlsx host for %s, in two syncs", async (prefix) => {
    const fromFile = await sampleSnapshot(prefix);
    const wb = StandInWorkbook.fromSnapshot(fromFile);
    const host = install(wb);
    const read = await host.read("workbook");
    expect(sorted(read.snapshot)).toEqual(sorted(fromFile));
    expect([read.syncs, wb.syncCount]).toEqual([2, 2]);
    expect(checkWorkbook(read.snapshot).findings).toEqual(checkWorkbook(fromFile).findings);
  });

  it("reads a literal table: values, formulas of formula cells, errors, percent and date formats, merges", async () => {
    const rows = selfEvaluationRows();
    rows[4][6] = { f: "E5/D5", v: 0.95, fmt: "0.00%" };
    rows[13][5] = { v: 45382, fmt: "yyyy/m/d" };
    rows[14][5] = { f: "1/0", v: { error: "#DIV/0!" } };
    rows[15][5] = "=不是公式";
    const snapshot = { sheets: [sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES)] };
    const read = await install(StandInWorkbook.fromSnapshot(snapshot)).read("workbook");
    expect(sorted(read.snapshot)).toEqual(sorted(snapshot));
    expect(new SheetGrid(read.snapshot.sheets[0]).text(13, 5)).toBe("2024年3月31日");
  });

  it("keeps a date cell's number format, so the engine reads the date and not its serial number", async () => {
    const rows = selfEvaluationRows();
    rows[13][4] = "2023年12月31日前";
    rows[13][5] = { v: 45382, fmt: "yyyy/m/d" }; // 2024-03-31, after the target, with full score
    const host = install(StandInWorkbook.fromSnapshot({ sheets: [sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES)] }));
    const { snapshot } = await host.read("workbook");
    expect(checkWorkbook(snapshot).findings.filter((f) => f.rule === "target-missed-full-score").map((f) => f.cell)).toEqual(["H14"]);
  });

  it("reads a 完成时限 date cell, as Excel returns it (a serial number in a date format), as a date", async () => {
    const rows = selfEvaluationRows();
    rows[13][3] = "完成时限";
    const wb = StandInWorkbook.fromSnapshot({ sheets: [sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES)] });
    // 2022-12-31 typed into a （2023年度） table: Excel keeps 44926 and the date format the person's entry chose.
    wb.sheets[0].cells.set("E14", { value: 44926, numberFormat: 'yyyy"年"m"月"d"日"' });
    const { snapshot } = await install(wb).read("workbook");
    expect(new SheetGrid(snapshot.sheets[0]).text(13, 4)).toBe("2022年12月31日");
    const timeliness = checkWorkbook(snapshot).findings.filter((f) => f.rule === "timeliness");
    expect(timeliness.map((f) => [f.cell, f.variant])).toEqual([["E14", "year"]]);
  });

  it("reads only the active sheet when asked, and never the previous version's record sheet", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(3));
    wb.sheets.push({ ...emptySheet(LEGACY_FLAG_SHEET), visibility: "VeryHidden" });
    wb.activeSheet = "表2";
    const host = install(wb);
    expect((await host.read("activeSheet")).snapshot.sheets.map((s) => s.name)).toEqual(["表2"]);
    expect((await host.read("workbook")).snapshot.sheets.map((s) => s.name)).toEqual(["表1", "表2", "表3"]);
  });

  it("reads 40 stacked tables on one sheet (560 merges) within 512 merged areas per call and the response cap", async () => {
    const one = sheetFromRows("汇总", selfEvaluationRows(), SELF_EVALUATION_MERGES);
    const height = 22;
    const stacked = {
      name: "汇总",
      cells: Array.from({ length: 40 }, (_, i) => one.cells.map((c) => ({ ...c, row: c.row + i * height }))).flat(),
      merges: Array.from({ length: 40 }, (_, i) => one.merges.map((m) => ({ ...m, top: m.top + i * height, bottom: m.bottom + i * height }))).flat(),
    };
    const wb = StandInWorkbook.fromSnapshot({ sheets: [stacked] });
    const read = await install(wb).read("workbook");
    expect(sorted(read.snapshot)).toEqual(sorted({ sheets: [stacked] }));
    expect(wb.maxMergedAreasPerCall).toBeLessThanOrEqual(512);
    expect(read.syncs).toBeLessThanOrEqual(4);
    expect(checkWorkbook(read.snapshot).tables.length).toBe(40);
  });

  it("splits a response still over the cap and retries, instead of failing the validation", async () => {
    const snapshot = tables(30);
    const wb = StandInWorkbook.fromSnapshot(snapshot);
    const read = await install(wb, { responseLimitBytes: 20_000 }).read("workbook");
    expect(sorted(read.snapshot)).toEqual(sorted(snapshot));
    expect(wb.maxResponseBytes).toBeGreaterThan(20_000); // the refused responses
    expect(read.syncs).toBeGreaterThan(2);
  });
});

describe("Excel host: writing totals", () => {
  it("writes computed totals, never over a formula, and text starting with = as text, in two syncs", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb);
    const sheet = wb.sheets[0];
    // Writes the engine would not plan, described as one it would.
    const why = { reason: "score-total", variant: "plain", params: { expected: 2, actual: 1 }, table: result.plan.values[0].table } as const;
    const plan: WritePlan = { flags: [], values: [...result.plan.values, { sheet: "表1", cell: "I20", value: "=1+1", previous: null, ...why }] };
    sheet.cells.set("I19", { value: 7, formula: "3+4" });
    const written = await host.writeValues({ ...plan, values: [...plan.values, { sheet: "表1", cell: "I19", value: 1, previous: 7, ...why }] });
    expect(sheet.cells.get("H19")?.value).toBe(99);
    expect(sheet.cells.get("I19")?.formula).toBe("3+4");
    expect(sheet.cells.get("I20")).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(written.changes.map((c) => c.cell)).toEqual(["H19", "I20"]);
    expect(written.syncs).toBe(2);
  });

  it("leaves formulas reading a written cell recalculated, as Excel does", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    wb.sheets[0].cells.set("J19", { value: 180, formula: "H19*2" });
    wb.sheets[0].cells.set("J20", { value: 370, formula: "SUM(G19:H19)+(J19-10)/1" });
    const { host, result } = await validated(wb);
    await host.writeValues(result.plan);
    expect(wb.sheets[0].cells.get("J19")?.value).toBe(198);
    expect(wb.sheets[0].cells.get("J20")?.value).toBe(100 + 99 + 188);
  });

  it("refuses the whole plan when a row was inserted since validation (StalePlan), writing nothing", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb);
    const sheet = wb.sheets[0];
    // A row inserted above the total: every cell from row 12 down moves one row down.
    sheet.cells = new Map([...sheet.cells].map(([address, c]) => {
      const row = Number(address.replace(/[A-Z]+/, ""));
      return [row >= 12 ? address.replace(/\d+$/, String(row + 1)) : address, c];
    }));
    const before = JSON.stringify([...sheet.cells]);
    const error = await host.writeValues(result.plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("StalePlan");
    expect((error as HostError).subjects).toEqual(["表1!H19"]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    await expect(host.flag(result.plan, "zh-CN")).rejects.toMatchObject({ code: "StalePlan" });
    expect(fillsAndNotes(wb)[0].fills).toEqual([]);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, read, result } = await validated(wb);
    expect(read.protectedSheets).toEqual([]);
    wb.sheets[0].protected = true;
    const before = fillsAndNotes(wb);
    await expect(host.flag(result.plan, "zh-CN")).rejects.toMatchObject({ code: "SheetProtected", subjects: ["表1"] });
    await expect(host.writeValues(result.plan)).rejects.toMatchObject({ code: "SheetProtected" });
    expect(fillsAndNotes(wb)).toEqual(before);
    expect(wb.sheets[0].cells.get("H19")?.value).toBe(90);
  });
});

describe("Excel host: flags", () => {
  it("flags with fills and notes, recorded in a custom XML part; clearing restores fills and notes exactly", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const sheet = wb.sheets[0];
    sheet.cells.set("H19", { ...(sheet.cells.get("H19") ?? { value: 90 }), fill: "#00FF00", fillPattern: "Gray25", patternColor: "#123456" });
    sheet.notes.set("B5", "用户自己的批注");
    const before = fillsAndNotes(wb);
    const { host, result } = await validated(wb);
    const plan: WritePlan = { values: [], flags: [...result.plan.flags, { ...result.plan.flags[0], cell: "B5", previous: "年度资金总额" }] };
    const flagged = await host.flag(plan, "zh-CN");
    expect(flagged.syncs).toBe(3);
    expect(sheet.cells.get("H19")?.fill).toBe(result.plan.flags[0].fill);
    expect(sheet.notes.get("H19")?.startsWith(NOTE_PREFIX)).toBe(true);
    expect(sheet.notes.get("B5")).toBe("用户自己的批注");
    expect(wb.sheet(LEGACY_FLAG_SHEET)).toBeUndefined();
    expect(recordOf(wb)).toMatchObject({ kind: "read", flags: [{ cell: "H19", originalFill: "#00FF00", originalPattern: "Gray25" }, { cell: "B5", noteAdded: false }] });
    const cleared = await host.clearFlags();
    expect(cleared).toEqual({ record: "read", restored: 2, keptUserChanges: 0, syncs: 4 });
    expect(fillsAndNotes(wb)).toEqual(before);
    expect(recordOf(wb)).toEqual({ kind: "read", flags: [] });
  });

  it("writes notes in the pane's language: English pane, English notes", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb);
    await host.flag(result.plan, "en-US");
    const flag = result.plan.flags[0];
    expect(wb.sheets[0].notes.get(flag.cell)).toBe(flagNote(flag, "en-US"));
    expect(flagNote(flag, "en-US")).toMatch(/[a-z]{3,}/);
    await host.clearFlags();
    expect(wb.sheets[0].notes.size).toBe(0);
  });

  it("flag → failed flag → flag → clear puts back byte-identical formats (never the flag colours as originals)", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const sheet = wb.sheets[0];
    sheet.cells.set("C12", { value: "数量指标", fill: "#ABCDEF" });
    const before = fillsAndNotes(wb);
    let failing = false;
    const options: StandInOptions = { beforeOperation: (name) => {
      if (failing && name === "setFill") throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
    } };
    const first = await validated(wb, options);
    const plan: WritePlan = { values: [], flags: [...first.result.plan.flags, { ...first.result.plan.flags[0], cell: "C12", previous: "数量指标" }] };
    await first.host.flag(plan, "zh-CN");
    failing = true;
    const error = await first.host.flag(plan, "zh-CN").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    failing = false;
    await first.host.flag(plan, "zh-CN");
    await first.host.clearFlags();
    expect(fillsAndNotes(wb)).toEqual(before);
  });

  it("re-flagging restores the old flags no longer wanted in the same batch, and records only the new ones", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb);
    const flagA = result.plan.flags[0];
    await host.flag({ values: [], flags: [flagA] }, "zh-CN");
    const flagB = { ...flagA, cell: "C12", previous: "数量指标" };
    wb.syncCount = 0;
    await host.flag({ values: [], flags: [flagB] }, "zh-CN");
    const sheet = wb.sheets[0];
    expect(sheet.cells.get(flagA.cell)?.fill).toBeUndefined();
    expect(sheet.notes.has(flagA.cell)).toBe(false);
    expect(sheet.cells.get("C12")?.fill).toBe(flagB.fill);
    expect(recordOf(wb)).toMatchObject({ kind: "read", flags: [{ cell: "C12" }] });
  });

  it("a failing re-flag leaves every changed cell recorded, so that clearing still restores them", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const before = fillsAndNotes(wb);
    let failing = false;
    const { host, result } = await validated(wb, { beforeOperation: (name) => {
      if (failing && name === "addNote") throw Object.assign(new Error("boom"), { code: "GeneralException" });
    } });
    const flagA = result.plan.flags[0];
    await host.flag({ values: [], flags: [flagA] }, "zh-CN");
    failing = true;
    const error = await host.flag({ values: [], flags: [{ ...flagA, cell: "C12", previous: "数量指标" }] }, "zh-CN").catch((e: unknown) => e);
    expect((error as HostWriteError).changedCells).toEqual(["表1!C12"]);
    failing = false;
    await host.clearFlags();
    expect(fillsAndNotes(wb)).toEqual(before);
  });

  it("clearing keeps a fill the user changed after flagging and a note the user added text to", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb);
    const plan: WritePlan = { values: [], flags: [...result.plan.flags, { ...result.plan.flags[0], cell: "C12", previous: "数量指标" }] };
    await host.flag(plan, "zh-CN");
    const sheet = wb.sheets[0];
    const [fillCell, noteCell] = plan.flags.map((f) => f.cell);
    editCell(sheet, fillCell, (c) => (c.fill = "#FFFF00"));
    sheet.notes.set(noteCell, `${sheet.notes.get(noteCell) ?? ""}\n已核实，属实。`);
    const cleared = await host.clearFlags();
    expect(cleared).toMatchObject({ record: "read", keptUserChanges: 2 });
    expect(sheet.cells.get(fillCell)?.fill).toBe("#FFFF00");
    expect(sheet.notes.get(noteCell)).toMatch(/已核实，属实。$/);
    expect(sheet.cells.get(noteCell)?.fill).toBeUndefined();
  });

  it("says so when the record was deleted: nothing restored, never reported as cleared", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb);
    await host.flag(result.plan, "zh-CN");
    const flagged = fillsAndNotes(wb);
    wb.customXmlParts = [];
    expect(await host.clearFlags()).toEqual({ record: "none", restored: 0, keptUserChanges: 0, syncs: 1 });
    expect(fillsAndNotes(wb)).toEqual(flagged);
    wb.customXmlParts = [{ id: "x", xml: `<flags xmlns="${FLAG_RECORD_NAMESPACE}"><flag sheet="表1"/></flags>` }];
    expect((await host.clearFlags()).record).toBe("damaged");
    expect((await host.read("workbook")).record).toBe("damaged");
    expect(fillsAndNotes(wb)).toEqual(flagged);
  });

  it("fills a flagged cell holding a threaded comment without a note, never failing the batch; clearing leaves the comment", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const sheet = wb.sheets[0];
    sheet.comments.set("H19", "总分请财务科再核一次");
    const before = fillsAndNotes(wb);
    const { host, result } = await validated(wb);
    const plan: WritePlan = { values: [], flags: [...result.plan.flags, { ...result.plan.flags[0], cell: "C12", previous: "数量指标" }] };
    const flagged = await host.flag(plan, "zh-CN");
    expect(flagged).toMatchObject({ flagged: 2, commented: 1, record: "none", syncs: 3 });
    expect(sheet.cells.get("H19")?.fill).toBe(plan.flags[0].fill);
    expect(sheet.notes.has("H19")).toBe(false);
    expect(sheet.notes.get("C12")?.startsWith(NOTE_PREFIX)).toBe(true);
    expect(recordOf(wb)).toMatchObject({ kind: "read", flags: [{ cell: "H19", noteAdded: false }, { cell: "C12", noteAdded: true }] });
    expect(await host.clearFlags()).toMatchObject({ record: "read", restored: 2, keptUserChanges: 0 });
    expect(fillsAndNotes(wb)).toEqual(before);
    expect([...sheet.comments]).toEqual([["H19", "总分请财务科再核一次"]]);
  });

  it("flagging over a damaged record replaces it and says so (the earlier flags' original fills are lost)", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    wb.customXmlParts = [{ id: "x", xml: `<flags xmlns="${FLAG_RECORD_NAMESPACE}"><flag sheet="表1"/></flags>` }];
    const { host, read, result } = await validated(wb);
    expect(read.record).toBe("damaged");
    expect(await host.flag(result.plan, "zh-CN")).toMatchObject({ record: "damaged", flagged: result.plan.flags.length });
    expect(recordOf(wb)).toMatchObject({ kind: "read", flags: result.plan.flags.map((f) => ({ cell: f.cell, originalFill: null })) });
    expect(await host.flag(result.plan, "zh-CN")).toMatchObject({ record: "read" });
  });

  it("flags and clears in a workbook whose structure is protected (no sheet to add)", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    wb.structureProtected = true;
    const before = fillsAndNotes(wb);
    const { host, result } = await validated(wb);
    await host.flag(result.plan, "zh-CN");
    expect(wb.sheets[0].cells.get("H19")?.fill).toBe(result.plan.flags[0].fill);
    expect(wb.sheets.map((s) => s.name)).toEqual(["表1"]);
    await host.clearFlags();
    expect(fillsAndNotes(wb)).toEqual(before);
  });

  it("runs again without mergeUndoGroup when Excel cannot undo part of the batch (UndoNotSupported)", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb, { undoUnsupported: ["setCustomXml"] });
    wb.runOptions = [];
    await host.flag(result.plan, "zh-CN");
    expect(wb.sheets[0].cells.get("H19")?.fill).toBe(result.plan.flags[0].fill);
    expect(wb.runOptions).toEqual([{}, { mergeUndoGroup: true }, {}]);
  });

  it("clears flags recorded by the previous version in its very hidden sheet, and empties that record", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const sheet = wb.sheets[0];
    editCell(sheet, "H19", (c) => (c.fill = "#FFC7CE"));
    sheet.notes.set("H19", `${NOTE_PREFIX}总分不等于各项得分之和`);
    editCell(sheet, "C12", (c) => (c.fill = "#FFEB9C"));
    const legacy = { ...emptySheet(LEGACY_FLAG_SHEET), visibility: "VeryHidden" as const };
    [["sheet", "cell", "originalFill", "noteAdded"], ["表1", "H19", "", 1], ["表1", "C12", "#00B0F0", 0]].forEach((row, r) =>
      row.forEach((v, c) => legacy.cells.set(`${"ABCD"[c]}${r + 1}`, { value: v })));
    wb.sheets.push(legacy);
    const host = install(wb);
    expect((await host.read("workbook")).flags.map((f) => f.cell)).toEqual(["H19", "C12"]);
    expect(await host.clearFlags()).toMatchObject({ record: "read", restored: 2 });
    expect(sheet.cells.get("H19")?.fill).toBeUndefined();
    expect(sheet.notes.size).toBe(0);
    expect(sheet.cells.get("C12")?.fill).toBe("#00B0F0");
    expect(legacy.cells.size).toBe(0);
  });

  it("flags with fill colour only where notes are not supported (Excel 2021 LTSC, ExcelApi 1.14)", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const { host, result } = await validated(wb, { maxApiMinor: 14 });
    expect(host.capabilities()).toEqual({ notes: false, undoGroup: false });
    await host.flag(result.plan, "zh-CN");
    expect(wb.sheets[0].notes.size).toBe(0);
    expect(wb.sheets[0].cells.get("H19")?.fill).toBeDefined();
    expect(wb.runOptions.every((o) => JSON.stringify(o) === "{}")).toBe(true);
  });

  it("tells the pane while Excel waits for cell editing to end, then goes on", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(1));
    const host = install(wb);
    const seen: boolean[] = [];
    host.watchCellEdit((waiting) => seen.push(waiting));
    let endEdit = () => undefined as void;
    wb.cellEditing = new Promise<void>((resolve) => (endEdit = resolve));
    const reading = host.read("workbook");
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([true]);
    wb.cellEditing = undefined;
    endEdit();
    expect((await reading).snapshot.sheets).toHaveLength(1);
    expect(seen).toEqual([true, false]);
  });

  it("selects a finding's cell on its sheet", async () => {
    const wb = StandInWorkbook.fromSnapshot(tables(2));
    const host = install(wb);
    await host.select("表2", "H19");
    expect(wb.activeSheet).toBe("表2");
    expect(wb.selection).toEqual({ sheet: "表2", address: "H19" });
  });
});

function editCell(sheet: StandInWorkbook["sheets"][number], address: string, edit: (c: NonNullable<ReturnType<typeof sheet.cells.get>>) => void): void {
  const cell = sheet.cells.get(address) ?? { value: null };
  edit(cell);
  sheet.cells.set(address, cell);
}

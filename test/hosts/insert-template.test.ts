import { checkWorkbook } from "../../src/core/engine";
import { buildTemplate, TEMPLATE_KINDS, TEMPLATES, type TemplateLayout, type TemplateValidation } from "../../src/core/templates";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { uniqueSheetName } from "../../src/hosts/excel/sheet-names";
import { columnWidthPoints } from "../../src/hosts/excel/write-layout";
import { HostWriteError, TemplateTargetNotEmptyError } from "../../src/hosts/host";
import { mergeArea, sheetFromRows, workbookFrom } from "../helpers/grid";
import { standInGlobals, StandInWorkbook, type StandInOptions, type StandInSheet } from "../stand-in/excel-stand-in";

const SCORING = TEMPLATES.scoring.title;
const SELF_EVALUATION = TEMPLATES["self-evaluation"].title;

function install(wb: StandInWorkbook, options: StandInOptions = {}): ExcelHost {
  const { Excel, Office } = standInGlobals(wb, options);
  Object.assign(globalThis, { Excel, Office });
  return new ExcelHost();
}

/** A workbook with one sheet, 数据, holding a value at A1 and B2. */
function workbook(...otherSheets: string[]): StandInWorkbook {
  const data = sheetFromRows("数据", [["年度", null], [null, 2024]]);
  return StandInWorkbook.fromSnapshot(workbookFrom(data, ...otherSheets.map((name) => sheetFromRows(name, [["旧表"]]))));
}

function sheetOf(wb: StandInWorkbook, name: string): StandInSheet {
  const sheet = wb.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Everything a test can see of a sheet, for comparing before and after. */
function stateOf(sheet: StandInSheet) {
  return JSON.stringify({ ...sheet, cells: [...sheet.cells], columnWidths: [...sheet.columnWidths], rowHeights: [...sheet.rowHeights], notes: [...sheet.notes] });
}

const bound = (b: number | string) => (typeof b === "number" ? b : `=${b}`);

/** The Office.js rule and alert a layout's validation becomes. */
function expectedRule(v: TemplateValidation) {
  if (v.type === "list") {
    return { rule: { list: { inCellDropDown: true, source: v.values.join(",") } }, errorAlert: { showAlert: false, style: "Stop", title: "", message: "" } };
  }
  const decimal = v.max === undefined
    ? { formula1: bound(v.min), operator: "GreaterThanOrEqualTo" }
    : { formula1: bound(v.min), formula2: bound(v.max), operator: "Between" };
  return { rule: { decimal }, errorAlert: { showAlert: true, style: "Stop", title: "输入有误", message: v.message } };
}

/** Asserts that `sheet` holds `layout` as written by the Excel host. */
function expectWritten(sheet: StandInSheet, layout: TemplateLayout): void {
  for (const c of layout.cells) {
    const cell = sheet.cells.get(c.address);
    if (c.formula !== undefined) expect([c.address, cell?.formula]).toEqual([c.address, c.formula]);
    else expect([c.address, cell?.value ?? null]).toEqual([c.address, c.value ?? null]);
    if (c.numFmt) expect(cell?.numberFormat).toBe(c.numFmt);
    expect(cell?.format?.font?.name).toBe(layout.font);
    if (c.style.bold) expect(cell?.format?.font?.bold).toBe(true);
    if (c.style.border) expect(cell?.format?.borders?.EdgeTop).toEqual({ style: "Continuous", weight: "Thin" });
    if (c.style.fill) expect(cell?.fill).toBe(`#${c.style.fill}`);
  }
  expect(sheet.merges).toEqual(layout.merges.map(mergeArea));
  // A merged area's style covers all of it: the border runs round the whole area.
  for (const ref of layout.merges) {
    const [from, to] = ref.split(":");
    if (!layout.cells.find((c) => c.address === from)?.style.border) continue;
    expect(Object.keys(sheet.cells.get(to)?.format?.borders ?? {})).toEqual(expect.arrayContaining(["EdgeBottom", "EdgeRight"]));
  }
  expect(sheet.validations).toEqual(layout.validations.map((v) => ({ ref: v.ref, ignoreBlanks: true, ...expectedRule(v) })));
  expect(sheet.conditionalFormats).toEqual(
    layout.conditionalFormats.map((h) => ({ ref: h.ref, type: "Custom", formula: `=${h.formula}`, fill: `#${h.fill}`, font: `#${h.font}` })),
  );
  for (const { col, width } of layout.columns) expect([col, sheet.columnWidths.get(col)]).toEqual([col, columnWidthPoints(width)]);
  for (const { row, height } of layout.rowHeights) expect(sheet.rowHeights.get(row)).toBe(height);
}

describe("Excel host: inserting a template on new sheets", () => {
  it.each(TEMPLATE_KINDS)("writes %s in two syncs: cells, styles, merges, sizes, validations, highlights, then selects the first input", async (kind) => {
    const wb = workbook();
    const host = install(wb);
    const inserted = await host.insertTemplate(kind, { target: "newSheet", rowsPerGroup: TEMPLATES[kind].freeRows ? 3 : undefined });
    expect([inserted.syncs, wb.syncCount]).toEqual([2, 2]);
    const layouts = buildTemplate(kind, { rowsPerGroup: TEMPLATES[kind].freeRows ? 3 : undefined });
    expect(inserted.tables).toEqual(layouts.map((l) => ({ sheet: l.sheetName, range: l.ref, newSheet: true })));
    expect(wb.sheets.map((s) => s.name)).toEqual(["数据", ...layouts.map((l) => l.sheetName)]);
    for (const layout of layouts) {
      const sheet = sheetOf(wb, layout.sheetName);
      expectWritten(sheet, layout);
      expect(sheet.pageLayout.orientation).toBe(layout.orientation === "landscape" ? "Landscape" : "Portrait");
    }
    const first = layouts.find((l) => l.cells.some((c) => c.input));
    const cell = first?.cells.find((c) => c.input)?.address;
    expect(inserted.selected).toEqual({ sheet: first?.sheetName, cell });
    expect([wb.activeSheet, wb.selection]).toEqual([first?.sheetName, { sheet: first?.sheetName, address: cell }]);
  });

  it("gives each sheet a name no sheet has yet: 项目支出绩效自评表(2), then (3)", async () => {
    const wb = workbook(SELF_EVALUATION);
    const host = install(wb);
    expect((await host.insertTemplate("self-evaluation", { target: "newSheet" })).tables[0].sheet).toBe(`${SELF_EVALUATION}(2)`);
    expect((await host.insertTemplate("self-evaluation", { target: "newSheet" })).tables[0].sheet).toBe(`${SELF_EVALUATION}(3)`);
    expect(wb.sheets.map((s) => s.name)).toEqual(["数据", SELF_EVALUATION, `${SELF_EVALUATION}(2)`, `${SELF_EVALUATION}(3)`]);
    expect(uniqueSheetName("Sheet", ["sheet", "SHEET(2)"])).toBe("Sheet(3)");
    expect(uniqueSheetName("长".repeat(31), ["长".repeat(31)])).toBe(`${"长".repeat(28)}(2)`);
  });

  it("writes the 结论一览表 after its 评分表, its formulas naming the 评分表's actual sheet", async () => {
    const wb = workbook(SCORING);
    const host = install(wb);
    const inserted = await host.insertTemplate("summary", { target: "newSheet" });
    expect(inserted.tables.map((t) => t.sheet)).toEqual([`${SCORING}(2)`, TEMPLATES.summary.title]);
    const summary = sheetOf(wb, TEMPLATES.summary.title);
    const formulas = [...summary.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.filter((f) => f.includes("!"))).not.toEqual([]);
    for (const f of formulas.filter((x) => x.includes("!"))) expect(f).toContain(`'${SCORING}(2)'!`);
    expect(formulas.join(" ")).not.toContain(`'${SCORING}'!`);
    // The person fills in the 评分表 first: that is where the selection goes.
    expect(inserted.selected.sheet).toBe(`${SCORING}(2)`);
  });

  it("is read back by the Excel host as the tables it is, for every kind", async () => {
    const wb = workbook();
    const host = install(wb);
    for (const kind of TEMPLATE_KINDS) await host.insertTemplate(kind, { target: "newSheet" });
    const check = checkWorkbook((await host.read("workbook")).snapshot);
    const kinds = check.tables.map((t) => t.kind).sort();
    expect(kinds).toEqual(["comparison", "scoring", "scoring", "self-evaluation", "summary", "target"]);
  });

  it("says which tables a failing write had queued", async () => {
    const wb = workbook();
    const host = install(wb, {
      beforeOperation: (name) => {
        if (name === "addConditionalFormat") throw new Error("GeneralException");
      },
    });
    const error = await host.insertTemplate("scoring", { target: "newSheet" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    expect((error as HostWriteError).changedCells).toEqual([`${SCORING}!${buildTemplate("scoring")[0].ref}`]);
  });

  it("fails with Excel's AccessDenied, for the pane to word, when the workbook's structure is protected", async () => {
    const wb = workbook();
    wb.structureProtected = true;
    const error = await install(wb).insertTemplate("scoring", { target: "newSheet" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    expect((error as HostWriteError).code).toBe("AccessDenied");
    expect(wb.sheets.map((s) => s.name)).toEqual(["数据"]);
  });
});

describe("Excel host: inserting a template at the selection", () => {
  it("moves every address, formula, validation bound and highlight to the selected cell, in two syncs", async () => {
    const wb = workbook();
    wb.selection = { sheet: "数据", address: "D5:E9" };
    const host = install(wb);
    const inserted = await host.insertTemplate("scoring", { target: "selection" });
    expect([inserted.syncs, wb.syncCount]).toEqual([2, 2]);
    const [layout] = buildTemplate("scoring");
    expect(inserted.tables).toEqual([{ sheet: "数据", range: "D5:J36", newSheet: false }]);
    const sheet = sheetOf(wb, "数据");
    expect(sheet.cells.get("D5")?.value).toBe(layout.title);
    expect(sheet.cells.get("G36")?.formula).toBe("SUM(G9:G35)");
    expect(sheet.merges[0]).toEqual(mergeArea("D5:J5"));
    expect(sheet.validations.find((v) => v.ref === "I9")?.rule).toEqual({ decimal: { formula1: 0, formula2: "=$G$9", operator: "Between" } });
    expect(sheet.conditionalFormats).toEqual([{ ref: "I9:I35", type: "Custom", formula: "=AND(ISNUMBER(I9),I9>G9)", fill: "#FFC7CE", font: "#9C0006" }]);
    expect(sheet.cells.get("A1")?.value).toBe("年度");
    expect(sheet.pageLayout).toEqual({});
    expect(wb.selection).toEqual({ sheet: "数据", address: "E6" });
    const check = checkWorkbook((await host.read("workbook")).snapshot);
    expect(check.tables.map((t) => [t.kind, t.sheet, t.range])).toEqual([["scoring", "数据", "D5:J36"]]);
  });

  it("widens the columns and rows it needs, never narrows them", async () => {
    const wb = workbook();
    wb.selection = { sheet: "数据", address: "C4" };
    const sheet = sheetOf(wb, "数据");
    sheet.columnWidths.set("C", 200);
    const host = install(wb);
    await host.insertTemplate("comparison", { target: "selection" });
    const [layout] = buildTemplate("comparison");
    expect(sheet.columnWidths.get("C")).toBe(200);
    expect(sheet.columnWidths.get("D")).toBe(columnWidthPoints(layout.columns[1].width));
    expect(sheet.rowHeights.get(4)).toBe(30);
  });

  it("refuses a selection where cells the template needs hold data, naming them, and writes nothing", async () => {
    const wb = workbook();
    wb.selection = { sheet: "数据", address: "A2" };
    const before = wb.sheets.map(stateOf);
    const host = install(wb);
    const error = await host.insertTemplate("self-evaluation", { target: "selection" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateTargetNotEmptyError);
    const refused = error as TemplateTargetNotEmptyError;
    expect([refused.sheet, refused.range, refused.occupied, refused.occupiedCount]).toEqual(["数据", "A2:I26", ["B2"], 1]);
    expect(wb.syncCount).toBe(1);
    expect(wb.sheets.map(stateOf)).toEqual(before);
  });

  it("refuses a protected sheet", async () => {
    const wb = workbook();
    wb.selection = { sheet: "数据", address: "K1" };
    sheetOf(wb, "数据").protected = true;
    const host = install(wb);
    await expect(host.insertTemplate("target", { target: "selection" })).rejects.toMatchObject({ code: "SheetProtected", subjects: ["数据"] });
    expect(wb.sheets.map((s) => s.name)).toEqual(["数据"]);
  });

  it("puts the 结论一览表 at the selection and its 评分表 on a new sheet", async () => {
    const wb = workbook();
    wb.selection = { sheet: "数据", address: "D1" };
    const host = install(wb);
    const inserted = await host.insertTemplate("summary", { target: "selection" });
    expect(inserted.tables).toEqual([
      { sheet: SCORING, range: buildTemplate("scoring")[0].ref, newSheet: true },
      { sheet: "数据", range: "D1:F9", newSheet: false },
    ]);
    const sheet = sheetOf(wb, "数据");
    expect(sheet.cells.get("E4")?.formula).toBe(`SUM('${SCORING}'!D5:D11)`);
    expect(sheet.conditionalFormats[0]).toMatchObject({ ref: "F4:F8", formula: "=AND(ISNUMBER(F4),F4>E4)" });
  });
});

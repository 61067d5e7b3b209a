import { readdirSync, readFileSync } from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/engine";
import { builtInProfiles } from "../../src/core/profile";
import type { Flag } from "../../src/core/plan";
import { parseAddress, type WorkbookSnapshot } from "../../src/core/snapshot";
import { contentProblem, sizeProblem, WorkbookFileError, MAX_FILE_BYTES } from "../../src/hosts/xlsx/file-error";
import { unreadableReason } from "../../src/hosts/xlsx/file-error-words";
import { htmlReport } from "../../src/report/html";
import { strings } from "../../src/taskpane/strings";
import { siblingName } from "../../src/web/download";
import { displayValue, previewGrid } from "../../src/web/preview-grid";
import { filesReducer, initialFilesState, type CheckedFile, type FilesState } from "../../src/web/state/files-state";
import { outcomeOf } from "../../src/web/state/use-downloads";
import { patchWorkbook, readWorkbookSnapshot } from "../../src/web/xlsx-file";
import { SAMPLES, selfEvaluationWithoutTotal, sheetFromRows, workbookFrom, type LiteralCell } from "../helpers/grid";
import { BOOKKEEPING_PARTS, packageChanges, PARTS_EXCELJS_DROPPED, withParts, WORKSHEET_PART } from "./package-entries";

/** A 30 × 12 sheet whose cells hold their own address, with a title merged across A1:L1 and a label merged down C18:C22. */
function sheet() {
  const rows: LiteralCell[][] = Array.from({ length: 30 }, (_, r) =>
    Array.from({ length: 12 }, (_, c): LiteralCell => (r === 0 && c > 0) || (c === 2 && r > 17 && r < 22) ? null : `${String.fromCharCode(65 + c)}${r + 1}`),
  );
  rows[20][7] = 69;
  rows[20][8] = { v: 0.8619, fmt: "0.00%" };
  return sheetFromRows("抽查2", rows, ["A1:L1", "C18:C22"]);
}

const flag = (cell: string, severity: Flag["severity"]): Flag => ({ sheet: "抽查2", cell, severity, fill: "", findings: [], rules: [] });

describe("the preview grid", () => {
  it("shows 10 rows and 8 columns around the cell, with the cell 4 rows down and 3 columns in", () => {
    const grid = previewGrid(sheet(), "H21", [flag("H21", "error"), flag("E18", "info")]);
    expect(grid.columns.map((c) => c.name)).toEqual(["E", "F", "G", "H", "I", "J", "K", "L"]);
    expect(grid.rows.map((r) => r.row + 1)).toEqual([17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
    const anchor = grid.rows.flatMap((r) => r.cells).filter((c) => c.anchor);
    expect(anchor).toEqual([expect.objectContaining({ address: "H21", text: "69", numeric: true, flag: "error" })]);
    expect(grid.rows[1].cells.find((c) => c.address === "E18")?.flag).toBe("info");
    expect(grid.rows[4].cells.find((c) => c.address === "I21")?.text).toBe("86.19%");
    expect([grid.anchor, grid.anchorRow, grid.anchorCol]).toEqual(["H21", 20, 7]);
  });

  it("stops at the sheet's top-left corner, and draws a merged area once over its visible part", () => {
    const grid = previewGrid(sheet(), "B2");
    expect(grid.columns.map((c) => c.name)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    expect(grid.rows[0].cells).toEqual([expect.objectContaining({ address: "A1", text: "A1", colSpan: 8, rowSpan: 1 })]);
    expect(grid.rows[1].cells).toHaveLength(8);
  });

  it("gives a merged area's value to the part in view when its top-left cell is outside, and previews a range at its top-left", () => {
    const grid = previewGrid(sheet(), "C25:D26");
    expect(grid.rows[0].row + 1).toBe(21);
    const merged = grid.rows[0].cells.find((c) => c.col === 2);
    expect(merged).toEqual(expect.objectContaining({ address: "C18", text: "C18", rowSpan: 2, colSpan: 1, anchor: false }));
    expect(grid.rows[1].cells.some((c) => c.col === 2)).toBe(false);
    expect(grid.anchor).toBe("C25");
  });

  it("takes a merged area's top-left cell as the anchor when a cell inside it is asked for", () => {
    const grid = previewGrid(sheet(), "C20");
    expect(grid.anchor).toBe("C18");
    expect(grid.rows.flatMap((r) => r.cells).filter((c) => c.anchor)).toEqual([expect.objectContaining({ address: "C18", rowSpan: 5 })]);
  });

  it("moves back from the end of the sheet's data, to show more of the table than empty cells", () => {
    const small = sheetFromRows("小表", Array.from({ length: 12 }, (_, r) => Array.from({ length: 9 }, (_, c) => r * 10 + c)));
    const grid = previewGrid(small, "I12");
    expect(grid.rows.map((r) => r.row + 1)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(grid.columns.map((c) => c.name)).toEqual(["B", "C", "D", "E", "F", "G", "H", "I"]);
    expect(grid.rows[9].cells[7]).toEqual(expect.objectContaining({ address: "I12", anchor: true }));
  });

  it("shows values as text: numbers without float noise, percentages, booleans and errors", () => {
    expect(displayValue(0.1 + 0.2)).toBe("0.3");
    expect(displayValue(1, "0%")).toBe("100%");
    expect(displayValue(true)).toBe("TRUE");
    expect(displayValue({ error: "#REF!" })).toBe("#REF!");
    expect(displayValue(null)).toBe("");
  });
});

describe("the files on the page", () => {
  const checked = (id: number, snapshot: WorkbookSnapshot = { sheets: [] }): CheckedFile => ({
    id,
    name: `${id}.xlsx`,
    status: "checked",
    data: new Uint8Array(),
    snapshot,
    check: checkWorkbook(snapshot),
  });

  it("shows the first file of each batch, and keeps a file removed while it was read removed", () => {
    let state: FilesState = filesReducer(initialFilesState, { type: "add", files: [{ id: 1, name: "a.xlsx" }, { id: 2, name: "b.xlsx" }] });
    expect([state.selected, state.files.map((f) => f.status)]).toEqual([1, ["reading", "reading"]]);
    state = filesReducer(state, { type: "checked", file: checked(1) });
    state = filesReducer(state, { type: "remove", id: 2 });
    state = filesReducer(state, { type: "failed", id: 2, problem: { code: "empty" } });
    expect(state.files.map((f) => [f.id, f.status])).toEqual([[1, "checked"]]);
    state = filesReducer(state, { type: "add", files: [{ id: 3, name: "c.xlsx" }] });
    expect(state.selected).toBe(3);
  });

  it("shows the phase the check worker is in while a file is read, and forgets it once the file is checked", () => {
    let state: FilesState = filesReducer(initialFilesState, { type: "add", files: [{ id: 1, name: "a.xlsx" }] });
    state = filesReducer(state, { type: "progress", id: 1, progress: { phase: "reading" } });
    state = filesReducer(state, { type: "progress", id: 1, progress: { phase: "checking", sheets: 3 } });
    expect(state.files).toEqual([{ id: 1, name: "a.xlsx", status: "reading", progress: { phase: "checking", sheets: 3 } }]);
    state = filesReducer(state, { type: "checked", file: checked(1) });
    // A phase that arrives late changes nothing.
    expect(filesReducer(state, { type: "progress", id: 1, progress: { phase: "reading" } })).toBe(state);
    expect(state.files.map((f) => f.status)).toEqual(["checked"]);
  });

  it("shows the neighbour of the file removed, and nothing once all are gone", () => {
    let state: FilesState = filesReducer(initialFilesState, { type: "add", files: [1, 2, 3].map((id) => ({ id, name: `${id}` })) });
    state = filesReducer(state, { type: "select", id: 3 });
    state = filesReducer(state, { type: "remove", id: 3 });
    expect(state.selected).toBe(2);
    state = filesReducer(state, { type: "remove", id: 1 });
    expect(state.selected).toBe(2);
    state = filesReducer(state, { type: "remove", id: 2 });
    expect(state).toEqual({ files: [], selected: undefined });
  });

  it("replaces a checked file's results when it is checked again with another 口径, and leaves other files alone", () => {
    const snapshot = workbookFrom(selfEvaluationWithoutTotal());
    let state: FilesState = filesReducer(initialFilesState, { type: "add", files: [{ id: 1, name: "1.xlsx" }, { id: 2, name: "2.xlsx" }] });
    state = filesReducer(state, { type: "checked", file: checked(1, snapshot) });
    const hubei = checkWorkbook(snapshot, builtInProfiles.hubei);
    state = filesReducer(state, { type: "rechecked", id: 1, check: hubei });
    state = filesReducer(state, { type: "rechecked", id: 2, check: hubei });
    expect(state.files.map((f) => (f.status === "checked" ? f.check : f.status))).toEqual([hubei, "reading"]);
  });

  it("downloads a report that shows what the reader could not settle under its table, in the page's language", () => {
    const outcome = outcomeOf(checked(1, workbookFrom(selfEvaluationWithoutTotal())), "zh-CN");
    if (!outcome) throw new Error("a checked file has an outcome");
    expect(htmlReport([outcome], "zh-CN")).toContain('<ul class="notes"><li>没有总分或合计行</li></ul>');
    expect(htmlReport([outcome], "en-US")).toContain("<li>No total row (总分/合计)</li>");
  });
});

describe("the .xlsx chunk the page loads with the first file", () => {
  const sample = (prefix: string) => {
    const name = readdirSync(SAMPLES).find((f) => f.startsWith(prefix) && f.endsWith(".xlsx"));
    if (!name) throw new Error(`no ${prefix} sample in ${SAMPLES}`);
    return { name, bytes: new Uint8Array(readFileSync(path.join(SAMPLES, name))) };
  };

  it("reads a file and checks it: the s08 sample's 11 tables and its planted total", () => {
    const { name, bytes } = sample("s08");
    const check = checkWorkbook(readWorkbookSnapshot(name, bytes));
    expect(check.tables).toHaveLength(11);
    expect(check.findings).toContainEqual(expect.objectContaining({ rule: "score-total", sheet: "抽查2.残疾人儿童康复训练补助", cell: "H21" }));
  });

  it.each(["s08", "s09"])("patches the annotated copy of %s: the plan written, every part it does not touch kept byte for byte", (prefix) => {
    const { name, bytes } = sample(prefix);
    const original = withParts(bytes, PARTS_EXCELJS_DROPPED);
    const snapshot = readWorkbookSnapshot(name, original);
    const check = checkWorkbook(snapshot);
    const copy = patchWorkbook(original, check.plan, "zh-CN");
    expect([copy.written, copy.skipped, copy.flagged]).toEqual([check.plan.values, [], check.plan.flags.length]);

    const changes = packageChanges(original, copy.data);
    expect(changes.missing).toEqual([]);
    expect(changes.changed.filter((n) => !WORKSHEET_PART.test(n) && !BOOKKEEPING_PARTS.includes(n))).toEqual([]);
    const touched = new Set([...check.plan.values, ...check.plan.flags].map((c) => c.sheet)).size;
    expect(changes.changed.filter((n) => WORKSHEET_PART.test(n))).toHaveLength(touched);
    expect(changes.kept.filter((n) => WORKSHEET_PART.test(n))).toHaveLength(snapshot.sheets.length - touched);
    expect(changes.kept).toEqual(expect.arrayContaining([...Object.keys(PARTS_EXCELJS_DROPPED), "xl/sharedStrings.xml", "xl/theme/theme1.xml", "docProps/core.xml"]));

    const reread = readWorkbookSnapshot(name, copy.data);
    for (const v of check.plan.values) {
      const at = parseAddress(v.cell);
      const cell = reread.sheets.find((s) => s.name === v.sheet)?.cells.find((c) => c.row === at?.row && c.col === at?.col);
      expect([v.sheet, v.cell, cell?.value]).toEqual([v.sheet, v.cell, v.value]);
    }
  });

  it("has no warning about parts the copy loses: it loses none", () => {
    for (const catalog of Object.values(strings)) expect(Object.keys(catalog).filter((key) => /lost/i.test(key))).toEqual([]);
  });

  it("gives a file it cannot read the command line's reason", () => {
    const truncated = sample("s08").bytes.subarray(0, 2000);
    expect(() => readWorkbookSnapshot("损坏.xlsx", truncated)).toThrow(WorkbookFileError);
    expect(() => readWorkbookSnapshot("损坏.xlsx", truncated)).toThrow("损坏.xlsx: corrupt: ");
  });
});

describe("reasons a file cannot be read, shared with the command line", () => {
  it("names empty, old or encrypted, and non-zip files, and files too big", () => {
    expect(contentProblem(new Uint8Array())).toEqual({ code: "empty" });
    expect(contentProblem(Buffer.from("d0cf11e0a1b11ae1", "hex"))).toEqual({ code: "old-or-encrypted" });
    expect(contentProblem(Buffer.from("hello"))).toEqual({ code: "not-xlsx" });
    expect(contentProblem(Buffer.from("504b0304", "hex"))).toBeUndefined();
    expect(sizeProblem(MAX_FILE_BYTES)).toBeUndefined();
    expect(sizeProblem(MAX_FILE_BYTES + 3 * 1048576)).toEqual({ code: "too-large", megabytes: 203, limit: 200 });
  });

  it("says internal error for anything but a WorkbookFileError, in the language asked for", () => {
    expect(unreadableReason(new WorkbookFileError("a.xlsx", { code: "empty" }), "zh-CN")).toBe("空文件");
    expect(unreadableReason(new WorkbookFileError("a.xlsx", { code: "empty" }), "en-US")).toBe("empty file");
    expect(unreadableReason(new TypeError("boom"), "zh-CN")).toBe("内部错误：boom");
    expect(unreadableReason(new TypeError("boom"), "en-US")).toBe("internal error: boom");
  });

  it("words an unreadable file in the report in the page's language", () => {
    const failed = { id: 1, name: "旧表.xls", status: "failed" as const, problem: { code: "old-or-encrypted" as const } };
    expect(outcomeOf(failed, "zh-CN")).toEqual({ file: "旧表.xls", error: "旧版 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx 并取消密码" });
    expect(outcomeOf(failed, "en-US")?.error).toBe("old .xls or password-protected workbook: save it as .xlsx without a password in Excel or WPS");
  });

  it("names downloads beside the original", () => {
    expect(siblingName("s08.xlsx", "标注", "xlsx")).toBe("s08.标注.xlsx");
    expect(siblingName("报表.XLSX", "报告", "html")).toBe("报表.报告.html");
    expect(siblingName("notes", "report", "html")).toBe("notes.report.html");
  });
});

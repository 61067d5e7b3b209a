import path from "node:path";
import type { Cell, CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { parseAddress } from "../../src/core/snapshot";

/** A literal cell: a plain value, or a formula with its cached result, a number format, or an error. */
export type LiteralCell = CellValue | undefined | { f: string; v: CellValue; fmt?: string } | { v: CellValue; fmt: string };

/**
 * A sheet snapshot from literal rows (row 1 first, column A first) and merges in A1 notation ("A1:D1").
 * As Excel does, a merged area's value sits at its top-left cell only: write the others as null.
 */
export function sheetFromRows(name: string, rows: LiteralCell[][], merges: string[] = []): SheetSnapshot {
  const cells: Cell[] = [];
  rows.forEach((row, r) =>
    row.forEach((lit, c) => {
      if (lit === null || lit === undefined) return;
      if (typeof lit === "object" && "v" in lit) {
        const cell: Cell = { row: r, col: c, value: lit.v };
        if ("f" in lit) cell.formula = lit.f;
        if (lit.fmt) cell.numFmt = lit.fmt;
        cells.push(cell);
      } else cells.push({ row: r, col: c, value: lit });
    }),
  );
  return { name, cells, merges: merges.map(mergeArea) };
}

export function mergeArea(ref: string): MergedArea {
  const [a, b] = ref.split(":");
  const s = parseAddress(a);
  const e = parseAddress(b ?? a);
  if (!s || !e) throw new Error(`bad merge ${ref}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function workbookFrom(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export const SAMPLES = path.resolve(__dirname, "../../../shared/samples");

/** A sample workbook read as the command line reads it. */
export async function sampleSnapshot(prefix: string): Promise<WorkbookSnapshot> {
  // Loaded on use: jsdom tests import this file too, and have no TextDecoder for the reader.
  const { readdirSync, readFileSync } = await import("node:fs");
  const { readWorkbookSnapshot } = await import("../../src/hosts/xlsx/ooxml/read");
  const file = readdirSync(SAMPLES).find((f) => f.startsWith(prefix) && f.endsWith(".xlsx"));
  if (!file) throw new Error(`no sample ${prefix} in ${SAMPLES}`);
  return readWorkbookSnapshot(file, readFileSync(path.join(SAMPLES, file)));
}

/**
 * A standard 项目支出绩效自评表 (the layout of DOMAIN.md) as literal rows, for tests that change one thing in it.
 * Rows: 1 title, 2 year, 3 name, 4 header of funds, 5–8 funds, 9 goal header, 10 goal texts, 11 header, 12–19 indicators, 20 total.
 */
export function selfEvaluationRows(): LiteralCell[][] {
  return [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "老旧小区改造"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, 90, 10, { v: 0.9, fmt: "0.00%" }, 9],
    [null, "其中：当年财政拨款", 100, 100, 90, "—", null, "—"],
    [null, "上年结转资金", 0, 0, 0, "—", null, "—"],
    [null, "其他资金", 0, 0, 0, "—", null, "—"],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
    [null, "完成35栋楼的上下水改造", null, null, null, "完成35栋楼上下水改造并通过验收"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标", "数量指标", "涉及楼数", "35栋", "35栋", 10, 10, null],
    [null, null, "质量指标", "验收合格率", "≥95%", "100%", 10, 10, null],
    [null, null, "时效指标", "完成时间", "≤12月", "10月", 10, 10, null],
    [null, null, "成本指标", "全年总成本", "≤100万元", "90万元", 20, 20, null],
    [null, "效益指标", "社会效益指标", "居民生活改善", "显著改善", "显著改善", 15, 15, null],
    [null, null, "可持续影响指标", "设施使用年限", "≥10年", "10年", 15, 15, null],
    [null, "满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "95%", 10, 10, null],
    ["总分", null, null, null, null, null, 100, 99, null],
  ];
}

export const SELF_EVALUATION_MERGES = ["A1:I1", "A2:I2", "B3:I3", "A4:B4", "A5:A8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10", "A11:A18", "B12:B15", "B16:B17", "A19:F19"];

/** The standard 自评表 without its 总分 row: the reader notes that it has no total row. */
export function selfEvaluationWithoutTotal(name = "自评表"): SheetSnapshot {
  return sheetFromRows(name, selfEvaluationRows().slice(0, -1), SELF_EVALUATION_MERGES.filter((m) => m !== "A19:F19"));
}

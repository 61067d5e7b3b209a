import { cellAddress, rangeAddress } from "../snapshot";
import type { SheetContext } from "./catalog";
import { executionScoreFormula, gradeFormula, rateFormula, sumFormula } from "./formulas";
import { gradeRow, indicatorHeader, indicatorLines, totalRow, type IndicatorColumn } from "./indicator-body";
import type { TemplateLayout } from "./layout";
import { amountValidation, FORMATS, LayoutBuilder, STYLES, weightValidation } from "./layout-builder";
import { PROJECT_LEVEL_LISTS, projectLines } from "./project-indicators";

const COLUMNS: IndicatorColumn[] = [
  { header: "绩效指标", width: 10 },
  { role: "level1", header: "一级指标", width: 20 },
  { role: "level2", header: "二级指标", width: 16 },
  { role: "level3", header: "三级指标", width: 22 },
  { role: "target", header: "指标值", sub: "年度指标值", width: 16 },
  { role: "actual", header: "指标值", sub: "实际完成值", width: 16 },
  { role: "weight", header: "分值", width: 9 },
  { role: "score", header: "得分", width: 9 },
  { role: "reason", header: "偏差原因分析及改进措施", width: 26 },
];

const FUNDS_PARTS = [
  { part: "fiscal", label: "其中：当年财政拨款" },
  { part: "carryOver", label: "上年结转资金" },
  { part: "other", label: "其他资金" },
] as const;
const AMOUNT_COLUMNS = ["budgetInitial", "budgetAdjusted", "spent"] as const;
/** Columns of the funds block: amounts in C–E, then 分值 F, 执行率 G, 得分 H:I. */
const AMOUNTS_FROM = 2;
const WEIGHT = 5;
const RATE = 6;
const SCORE = 7;

/** 项目资金 block from `top`: its header, 年度资金总额 (SUMs, 执行率, 得分) and the three sources typed in. */
function fundsBlock(b: LayoutBuilder, top: number, ctx: SheetContext): { weight: string; score: string } {
  const totalRow = top + 1;
  const last = totalRow + FUNDS_PARTS.length;
  b.area(top, 0, last, 0, { value: "项目资金（万元）" }, STYLES.label);
  b.cell(top, 1, {}, STYLES.header);
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率"].forEach((text, i) => b.cell(top, AMOUNTS_FROM + i, { value: text }, STYLES.header));
  b.area(top, SCORE, top, SCORE + 1, { value: "得分" }, STYLES.header);

  b.cell(totalRow, 1, { value: "年度资金总额" }, STYLES.text);
  AMOUNT_COLUMNS.forEach((_, i) => {
    const c = AMOUNTS_FROM + i;
    b.cell(totalRow, c, { formula: sumFormula(rangeAddress(totalRow + 1, c, last, c)), numFmt: FORMATS.amount }, STYLES.number);
  });
  const weight = b.cell(totalRow, WEIGHT, { value: ctx.profile.weightNorm.execution }, STYLES.number);
  b.validate(weightValidation(weight));
  const rate = b.cell(totalRow, RATE, { formula: rateFormula(cellAddress(totalRow, AMOUNTS_FROM + 2), cellAddress(totalRow, AMOUNTS_FROM + 1)), numFmt: FORMATS.rate }, STYLES.number);
  const score = b.area(totalRow, SCORE, totalRow, SCORE + 1, { formula: executionScoreFormula(rate, weight, ctx.profile), numFmt: FORMATS.score }, STYLES.number);

  FUNDS_PARTS.forEach(({ part, label }, i) => {
    const row = totalRow + 1 + i;
    b.cell(row, 1, { value: label }, STYLES.text);
    AMOUNT_COLUMNS.forEach((column, j) => b.cell(row, AMOUNTS_FROM + j, { input: `${part}.${column}`, numFmt: FORMATS.amount }, STYLES.number));
    b.cell(row, WEIGHT, { value: "—" }, STYLES.number);
    b.cell(row, RATE, {}, STYLES.number);
    b.area(row, SCORE, row, SCORE + 1, { value: "—" }, STYLES.number);
  });
  b.validate(amountValidation(rangeAddress(totalRow + 1, AMOUNTS_FROM, last, AMOUNTS_FROM + 2)));
  return { weight, score };
}

/** 年度总体目标: 预期目标 and 实际完成情况 side by side, texts typed in below. */
function goalBlock(b: LayoutBuilder, top: number): void {
  b.area(top, 0, top + 1, 0, { value: "年度总体目标" }, STYLES.label);
  b.area(top, 1, top, 4, { value: "预期目标" }, STYLES.header);
  b.area(top, 5, top, 8, { value: "实际完成情况" }, STYLES.header);
  b.area(top + 1, 1, top + 1, 4, { input: "goalPlanned" }, STYLES.text);
  b.area(top + 1, 5, top + 1, 8, { input: "goalActual" }, STYLES.text);
  b.height(top + 1, 60);
}

/** 项目支出绩效自评表: project, funds with 执行率 and its 得分, overall goal, indicators, 总分 and 评价等级. */
export function selfEvaluationLayout(ctx: SheetContext): TemplateLayout {
  const b = new LayoutBuilder("self-evaluation", ctx.title, ctx.sheetName, COLUMNS.map((c) => c.width));
  b.titleRow();
  b.unitRow("单位：万元");
  b.cell(2, 0, { value: "项目名称" }, STYLES.label);
  b.area(2, 1, 2, 8, { input: "projectName" }, STYLES.text);
  b.cell(3, 0, { value: "主管部门" }, STYLES.label);
  b.area(3, 1, 3, 3, { input: "supervisingDepartment" }, STYLES.text);
  b.cell(3, 4, { value: "实施单位" }, STYLES.label);
  b.area(3, 5, 3, 8, { input: "implementingUnit" }, STYLES.text);
  const execution = fundsBlock(b, 4, ctx);
  goalBlock(b, 9);

  const lines = projectLines(ctx.rowsPerGroup);
  const headerRow = 11;
  const firstRow = indicatorHeader(b, headerRow, COLUMNS, headerRow + 1 + lines.length);
  const table = indicatorLines(b, firstRow, COLUMNS, lines, PROJECT_LEVEL_LISTS);
  const total = totalRow(b, table.lastRow + 1, table, "总分", { weight: [execution.weight], score: [execution.score] });
  gradeRow(b, table.lastRow + 2, "评价等级", total.labelEnd, gradeFormula(total.score, total.scores, ctx.profile));
  return b.layout();
}

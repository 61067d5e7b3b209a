import { rangeAddress } from "../snapshot";
import type { SheetContext } from "./catalog";
import { sumFormula } from "./formulas";
import { indicatorHeader, indicatorLines, type IndicatorColumn } from "./indicator-body";
import type { TemplateLayout } from "./layout";
import { amountValidation, FORMATS, LayoutBuilder, STYLES } from "./layout-builder";
import { PROJECT_LEVEL_LISTS, projectLines } from "./project-indicators";

const COLUMNS: IndicatorColumn[] = [
  { role: "level1", header: "绩效指标", sub: "一级指标", width: 12 },
  { role: "level2", header: "绩效指标", sub: "二级指标", width: 16 },
  { role: "level3", header: "绩效指标", sub: "三级指标", width: 20 },
  { role: "description", header: "绩效指标描述", width: 30 },
  { role: "target", header: "指标值", width: 16 },
  { role: "basis", header: "指标值确定依据", width: 20 },
];

const SPEND_PLAN_PERIODS = ["3月底", "6月底", "10月底", "12月底"];

/** 预算数 = 其中：财政资金 + 其他资金 (C), with 资金用途 typed in beside it. */
function budgetBlock(b: LayoutBuilder, top: number): void {
  b.area(top, 0, top + 2, 0, { value: "预算规模" }, STYLES.label);
  b.cell(top, 1, { value: "预算数" }, STYLES.label);
  b.cell(top, 2, { formula: sumFormula(rangeAddress(top + 1, 2, top + 2, 2)), numFmt: FORMATS.amount }, STYLES.number);
  b.cell(top + 1, 1, { value: "其中：财政资金" }, STYLES.label);
  b.cell(top + 1, 2, { input: "budgetFiscal", numFmt: FORMATS.amount }, STYLES.number);
  b.cell(top + 2, 1, { value: "其他资金" }, STYLES.label);
  b.cell(top + 2, 2, { input: "budgetOther", numFmt: FORMATS.amount }, STYLES.number);
  b.validate(amountValidation(rangeAddress(top + 1, 2, top + 2, 2)));
  b.area(top, 3, top + 2, 3, { value: "资金用途" }, STYLES.label);
  b.area(top, 4, top + 2, 5, { input: "fundUse" }, STYLES.text);
}

/** 资金支出计划: cumulative shares at the end of each period, typed in as percentages. */
function spendPlanBlock(b: LayoutBuilder, top: number): void {
  b.area(top, 0, top + 1, 0, { value: "资金支出计划（%）" }, STYLES.label);
  SPEND_PLAN_PERIODS.forEach((period, i) => {
    b.cell(top, 1 + i, { value: period }, STYLES.header);
    b.cell(top + 1, 1 + i, { input: "spendShare", numFmt: FORMATS.share }, STYLES.number);
  });
  const last = SPEND_PLAN_PERIODS.length;
  b.area(top, last + 1, top + 1, b.lastCol, {}, STYLES.text);
  b.validate({ ref: rangeAddress(top + 1, 1, top + 1, last), type: "decimal", min: 0, max: 1, message: "支出进度应在 0% 到 100% 之间" });
}

/** 项目绩效目标表: project, budget and its use, spending plan, 绩效目标, indicators with their values. */
export function targetLayout(ctx: SheetContext): TemplateLayout {
  const b = new LayoutBuilder("target", ctx.title, ctx.sheetName, COLUMNS.map((c) => c.width));
  b.titleRow();
  b.unitRow("单位：万元");
  b.cell(2, 0, { value: "项目编码" }, STYLES.label);
  b.area(2, 1, 2, 2, { input: "projectCode" }, STYLES.text);
  b.cell(2, 3, { value: "项目名称" }, STYLES.label);
  b.area(2, 4, 2, 5, { input: "projectName" }, STYLES.text);
  budgetBlock(b, 3);
  spendPlanBlock(b, 6);
  b.cell(8, 0, { value: "绩效目标" }, STYLES.label);
  b.area(8, 1, 8, b.lastCol, { input: "goal" }, STYLES.text);
  b.height(8, 45);
  const firstRow = indicatorHeader(b, 9, COLUMNS);
  indicatorLines(b, firstRow, COLUMNS, projectLines(ctx.rowsPerGroup), PROJECT_LEVEL_LISTS);
  return b.layout();
}

import type { SheetContext } from "./catalog";
import { indicatorHeader, indicatorLines, type IndicatorColumn } from "./indicator-body";
import type { TemplateLayout } from "./layout";
import { LayoutBuilder, STYLES } from "./layout-builder";
import { PROJECT_LEVEL_LISTS, projectLines } from "./project-indicators";

const COLUMNS: IndicatorColumn[] = [
  { role: "level1", header: "一级指标", width: 12 },
  { role: "level2", header: "二级指标", width: 16 },
  { role: "indicatorContent", header: "指标内容", width: 24 },
  { role: "planContent", header: "完成情况", sub: "计划内容", width: 36 },
  { role: "actualContent", header: "完成情况", sub: "实际完成情况", width: 36 },
];

/** 绩效目标完成情况对比表: the overall goal, then every indicator's plan beside what was done. */
export function comparisonLayout(ctx: SheetContext): TemplateLayout {
  const b = new LayoutBuilder("comparison", ctx.title, ctx.sheetName, COLUMNS.map((c) => c.width));
  b.titleRow();
  b.cell(1, 0, { value: "部门名称" }, STYLES.label);
  b.area(1, 1, 1, b.lastCol, { input: "departmentName" }, STYLES.text);
  const goalRow = indicatorHeader(b, 2, COLUMNS);
  b.area(goalRow, 0, goalRow, 2, { value: "年度总体目标" }, STYLES.label);
  b.cell(goalRow, 3, { input: "planContent" }, STYLES.text);
  b.cell(goalRow, 4, { input: "actualContent" }, STYLES.text);
  b.height(goalRow, 60);
  indicatorLines(b, goalRow + 1, COLUMNS, projectLines(ctx.rowsPerGroup), PROJECT_LEVEL_LISTS);
  return b.layout();
}

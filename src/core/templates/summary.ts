import { cellAddress, rangeAddress } from "../snapshot";
import type { SheetContext } from "./catalog";
import { gradeFormula, sheetRef, sumFormula } from "./formulas";
import { gradeRow, indicatorHeader, totalRow, type IndicatorColumn, type IndicatorTable } from "./indicator-body";
import type { TemplateLayout } from "./layout";
import { FORMATS, LayoutBuilder, OVER_WEIGHT, STYLES } from "./layout-builder";
import type { ScoringTable } from "./scoring";

const COLUMNS: IndicatorColumn[] = [
  { role: "evaluationContent", header: "评价内容", width: 20 },
  { role: "weight", header: "分值", width: 12 },
  { role: "score", header: "评价得分", width: 12 },
];

/**
 * 绩效评价结论一览表 on its own sheet: each 一级指标's 分值 and 评价得分 are SUMs over exactly its lines on the
 * scoring sheet, then 综合得分 and 绩效评定级别.
 */
export function summaryLayout(ctx: SheetContext, scoring: ScoringTable): TemplateLayout {
  const b = new LayoutBuilder("summary", ctx.title, ctx.sheetName, COLUMNS.map((c) => c.width));
  b.titleRow();
  b.unitRow("单位：分");
  const firstRow = indicatorHeader(b, 2, COLUMNS);
  const detail = (col: number, area: { firstRow: number; lastRow: number }) =>
    sumFormula(sheetRef(scoring.layout.sheetName, rangeAddress(area.firstRow, col, area.lastRow, col)));
  scoring.areas.forEach((area, i) => {
    const row = firstRow + i;
    b.cell(row, 0, { value: area.name }, STYLES.label);
    b.cell(row, 1, { formula: detail(scoring.weightCol, area) }, STYLES.number);
    b.cell(row, 2, { formula: detail(scoring.scoreCol, area), numFmt: FORMATS.score }, STYLES.number);
  });
  const table: IndicatorTable = { firstRow, lastRow: firstRow + scoring.areas.length - 1, col: { evaluationContent: 0, weight: 1, score: 2 } };
  const total = totalRow(b, table.lastRow + 1, table, "综合得分");
  const lines = { firstRow: scoring.areas[0].firstRow, lastRow: scoring.areas[scoring.areas.length - 1].lastRow };
  const detailScores = sheetRef(scoring.layout.sheetName, rangeAddress(lines.firstRow, scoring.scoreCol, lines.lastRow, scoring.scoreCol));
  gradeRow(b, table.lastRow + 2, "绩效评定级别", total.labelEnd, gradeFormula(total.score, detailScores, ctx.profile));
  const top = cellAddress(firstRow, 2);
  b.highlight({ ref: rangeAddress(firstRow, 2, table.lastRow + 1, 2), formula: `AND(ISNUMBER(${top}),${top}>${cellAddress(firstRow, 1)})`, ...OVER_WEIGHT });
  return b.layout();
}

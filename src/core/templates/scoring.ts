import { round } from "../findings";
import type { SheetContext } from "./catalog";
import { DEPARTMENT_FRAMEWORK, type FrameworkIndicator } from "./department-framework";
import { indicatorHeader, indicatorLines, totalRow, type IndicatorColumn, type IndicatorLine } from "./indicator-body";
import type { TemplateLayout } from "./layout";
import { LayoutBuilder, STYLES } from "./layout-builder";

const COLUMNS: IndicatorColumn[] = [
  { role: "level1", header: "绩效指标", sub: "一级指标", width: 14 },
  { role: "level2", header: "绩效指标", sub: "二级指标", width: 16 },
  { role: "level3", header: "绩效指标", sub: "三级指标", width: 22 },
  { role: "weight", header: "分值", width: 8 },
  { role: "description", header: "评分标准", width: 44 },
  { role: "score", header: "评价得分", width: 10 },
  { role: "reason", header: "扣分原因", width: 26 },
];
const WEIGHT_COL = COLUMNS.findIndex((c) => c.role === "weight");
const SCORE_COL = COLUMNS.findIndex((c) => c.role === "score");

/** A 一级指标's lines on the scoring sheet (0-based rows), for the summary to add up. */
export interface ScoringArea {
  name: string;
  firstRow: number;
  lastRow: number;
}

export interface ScoringTable {
  layout: TemplateLayout;
  areas: ScoringArea[];
  weightCol: number;
  scoreCol: number;
}

const weightOf = (indicators: FrameworkIndicator[]) => round(indicators.reduce((sum, i) => sum + i.weight, 0), 2);
/** `部门决策（10分）`: the weight written into the label, as the detail tables do. */
const weighted = (name: string, weight: number) => `${name}（${weight}分）`;

/** 部门整体支出绩效评价指标体系及评分表: the framework's three levels with weights, 得分 and 扣分原因 typed in, 合计. */
export function scoringTable(ctx: SheetContext): ScoringTable {
  const b = new LayoutBuilder("scoring", ctx.title, ctx.sheetName, COLUMNS.map((c) => c.width));
  b.titleRow();
  b.unitRow("单位：分", 4);
  b.cell(1, 0, { value: "部门名称" }, STYLES.label);
  b.area(1, 1, 1, 3, { input: "departmentName" }, STYLES.text);
  const firstRow = indicatorHeader(b, 2, COLUMNS);

  const lines: IndicatorLine[] = [];
  const areas: ScoringArea[] = [];
  for (const area of DEPARTMENT_FRAMEWORK) {
    const start = firstRow + lines.length;
    const areaLabel = weighted(area.name, weightOf(area.groups.flatMap((g) => g.indicators)));
    for (const group of area.groups) {
      const parents = [areaLabel, weighted(group.name, weightOf(group.indicators))];
      for (const i of group.indicators) lines.push({ parents, values: { level3: i.name, weight: i.weight, description: i.standard } });
    }
    areas.push({ name: area.name, firstRow: start, lastRow: firstRow + lines.length - 1 });
  }
  const table = indicatorLines(b, firstRow, COLUMNS, lines);
  totalRow(b, table.lastRow + 1, table, "合计");
  return { layout: b.layout(), areas, weightCol: WEIGHT_COL, scoreCol: SCORE_COL };
}

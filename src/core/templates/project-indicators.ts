import type { IndicatorLine } from "./indicator-body";

interface SecondLevel {
  name: string;
  /** Blank lines a template gives this 二级指标 unless the caller asks for another number. */
  rows: number;
  qualitative?: boolean;
}

/** 一级 → 二级 indicators of a project (产出 / 效益 / 满意度), as 绩效目标表, 自评表 and 对比表 list them. */
const PROJECT_INDICATORS: { name: string; children: SecondLevel[] }[] = [
  {
    name: "产出指标",
    children: [
      { name: "数量指标", rows: 2 },
      { name: "质量指标", rows: 1 },
      { name: "时效指标", rows: 1 },
      { name: "成本指标", rows: 1 },
    ],
  },
  {
    name: "效益指标",
    children: [
      { name: "经济效益指标", rows: 1 },
      { name: "社会效益指标", rows: 1, qualitative: true },
      { name: "生态效益指标", rows: 1 },
      { name: "可持续影响指标", rows: 1, qualitative: true },
    ],
  },
  { name: "满意度指标", children: [{ name: "服务对象满意度指标", rows: 1 }] },
];

/** Drop-down suggestions for the 一级 and 二级 columns. */
export const PROJECT_LEVEL_LISTS: string[][] = [
  PROJECT_INDICATORS.map((g) => g.name),
  PROJECT_INDICATORS.flatMap((g) => g.children.map((c) => c.name)),
];

/** Blank indicator lines: `rowsPerGroup` under every 二级指标, or each one's default (1–2). */
export function projectLines(rowsPerGroup?: number): IndicatorLine[] {
  return PROJECT_INDICATORS.flatMap((first) =>
    first.children.flatMap((second) =>
      Array.from({ length: rowsPerGroup ?? second.rows }, (): IndicatorLine => ({
        parents: [first.name, second.name],
        qualitative: second.qualitative,
      })),
    ),
  );
}

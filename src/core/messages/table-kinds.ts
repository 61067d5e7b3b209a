import type { TableKind } from "../model";
import type { Language } from "./index";

/** What each table kind is called, for every page and report that names one. */
const TABLE_KIND_NAMES: Record<Language, Record<TableKind, string>> = {
  "zh-CN": {
    "self-evaluation": "项目支出绩效自评表",
    target: "项目绩效目标表",
    scoring: "指标体系及评分表",
    summary: "绩效评价结论一览表",
    comparison: "绩效目标完成情况对比表",
    "budget-execution": "项目预算执行情况表",
    monitoring: "绩效运行监控表",
  },
  "en-US": {
    "self-evaluation": "Project self-evaluation table",
    target: "Project performance target table",
    scoring: "Indicator scoring table",
    summary: "Evaluation summary table",
    comparison: "Target vs. actual comparison table",
    "budget-execution": "Project budget execution table",
    monitoring: "Performance monitoring table",
  },
};

export function tableKindName(kind: TableKind, language: Language): string {
  return TABLE_KIND_NAMES[language][kind];
}

import type { Profile } from "../profile/schema";
import type { TemplateKind } from "./layout";

export const TEMPLATE_KINDS = ["self-evaluation", "target", "scoring", "summary", "comparison"] as const satisfies readonly TemplateKind[];

export interface TemplateInfo {
  /** The table's title, also the default sheet name. */
  title: string;
  /** Whether the indicator lines are blank ones whose number per 二级指标 the caller chooses (`rowsPerGroup`). */
  freeRows: boolean;
  /** The kind written with it (a 结论一览表 sums the scores of its 评分表). */
  writtenWith?: TemplateKind;
}

export const TEMPLATES: Record<TemplateKind, TemplateInfo> = {
  "self-evaluation": { title: "项目支出绩效自评表", freeRows: true },
  target: { title: "项目绩效目标表", freeRows: true },
  scoring: { title: "部门整体支出绩效评价指标体系及评分表", freeRows: false },
  summary: { title: "绩效评价结论一览表", freeRows: false, writtenWith: "scoring" },
  comparison: { title: "绩效目标完成情况对比表", freeRows: true },
};

export const MAX_ROWS_PER_GROUP = 20;

/** The title of the alert a refused entry shows (a 分值 above 100, a negative amount). */
export const VALIDATION_ERROR_TITLE = "输入有误";

export interface TemplateOptions {
  /** Blank indicator lines under every 二级指标 (1–20); default 1–2 each. Only for kinds with `freeRows`. */
  rowsPerGroup?: number;
  /** Where the 执行率 分值, its scoring rule and the grade bands come from; default the default profile. */
  profile?: Profile;
  /** Sheet names other than the titles, e.g. when a workbook already has a sheet of that name. */
  sheetNames?: Partial<Record<TemplateKind, string>>;
}

/** What one sheet's builder needs. */
export interface SheetContext {
  title: string;
  sheetName: string;
  profile: Profile;
  rowsPerGroup?: number;
}

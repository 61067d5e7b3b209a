import type { TableKind } from "../core/model";
import type { StringKey } from "./strings";

/** The catalog key of each table kind's display name (项目支出绩效自评表 …); the compiler checks that all six are named. */
export const TABLE_KIND_NAMES: Record<TableKind, StringKey> = {
  "self-evaluation": "kindSelfEvaluation",
  target: "kindTarget",
  scoring: "kindScoring",
  summary: "kindSummary",
  comparison: "kindComparison",
  "budget-execution": "kindBudgetExecution",
};

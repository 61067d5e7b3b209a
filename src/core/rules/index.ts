import type { Finding, RuleId } from "../findings";
import type { Table } from "../model";
import type { Profile } from "../profile/schema";
import { leafRows, type TableRule, type WorkbookRule, type WorkbookTables } from "./context";
import { deviationReason, indicatorValue, overshootReason, qualitativeBand, targetMissedFullScore, unitMismatch, vagueTarget } from "./indicators";
import { execRate, execScore, fundSum, spendPlan } from "./funds";
import { columnFormulas, executionRates, executionSums } from "./execution-table";
import { formulaError, formulaRange, hardcodedTotal, numberAsText } from "./mechanics";
import { deductionReason, grade, scoreRange, scoreSubtotal, scoreTotal, summaryAgainstDetail } from "./scores";
import { copiedActual, duplicateIndicator, missingCategory, timeliness } from "./structure";
import { declaredGroupCount, weightNorm, weightSum, weightTotal } from "./weights";

const TABLE_RULES: TableRule[] = [
  weightSum, weightTotal, scoreRange, scoreTotal, scoreSubtotal, grade, deductionReason,
  fundSum, columnFormulas, executionRates, executionSums, execRate, execScore, spendPlan,
  indicatorValue, targetMissedFullScore, overshootReason, qualitativeBand, deviationReason, unitMismatch, vagueTarget,
  duplicateIndicator, missingCategory, weightNorm, copiedActual, timeliness,
  formulaRange, formulaError, numberAsText,
];
const WORKBOOK_RULES: WorkbookRule[] = [summaryAgainstDetail, hardcodedTotal];

/** When a cell carries the first rule's finding, the second rule's finding there is the same root cause. */
const SUPERSEDES: [RuleId, RuleId[]][] = [
  ["formula-range", ["score-total", "weight-total", "rounding-drift", "fund-sum", "score-subtotal"]],
  ["score-range", ["qualitative-band", "target-missed-full-score"]],
  ["deviation-reason", ["deduction-reason"]],
  ["overshoot-reason", ["deduction-reason"]],
];

function oneFindingPerCause(findings: Finding[]): Finding[] {
  const at = new Set(findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}`));
  return findings.filter((f) => !SUPERSEDES.some(([rule, hidden]) => hidden.includes(f.rule) && at.has(`${rule}|${f.sheet}|${f.cell}`)));
}

/** Findings that rest on the weights being read right. */
const WEIGHT_RULES = new Set<RuleId>(["weight-sum", "weight-total", "weight-norm", "score-range", "deduction-reason"]);

/**
 * Honest uncertainty: when most parents disagree with their children (at least 3), the weights were not read in a
 * way the table's arithmetic supports. Their findings would be a flood of guesses: the table's notes say so instead.
 */
function withoutUnreadWeights(table: Table, findings: Finding[]): Finding[] {
  const failed = findings.filter((f) => f.rule === "weight-sum").length;
  if (failed >= 3 && failed * 2 > declaredGroupCount(table)) {
    table.notes.push({ code: "weights-inconsistent", params: { failed } });
    return findings.filter((f) => !WEIGHT_RULES.has(f.rule));
  }
  // Scores on another scale than the weights (0–100 per indicator against points): most rows "above" is a misreading.
  const above = findings.filter((f) => f.rule === "score-range" && f.detail === "above").length;
  const count = leafRows(table).filter((r) => r.score?.value !== undefined).length;
  if (above >= 3 && above * 2 > count) {
    table.notes.push({ code: "scores-above-weights", params: { above, count } });
    return findings.filter((f) => !WEIGHT_RULES.has(f.rule) && f.rule !== "score-total" && f.rule !== "score-subtotal");
  }
  return findings;
}

export function runRules(workbook: WorkbookTables, profile: Profile): Finding[] {
  const findings: Finding[] = [];
  for (const table of workbook.tables) {
    const grid = workbook.grids.get(table.sheet);
    if (!grid) continue;
    findings.push(...withoutUnreadWeights(table, TABLE_RULES.flatMap((rule) => rule({ table, grid, profile, workbook }))));
  }
  for (const rule of WORKBOOK_RULES) findings.push(...rule(workbook, profile));
  return oneFindingPerCause(findings);
}

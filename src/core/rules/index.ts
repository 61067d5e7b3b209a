import { finding, type Finding } from "../findings";
import type { Table } from "../model";
import { INDICATOR_TABLE_KINDS, isKindOf } from "../table-kinds";
import type { Profile } from "../profile/schema";
import { leafRows, type RuleContext, type WorkbookTables } from "./context";
import { RESTS_ON_WEIGHTS, RULES, SUPERSEDED_BY } from "./registry";
import type { RuleModule, RunnableRule } from "./rule";
import { declaredGroupCount } from "./weights";

/** When a cell carries a rule's finding, the findings there of the rules it supersedes are the same root cause. */
function oneFindingPerCause(findings: Finding[]): Finding[] {
  const at = new Set(findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}`));
  return findings.filter((f) => !(SUPERSEDED_BY.get(f.rule) ?? []).some((rule) => at.has(`${rule}|${f.sheet}|${f.cell}`)));
}

/**
 * Honest uncertainty: when most parents disagree with their children (at least 3), the weights were not read in a
 * way the table's arithmetic supports. Their findings would be a flood of guesses: the table's notes say so instead.
 */
function withoutUnreadWeights(table: Table, findings: Finding[]): Finding[] {
  const failed = findings.filter((f) => f.rule === "weight-sum").length;
  if (failed >= 3 && isKindOf(table, INDICATOR_TABLE_KINDS) && failed * 2 > declaredGroupCount(table)) {
    table.notes.push({ code: "weights-inconsistent", params: { failed } });
    return findings.filter((f) => !RESTS_ON_WEIGHTS.has(f.rule));
  }
  // Scores on another scale than the weights (0–100 per indicator against points): most rows "above" is a misreading.
  const above = findings.filter((f) => f.rule === "score-range" && f.variant === "above").length;
  const count = leafRows(table).filter((r) => r.score?.value !== undefined).length;
  if (above >= 3 && above * 2 > count) {
    table.notes.push({ code: "scores-above-weights", params: { above, count } });
    // The table's own sums of scores go too; a 结论一览表 row against its detail table compares scores with scores.
    return findings.filter((f) => !RESTS_ON_WEIGHTS.has(f.rule) && f.rule !== "score-total" && !(f.rule === "score-subtotal" && f.variant === "group"));
  }
  return findings;
}

/** The findings of one rule on one table: the module's reports, with the rule's id, severity and the table's place. */
function check(rule: Pick<RuleModule, "id" | "severity"> & RunnableRule, ctx: RuleContext): Finding[] {
  const { table } = ctx;
  const out: Finding[] = [];
  rule.checkTable(ctx, (variant, cell, params, extra) => {
    out.push(finding(rule, { sheet: table.sheet, cell, table: table.range }, variant, params, extra));
  });
  return out;
}

export function runRules(workbook: WorkbookTables, profile: Profile): Finding[] {
  const findings: Finding[] = [];
  for (const table of workbook.tables) {
    const grid = workbook.grids.get(table.sheet);
    if (!grid) continue;
    const ctx = { table, grid, profile, workbook };
    findings.push(...withoutUnreadWeights(table, RULES.flatMap((r) => check(r, ctx))));
  }
  return oneFindingPerCause(findings);
}

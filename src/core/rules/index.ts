import { finding, type Finding } from "../findings";
import type { Table, TableNote } from "../model";
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
 * way the table's arithmetic supports. Their findings would be a flood of guesses: a note for the table says so instead.
 */
function withoutUnreadWeights(table: Table, findings: Finding[]): { findings: Finding[]; note?: TableNote } {
  const failed = findings.filter((f) => f.rule === "weight-sum").length;
  if (failed >= 3 && isKindOf(table, INDICATOR_TABLE_KINDS) && failed * 2 > declaredGroupCount(table)) {
    return { findings: findings.filter((f) => !RESTS_ON_WEIGHTS.has(f.rule)), note: { code: "weights-inconsistent", params: { failed } } };
  }
  // Scores on another scale than the weights (0–100 per indicator against points): most rows "above" is a misreading.
  const above = findings.filter((f) => f.rule === "score-range" && f.variant === "above").length;
  const count = leafRows(table).filter((r) => r.score?.value !== undefined).length;
  if (above >= 3 && above * 2 > count) {
    return {
      // The table's own sums of scores go too; a 结论一览表 row against its detail table compares scores with scores.
      findings: findings.filter((f) => !RESTS_ON_WEIGHTS.has(f.rule) && f.rule !== "score-total" && !(f.rule === "score-subtotal" && f.variant === "group")),
      note: { code: "scores-above-weights", params: { above, count } },
    };
  }
  return { findings };
}

/** The findings of every rule on one table: the modules' reports, with the rule's id, severity and the table's place. */
function checkAll(ctx: RuleContext): Finding[] {
  const { table } = ctx;
  const out: Finding[] = [];
  for (const rule of RULES as readonly (Pick<RuleModule, "id" | "severity"> & RunnableRule)[]) {
    rule.checkTable(ctx, (variant, at, params, extra) => {
      out.push(finding(rule, { sheet: table.sheet, at, table: table.range }, variant, params, extra));
    });
  }
  return out;
}

/** What the rules found, and the notes for tables whose weights they could not read (a table has at most one). */
export interface RulesOutcome {
  findings: Finding[];
  notes: ReadonlyMap<Table, TableNote>;
}

export function runRules(workbook: WorkbookTables, profile: Profile): RulesOutcome {
  const findings: Finding[] = [];
  const notes = new Map<Table, TableNote>();
  for (const table of workbook.tables) {
    const grid = workbook.grids.get(table.sheet);
    if (!grid) continue;
    const ctx = { table, grid, profile, workbook };
    const checked = withoutUnreadWeights(table, checkAll(ctx));
    findings.push(...checked.findings);
    if (checked.note) notes.set(table, checked.note);
  }
  return { findings: oneFindingPerCause(findings), notes };
}

/** The tables with the notes the rules left for them after their own. */
export function withRuleNotes(tables: Table[], notes: RulesOutcome["notes"]): Table[] {
  return tables.map((t) => {
    const note = notes.get(t);
    return note ? { ...t, notes: [...t.notes, note] } : t;
  });
}

import { detectWorkbook } from "../../../src/core/detect";
import {
  budgetExecutionTableSchema, comparisonTableSchema, monitoringTableSchema, scoringTableSchema, selfEvaluationTableSchema,
  summaryTableSchema, targetTableSchema, type Table, type TableKind,
} from "../../../src/core/model";
import { defaultProfile } from "../../../src/core/profile";
import type { WorkbookTables } from "../../../src/core/rules/context";
import { defineRule } from "../../../src/core/rules/rule";
import { sampleSnapshot } from "../../helpers/grid";

const SAMPLES = Array.from({ length: 18 }, (_, i) => `s${String(i + 1).padStart(2, "0")}`);

async function sampleWorkbooks(): Promise<WorkbookTables[]> {
  return Promise.all(SAMPLES.map(async (prefix) => {
    const { grids, sheets } = detectWorkbook(await sampleSnapshot(prefix), defaultProfile);
    return { tables: sheets.flatMap((s) => s.tables), grids: new Map(grids.map((g) => [g.name, g])) };
  }));
}

/** Each kind's schema, strict: a table carries the parts of its kind and no other. */
const STRICT_SCHEMAS: Record<TableKind, { safeParse(t: Table): { success: boolean } }> = {
  "self-evaluation": selfEvaluationTableSchema.strict(),
  target: targetTableSchema.strict(),
  scoring: scoringTableSchema.strict(),
  summary: summaryTableSchema.strict(),
  comparison: comparisonTableSchema.strict(),
  "budget-execution": budgetExecutionTableSchema.strict(),
  monitoring: monitoringTableSchema.strict(),
};

describe("a table is one of its kinds", () => {
  it("every table of the samples holds the parts of its own kind and no other", async () => {
    const tables = (await sampleWorkbooks()).flatMap((w) => w.tables);
    for (const t of tables) expect([t.kind, t.range, STRICT_SCHEMAS[t.kind].safeParse(t).success]).toEqual([t.kind, t.range, true]);
    expect(new Set(tables.map((t) => t.kind)).size).toBeGreaterThanOrEqual(5);
  });

  it("a rule's check is given the tables of the kinds it applies to, and no other", async () => {
    const seen: TableKind[] = [];
    const probe = defineRule<{ seen: Record<string, never> }>()({
      id: "probe",
      severity: "info",
      appliesTo: ["comparison", "budget-execution"],
      writesFix: [],
      supersedes: [],
      restsOnWeights: false,
      check({ table }) {
        seen.push(table.kind);
      },
    });
    const workbooks = await sampleWorkbooks();
    let expected = 0;
    for (const workbook of workbooks) {
      for (const table of workbook.tables) {
        const grid = workbook.grids.get(table.sheet);
        if (!grid) continue;
        if (table.kind === "comparison" || table.kind === "budget-execution") expected++;
        probe.checkTable({ table, grid, profile: defaultProfile, workbook }, () => undefined);
      }
    }
    expect(expected).toBeGreaterThan(0);
    expect(seen).toHaveLength(expected);
    expect(seen.every((k) => k === "comparison" || k === "budget-execution")).toBe(true);
  });
});

import { z } from "zod";
import type { IndicatorTableKind, ProjectFormKind, TableKind } from "./table-kinds";

export { TABLE_KINDS, type TableKind } from "./table-kinds";

/**
 * A cell's place on the table's sheet (0-based). Its A1 address is built only where something shows or writes it
 * (a finding, a plan's entry: `addressOf`), never for every cell read.
 */
export const positionSchema = z.object({
  row: z.number().int(),
  col: z.number().int(),
});

/** A value with the position of the cell it came from. */
export const textCellSchema = positionSchema.extend({
  text: z.string(),
});
export type TextCell = z.infer<typeof textCellSchema>;

export const numberCellSchema = textCellSchema.extend({
  /** The number read; absent when the cell is empty or holds no number. */
  value: z.number().optional(),
  /** The number was typed as text (`"10 "`, `１０`, `10分`). */
  fromText: z.boolean(),
  formula: z.string().optional(),
  error: z.string().optional(),
  numFmt: z.string().optional(),
});
export type NumberCell = z.infer<typeof numberCellSchema>;

/** An indicator label (一级/二级/…), with a weight written into it (`部门履职（15分）`) when there is one. */
export const labelSchema = textCellSchema.extend({
  name: z.string(),
  declaredWeight: z.number().optional(),
  /** The declared weight is a percentage of the parent's (`（40%）`), not points. */
  weightPercent: z.boolean().optional(),
  /** Where the declared weight is written when not in the label: the level's own 分值 column. */
  weightCell: positionSchema.optional(),
});
export type Label = z.infer<typeof labelSchema>;

export const indicatorRowSchema = z.object({
  row: z.number().int(),
  /** Labels from 一级 down; merged parents are filled down so every row knows its ancestry. */
  levels: z.array(labelSchema.optional()),
  description: textCellSchema.optional(),
  target: textCellSchema.optional(),
  actual: textCellSchema.optional(),
  weight: numberCellSchema.optional(),
  score: numberCellSchema.optional(),
  /** The reason cell (the merged area's anchor), empty text when nothing is written. */
  reason: textCellSchema.optional(),
  /** Set when the row is a parent's own line (`产出指标 | | 50`): the level whose weight its 分值 declares. */
  parentLevel: z.number().int().optional(),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

export const totalRowSchema = z.object({
  row: z.number().int(),
  label: textCellSchema,
  weight: numberCellSchema.optional(),
  score: numberCellSchema.optional(),
});
export type TotalRow = z.infer<typeof totalRowSchema>;

export const fundsLineSchema = z.object({
  /** `source`: a line under the total that no word names (中央补助, 市级财政资金…). */
  role: z.enum(["total", "fiscal", "carryOver", "other", "source"]),
  label: textCellSchema,
  /** The breakdown the line belongs to when the total is broken down more than one way (按收入性质分 / 按支出性质分). */
  breakdown: z.number().int().optional(),
  budgetInitial: numberCellSchema.optional(),
  budgetAdjusted: numberCellSchema.optional(),
  spent: numberCellSchema.optional(),
  weight: numberCellSchema.optional(),
  executionRate: numberCellSchema.optional(),
  score: numberCellSchema.optional(),
});
export type FundsLine = z.infer<typeof fundsLineSchema>;

export const goalSchema = z.object({ planned: textCellSchema, actual: textCellSchema });

export const spendPlanSchema = z.object({
  label: textCellSchema,
  periods: z.array(z.object({ label: textCellSchema, share: numberCellSchema })),
});
export type SpendPlan = z.infer<typeof spendPlanSchema>;

export const budgetSchema = z.object({
  total: numberCellSchema,
  fiscal: numberCellSchema.optional(),
  other: numberCellSchema.optional(),
});

export const comparisonRowSchema = z.object({
  row: z.number().int(),
  name: textCellSchema.optional(),
  planned: textCellSchema,
  actual: textCellSchema,
});

/** A row of a 预算执行情况表: its label, whether it is a detail, a 小计 or a 合计, and its amounts by column. */
export const executionRowSchema = z.object({
  row: z.number().int(),
  label: textCellSchema.optional(),
  kind: z.enum(["detail", "subtotal", "total"]),
  /** Amount cells by 0-based column index. */
  amounts: z.record(z.string(), numberCellSchema),
});
export type ExecutionRow = z.infer<typeof executionRowSchema>;

/**
 * A formula printed with the table, over its columns (0-based indexes): `本年支出小计：8=9+11+13` under a numbering
 * row, `调整后预算数=年初预算+调整预算数` and `预算执行率(%)=预算执行数/调整后预算数×100` naming the headers.
 */
export const columnFormulaSchema = z.object({
  cell: positionSchema,
  text: z.string(),
  result: z.number().int(),
  /** Sum: result = Σ sign × term. Ratio: result = terms[0] / terms[1] (× 100% when `percent`). */
  op: z.enum(["sum", "ratio"]),
  terms: z.array(z.object({ column: z.number().int(), sign: z.union([z.literal(1), z.literal(-1)]) })),
  percent: z.boolean(),
});
export type ColumnFormula = z.infer<typeof columnFormulaSchema>;

/** Which columns of a 预算执行情况表 hold what: amounts to add up, the budget, the spending and the rate. */
export const executionColumnsSchema = z.object({
  amounts: z.array(z.number().int()),
  budget: z.number().int().optional(),
  spent: z.array(z.number().int()),
  rate: z.number().int().optional(),
  /** The rate column holds percentages as numbers (`预算执行率（%）`, `×100`). */
  ratePercent: z.boolean(),
});
export type ExecutionColumns = z.infer<typeof executionColumnsSchema>;

/** A note of one code: the cell or column it is about (A1 address or column letters), and the parameters it is worded from. */
const noteSchema = <C extends string, P extends z.ZodRawShape>(code: C, params: P) =>
  z.object({ code: z.literal(code), cell: z.string().optional(), params: z.object(params) });

/** What the reader or the check could not settle about a table, as a code with its typed parameters. */
export const tableNoteSchema = z.discriminatedUnion("code", [
  noteSchema("no-indicator-rows", {}),
  noteSchema("no-total-row", {}),
  /** A column read as weights by its numbers: they add up to the total (`value`) or to `value` parents' weights. */
  noteSchema("column-by-content", {
    column: z.string(), header: z.string(), role: z.literal("weight"), evidence: z.enum(["total", "parents"]), value: z.number(),
  }),
  noteSchema("relative-weights", { example: z.string() }),
  noteSchema("weights-inconsistent", { failed: z.number() }),
  noteSchema("scores-above-weights", { above: z.number(), count: z.number() }),
]);
export type TableNote = z.infer<typeof tableNoteSchema>;
export type NoteCode = TableNote["code"];

/** What every table has, whatever its kind: where it lies, its title and header, and what could not be read. */
const tableBaseSchema = z.object({
  sheet: z.string(),
  /** A1 range from the title row (or first header row) to the last row, across the header's columns. */
  range: z.string(),
  top: z.number().int(),
  bottom: z.number().int(),
  left: z.number().int(),
  right: z.number().int(),
  title: textCellSchema.optional(),
  /** Budget year from the title or a 年度 field (never from a project name). */
  year: z.number().int().optional(),
  /** Project or department name from the header block. */
  name: z.string().optional(),
  headerRow: z.number().int(),
  /** The 一级指标 (or first) header cell: where table-level findings point. */
  headerAnchor: positionSchema,
  /** What could not be read, and columns read by their content: shown with the table by every host and report. */
  notes: z.array(tableNoteSchema),
});

/** The 总分/合计 row and the grade, written under the table or on a result line above it. */
const declaredResultShape = {
  total: totalRowSchema.optional(),
  grade: textCellSchema.optional(),
};

/** A body of indicator rows under 一级/二级… labels, with their weights and scores. */
const indicatorBodyShape = {
  /** Weights are percentages of the parent written in the labels (children of each parent add up to 100%). */
  relativeWeights: z.boolean(),
  /** Number of indicator levels (一级…四级) the header has. */
  levelCount: z.number().int(),
  rows: z.array(indicatorRowSchema),
  ...declaredResultShape,
};

/** A project's header block above the table: the funds block, the 总体目标, the 预算数 and the 资金支出计划. */
const projectBlocksShape = {
  funds: z.array(fundsLineSchema),
  goal: goalSchema.optional(),
  budget: budgetSchema.optional(),
  spendPlan: spendPlanSchema.optional(),
};

export const selfEvaluationTableSchema = tableBaseSchema.extend({ kind: z.literal("self-evaluation"), ...indicatorBodyShape, ...projectBlocksShape });
export const targetTableSchema = tableBaseSchema.extend({ kind: z.literal("target"), ...indicatorBodyShape, ...projectBlocksShape });
/** A 绩效运行监控表: targets and the values reached midway. */
export const monitoringTableSchema = tableBaseSchema.extend({ kind: z.literal("monitoring"), ...indicatorBodyShape, ...projectBlocksShape });
export const scoringTableSchema = tableBaseSchema.extend({ kind: z.literal("scoring"), ...indicatorBodyShape });
/** A 结论一览表: the scores of a detail table by 一级指标. */
export const summaryTableSchema = tableBaseSchema.extend({ kind: z.literal("summary"), ...indicatorBodyShape });
/** Plans against results, row by row (计划内容 | 实际完成情况). */
export const comparisonTableSchema = tableBaseSchema.extend({
  kind: z.literal("comparison"),
  comparisonRows: z.array(comparisonRowSchema),
  ...declaredResultShape,
  ...projectBlocksShape,
});
/** A 预算执行情况表: rows of amounts, and the formulas printed with it. */
export const budgetExecutionTableSchema = tableBaseSchema.extend({
  kind: z.literal("budget-execution"),
  executionRows: z.array(executionRowSchema),
  columnFormulas: z.array(columnFormulaSchema),
  executionColumns: executionColumnsSchema,
});

export const tableSchema = z.discriminatedUnion("kind", [
  selfEvaluationTableSchema, targetTableSchema, scoringTableSchema, summaryTableSchema, comparisonTableSchema,
  budgetExecutionTableSchema, monitoringTableSchema,
]);
export type Table = z.infer<typeof tableSchema>;
/** The tables of the given kinds. */
export type TableOf<K extends TableKind> = Extract<Table, { kind: K }>;
export type IndicatorTable = TableOf<IndicatorTableKind>;
export type ProjectFormTable = TableOf<ProjectFormKind>;
export type ComparisonTable = TableOf<"comparison">;
export type BudgetExecutionTable = TableOf<"budget-execution">;

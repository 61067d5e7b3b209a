import type { Finding, ParamValue, Severity } from "./findings";
import type { TableKind } from "./model";
import type { CellValue } from "./snapshot";
import type { RuleModules } from "./rules/registry";
import type { RuleModule } from "./rules/rule";

type FixesOf<M> = M extends Pick<RuleModule<infer Id, infer V, TableKind, infer F>, "id" | "variants" | "writesFix">
  ? { [K in F]: { reason: Id; variant: K; params: V[K] } }[F]
  : never;

/** A fix the plan writes: the fixed finding's rule, variant and parameters. */
export type FixReason = FixesOf<RuleModules>;

/** A total the table left blank, which the plan fills in; a grade's parameter is the total score it is the grade of. */
export type EmptyTotalReason =
  | { reason: "empty-total"; variant: "totalScore" | "totalWeight" | "executionRate" | "executionScore"; params: Record<string, never> }
  | { reason: "empty-total"; variant: "grade"; params: { total: number } };

/**
 * Why a value is written: the rule whose fix it is, or "empty-total", with what the cell holds and how the value was
 * computed, as a change catalog words them (含义 and 原因 of a change list, see describeChange).
 */
export type WriteReason = FixReason | EmptyTotalReason;

/** A value the engine computed for a cell of a table's layout, and why. */
export type ValueWrite = WriteReason & {
  sheet: string;
  cell: string;
  value: ParamValue;
  previous: CellValue;
  /** The table the cell belongs to (the 表 of a change list). */
  table: { range: string; kind: TableKind; name?: string };
};

/**
 * What a flag's note says, as data: rendered in the language asked for when the note is written (flagNote, in the
 * messages folder).
 */
export interface FlagNoteContent {
  /** The findings at the cell still open, one line each. */
  findings: Finding[];
  /** The value written into the cell: the note says what changed above the findings. */
  written?: ValueWrite;
}

/** A flag as it reads once the plan's value is written into its cell. */
export interface CorrectedFlag extends FlagNoteContent {
  severity: Severity;
  fill: string;
  written: ValueWrite;
  /** Every finding at the cell is fixed by the value written: the cell is no longer filled as a problem. */
  corrected: boolean;
}

/** A flagged cell: filled by severity, with the messages as its note. */
export interface Flag extends FlagNoteContent {
  sheet: string;
  cell: string;
  severity: Severity;
  fill: string;
  rules: string[];
  /** How the flag reads when the plan's value for this cell is written: present only where a value fixes a finding of the cell. */
  afterWrite?: CorrectedFlag;
  /** The cell's value when validated: the Excel host refuses to flag a cell that holds something else now. */
  previous?: CellValue;
}

export interface WritePlan {
  values: ValueWrite[];
  flags: Flag[];
}

export const SEVERITY_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
/** A cell whose only problem the written value fixed: Excel's "Good" green, not a problem's colour. */
export const CORRECTED_FILL = "#C6EFCE";
/** A note added by this tool starts with this, so clearing removes only its own notes. */
export const NOTE_PREFIX = "【绩效表校验助手】";

/**
 * The plan's flags once some of its values are in the workbook (what the patcher wrote, or the cells a host wrote):
 * a written cell's flag reads as corrected. A flag whose value was not written keeps its problem's note and fill.
 */
export function flagsAfterWrite(plan: WritePlan, written: readonly { sheet: string; cell: string }[]): Flag[] {
  const done = new Set(written.map((w) => `${w.sheet}!${w.cell}`));
  const values = new Map(plan.values.map((v) => [`${v.sheet}!${v.cell}`, v.value]));
  return plan.flags.map(({ afterWrite, ...flag }) => {
    const at = `${flag.sheet}!${flag.cell}`;
    // The cell now holds the plan's value: what a host checks it still holds before flagging it.
    return afterWrite && done.has(at) ? { ...flag, ...afterWrite, previous: values.get(at) ?? flag.previous } : flag;
  });
}

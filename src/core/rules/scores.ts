import { compactText } from "../values/normalize";
import { round } from "../findings";
import type { IndicatorRow, IndicatorTable, Label, Table } from "../model";
import { positionKey, type Position } from "../snapshot";
import { isKindOf } from "../table-kinds";
import type { GradeBand, Profile } from "../profile/schema";
import { compareSum, type SumComparison } from "../tolerances";
import { executionLine, leafRows, type WorkbookTables } from "./context";
import { declaredRate, executionRate, executionScore } from "./funds";
import { sum } from "./weights";
import { addTo } from "../group";
import type { RelatedCell } from "./rule";

/** The kinds whose rows carry scores. */
export const SCORED_KINDS = ["self-evaluation", "scoring", "summary"] as const satisfies readonly Table["kind"][];

/** A score below 0 or above its weight. */
export function outOfRange(row: IndicatorRow, profile: Profile): boolean {
  const s = row.score?.value;
  const w = row.weight?.value;
  return s !== undefined && w !== undefined && (s < 0 || s - w > profile.tolerances.equal);
}

/**
 * The 执行率 得分 a 自评表's total includes: the one written, or, when its cell is left blank, the one the profile
 * gives (the value the write plan fills in), so that a blank there does not make the total look wrong.
 */
function executionPart(table: Table, profile: Profile): number {
  if (table.kind !== "self-evaluation") return 0;
  const line = executionLine(table);
  const written = line?.score?.value;
  if (written !== undefined || !line?.score || line.score.text) return written ?? 0;
  const weight = line.weight?.value;
  const rate = executionRate(line) ?? declaredRate(line)?.value;
  return weight === undefined || rate === undefined ? 0 : executionScore(rate, weight, profile);
}

/** Leaf scores plus, for a 自评表, the 执行率 得分; undefined when a leaf has no readable score. */
export function tableScore(table: Table, profile: Profile): number | undefined {
  const leaves = leafRows(table);
  if (leaves.length === 0 || leaves.some((r) => r.score?.value === undefined)) return undefined;
  return sum([executionPart(table, profile), ...leaves.map((r) => r.score?.value ?? 0)]);
}

/** A declared sum against the sum of its parts, where it is written and what it rests on. */
export interface SumCheck {
  cell: Position;
  declared: number;
  computed: number;
  comparison: SumComparison;
  related: RelatedCell[];
}

/**
 * The declared total score of a scored table against its leaves (and 执行率 得分); undefined when it agrees, or when
 * it is off only because a leaf is out of range (it adds the leaf as written, or the leaf at its weight): one root
 * cause, the leaf's score-range, not also a wrong total.
 */
export function declaredScoreTotal(table: Table, profile: Profile): (SumCheck & { withExecution: boolean }) | undefined {
  const declared = isKindOf(table, SCORED_KINDS) ? table.total?.score : undefined;
  if (declared?.value === undefined) return undefined;
  const total = tableScore(table, profile);
  if (total === undefined) return undefined;
  const comparison = compareSum(declared.value, total, profile);
  if (comparison === "equal") return undefined;
  const over = leafRows(table).filter((r) => outOfRange(r, profile));
  if (over.length > 0) {
    const capped = round(total - sum(over.map((r) => (r.score?.value ?? 0) - Math.min(Math.max(r.score?.value ?? 0, 0), r.weight?.value ?? 0))), 6);
    if (comparison === "drift" || compareSum(declared.value, capped, profile) !== "off") return undefined;
  }
  const line = table.kind === "self-evaluation" ? executionLine(table) : undefined;
  const exec = line?.score?.value !== undefined || line?.weight?.value !== undefined ? line?.score : undefined;
  const related = [...(exec ? [exec] : []), ...leafRows(table).map((r) => r.score)];
  return { cell: declared, declared: declared.value, computed: total, comparison, related, withExecution: exec !== undefined };
}

/** A level and the label at it, as one number. */
const memberKey = (level: number, label: Label) => positionKey(label.row, label.col) * LEVEL_SLOTS + level;
const LEVEL_SLOTS = 8;

/** The rows that are not a group's own line, by each label they carry at each level, in order. */
function groupMembers(table: IndicatorTable): Map<number, IndicatorRow[]> {
  const members = new Map<number, IndicatorRow[]>();
  for (const r of table.rows) {
    if (r.parentLevel !== undefined) continue;
    for (let level = 0; level < r.levels.length; level++) {
      const label = r.levels[level];
      if (!label) continue;
      addTo(members, memberKey(level, label), r);
    }
  }
  return members;
}

/** A parent row's own score (`产出指标 | | 50 | 45`) against the scores of its rows, where they differ. */
export function groupScores(table: IndicatorTable, profile: Profile): (SumCheck & { name: string })[] {
  const out: (SumCheck & { name: string })[] = [];
  let members: Map<number, IndicatorRow[]> | undefined;
  for (const row of table.rows) {
    const level = row.parentLevel;
    const declared = row.score;
    if (level === undefined || declared?.value === undefined) continue;
    const label = row.levels[level];
    // The group's rows stand under its own line, or above it when the line is a 小计.
    const children = label
      ? (members ??= groupMembers(table)).get(memberKey(level, label)) ?? []
      : table.rows.filter((r) => r.parentLevel === undefined && r.levels[level] === undefined);
    if (children.length === 0 || children.some((r) => r.score?.value === undefined || outOfRange(r, profile))) continue;
    const total = sum(children.map((r) => r.score?.value ?? 0));
    const comparison = compareSum(declared.value, total, profile);
    if (comparison === "equal") continue;
    out.push({ name: label?.name ?? "", cell: declared, declared: declared.value, computed: total, comparison, related: children.map((r) => r.score) });
  }
  return out;
}

/** A 结论一览表's rows against the detail scoring table's groups of the same name, on any sheet, where they differ. */
export function summaryAgainstDetail(summary: Table, { tables }: WorkbookTables, profile: Profile): (SumCheck & { name: string; detailSheet: string })[] {
  const out: (SumCheck & { name: string; detailSheet: string })[] = [];
  if (summary.kind !== "summary") return out;
  const details = tables.filter((t) => t.kind === "scoring");
  for (const row of summary.rows) {
    const name = row.levels[0]?.name;
    const declared = row.score;
    if (!name || declared?.value === undefined) continue;
    for (const detail of details) {
      const members = leafRows(detail).filter((r) => r.levels[0]?.name === name);
      if (members.length === 0 || members.some((r) => r.score?.value === undefined || outOfRange(r, profile))) continue;
      const total = sum(members.map((r) => r.score?.value ?? 0));
      const comparison = compareSum(declared.value, total, profile);
      if (comparison !== "equal") {
        out.push({ name, detailSheet: detail.sheet, cell: declared, declared: declared.value, computed: total, comparison,
          related: members.map((r) => r.score && { sheet: detail.sheet, row: r.score.row, col: r.score.col }) });
      }
      break;
    }
  }
  return out;
}

/** The grade the profile gives a total score. */
export function gradeFor(total: number, profile: Profile): string {
  const band = [...profile.gradeBands].sort((a, b) => b.min - a.min).find((b) => total >= b.min - 1e-9);
  return (band ?? profile.gradeBands[profile.gradeBands.length - 1]).name;
}

/** Marks that tick a box: `☑优`, `良（√）`. */
const TICKS = "☑✓✔√■●◉▣☒✗✘×";
/** Empty boxes. */
const BOXES = "□☐○◯";

/**
 * The grade a cell declares: its text when it names a grade (`良好`), else the one grade ticked among boxes
 * (`☑优 □良 □中 □差`, `优（ ）、良（√）、中（ ）、差（ ）`); undefined when none or several are ticked.
 */
export function declaredGrade(text: string, profile: Profile): GradeBand | undefined {
  const written = compactText(text);
  const exact = profile.gradeBands.find((b) => b.name === written || b.aliases.includes(written));
  if (exact) return exact;
  const names = profile.gradeBands.flatMap((band) => [band.name, ...band.aliases].map((name) => ({ band, name })))
    .sort((a, b) => b.name.length - a.name.length);
  const ticked = new Set<GradeBand>();
  const taken: boolean[] = [];
  // Boxes stand either before their grades (`☑优 □良`) or after them (`优（ ）良（√）`): the text's first mark says which.
  const boxesFirst = TICKS.includes(written[0]) || BOXES.includes(written[0]);
  for (const { band, name } of names) {
    for (let i = written.indexOf(name); i >= 0; i = written.indexOf(name, i + 1)) {
      if (taken[i]) continue;
      for (let k = i; k < i + name.length; k++) taken[k] = true;
      const after = written.slice(i + name.length);
      const mark = boxesFirst ? written[i - 1] ?? "" : after[0] === "(" ? after[1] ?? "" : after[0] ?? "";
      if (TICKS.includes(mark)) ticked.add(band);
    }
  }
  return ticked.size === 1 ? [...ticked][0] : undefined;
}

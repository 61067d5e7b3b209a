import { compactText } from "../values/normalize";
import { finding, round, type Finding } from "../findings";
import type { IndicatorRow, Table } from "../model";
import type { GradeBand, Profile } from "../profile/schema";
import { compareSum } from "../tolerances";
import { executionLine, leafRows, rowName, where, type TableRule, type WorkbookRule } from "./context";
import { declaredRate, executionRate, executionScore } from "./funds";

const SCORED_KINDS = new Set<Table["kind"]>(["self-evaluation", "scoring", "summary"]);
const sum = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0), 6);

function outOfRange(row: IndicatorRow, profile: Profile): boolean {
  const s = row.score?.value;
  const w = row.weight?.value;
  return s !== undefined && w !== undefined && (s < 0 || s - w > profile.tolerances.equal);
}

function hasScores(table: Table): boolean {
  return leafRows(table).some((r) => r.score?.value !== undefined);
}

export const scoreRange: TableRule = ({ table, profile }) => {
  if (!SCORED_KINDS.has(table.kind) || !hasScores(table)) return [];
  const out: Finding[] = [];
  for (const row of leafRows(table)) {
    const s = row.score;
    const w = row.weight?.value;
    if (!s || s.error || w === undefined) continue;
    const at = where(table, s.cell);
    if (s.value === undefined) {
      out.push(finding("score-range", at, s.text ? "notNumber" : "empty", { name: rowName(row), weight: w, text: s.text }, { actual: s.text }));
    } else if (s.value < 0) {
      out.push(finding("score-range", at, "negative", { name: rowName(row), weight: w, actual: s.value }, { actual: s.value, expected: 0 }));
    } else if (outOfRange(row, profile)) {
      out.push(finding("score-range", at, "above", { name: rowName(row), weight: w, actual: s.value }, { actual: s.value, expected: w }));
    }
  }
  return out;
};

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

export const scoreTotal: TableRule = ({ table, profile }) => {
  const declared = table.total?.score;
  if (!SCORED_KINDS.has(table.kind) || declared?.value === undefined) return [];
  const total = tableScore(table, profile);
  if (total === undefined) return [];
  const cmp = compareSum(declared.value, total, profile);
  if (cmp === "equal") return [];
  // One root cause: a total that is off only because a leaf is out of range (it adds the leaf as written, or the
  // leaf at its weight) gets the leaf's score-range, not also a wrong total.
  const over = leafRows(table).filter((r) => outOfRange(r, profile));
  if (over.length > 0) {
    const capped = round(total - sum(over.map((r) => (r.score?.value ?? 0) - Math.min(Math.max(r.score?.value ?? 0, 0), r.weight?.value ?? 0))), 6);
    if (cmp === "drift" || compareSum(declared.value, capped, profile) !== "off") return [];
  }
  const line = table.kind === "self-evaluation" ? executionLine(table) : undefined;
  const exec = line?.score?.value !== undefined || line?.weight?.value !== undefined ? line?.score : undefined;
  const related = [...(exec ? [exec.cell] : []), ...leafRows(table).map((r) => r.score?.cell ?? "")];
  const params = { expected: total, actual: declared.value };
  if (cmp === "drift") return [finding("rounding-drift", where(table, declared.cell), "total", params, { ...params, related })];
  return [finding("score-total", where(table, declared.cell), exec ? "withExecution" : "plain", params,
    { ...params, related, fix: total })];
};

/** A parent row's own score (`产出指标 | | 50 | 45`) against the scores of its rows. */
export const scoreSubtotal: TableRule = ({ table, profile }) => {
  const out: Finding[] = [];
  table.rows.forEach((row) => {
    const level = row.parentLevel;
    const declared = row.score;
    if (level === undefined || declared?.value === undefined) return;
    const label = row.levels[level];
    // The group's rows stand under its own line, or above it when the line is a 小计.
    const children = table.rows.filter((r) => r.parentLevel === undefined && r.levels[level]?.cell === label?.cell);
    if (children.length === 0 || children.some((r) => r.score?.value === undefined || outOfRange(r, profile))) return;
    const total = sum(children.map((r) => r.score?.value ?? 0));
    const cmp = compareSum(declared.value, total, profile);
    if (cmp === "equal") return;
    const params = { name: label?.name ?? "", expected: total, actual: declared.value };
    const related = children.map((r) => r.score?.cell ?? "");
    out.push(cmp === "drift"
      ? finding("rounding-drift", where(table, declared.cell), "subtotal", params, { expected: total, actual: declared.value, related })
      : finding("score-subtotal", where(table, declared.cell), "group", params, { expected: total, actual: declared.value, related, fix: total }));
  });
  return out;
};

/** 结论一览表 rows against the detail scoring table's groups of the same name, on any sheet. */
export const summaryAgainstDetail: WorkbookRule = ({ tables }, profile) => {
  const out: Finding[] = [];
  const details = tables.filter((t) => t.kind === "scoring");
  for (const summary of tables.filter((t) => t.kind === "summary")) {
    for (const row of summary.rows) {
      const name = row.levels[0]?.name;
      const declared = row.score;
      if (!name || declared?.value === undefined) continue;
      for (const detail of details) {
        const members = leafRows(detail).filter((r) => r.levels[0]?.name === name);
        if (members.length === 0 || members.some((r) => r.score?.value === undefined || outOfRange(r, profile))) continue;
        const total = sum(members.map((r) => r.score?.value ?? 0));
        const cmp = compareSum(declared.value, total, profile);
        if (cmp === "equal") break;
        const params = { name, expected: total, actual: declared.value, detailSheet: detail.sheet };
        const related = members.map((r) => `${detail.sheet}!${r.score?.cell ?? ""}`);
        out.push(cmp === "drift"
          ? finding("rounding-drift", where(summary, declared.cell), "detail", params, { expected: total, actual: declared.value, related })
          : finding("score-subtotal", where(summary, declared.cell), "detail", params, { expected: total, actual: declared.value, related, fix: total }));
        break;
      }
    }
  }
  return out;
};

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

export const grade: TableRule = ({ table, profile }) => {
  const g = table.grade;
  if (!g) return [];
  const total = table.total?.score?.value ?? tableScore(table, profile);
  if (total === undefined) return [];
  const writtenBand = declaredGrade(g.text, profile);
  const expected = gradeFor(total, profile);
  if (!writtenBand || writtenBand.name === expected) return [];
  const ticked = compactText(g.text) !== writtenBand.name && !writtenBand.aliases.includes(compactText(g.text));
  return [finding("grade", where(table, g.cell), "band", { total, expected, actual: ticked ? writtenBand.name : g.text },
    ticked ? { expected, actual: writtenBand.name } : { expected, actual: g.text, fix: expected })];
};

export const deductionReason: TableRule = ({ table, profile }) => {
  if (!SCORED_KINDS.has(table.kind)) return [];
  const out: Finding[] = [];
  for (const row of leafRows(table)) {
    const s = row.score?.value;
    const w = row.weight?.value;
    if (!row.reason || row.reason.text || s === undefined || w === undefined) continue;
    if (w - s <= profile.tolerances.equal) continue;
    out.push(finding("deduction-reason", where(table, row.reason.cell), "empty", { name: rowName(row), score: s, weight: w }));
  }
  return out;
};

import fc from "fast-check";
import { detectWorkbook } from "../../src/core/detect";
import { checkWorkbook } from "../../src/core/engine";
import type { Table } from "../../src/core/model";
import { defaultProfile } from "../../src/core/profile";
import { type Cell, type CellValue, columnName, parseAddress, type SheetSnapshot, type WorkbookSnapshot } from "../../src/core/snapshot";
import { compactText } from "../../src/core/values/normalize";
import { type LiteralCell, selfEvaluationRows, SELF_EVALUATION_MERGES, sampleSnapshot, sheetFromRows } from "../helpers/grid";
import { fullWidthDigits, insertRows, mapText, permuteColumns, stack } from "../helpers/transform";
import { INDICATOR_TABLE_KINDS, isKindOf, PROJECT_FORM_KINDS } from "../../src/core/table-kinds";
import { declaredTotal } from "../../src/core/rules/context";

const text = (s: string | undefined) => (s === undefined ? null : compactText(s));

/** A table's content without cell addresses: what must survive any change of layout. */
function essence(t: Table) {
  const indicators = isKindOf(t, INDICATOR_TABLE_KINDS) ? t : undefined;
  const form = isKindOf(t, PROJECT_FORM_KINDS) ? t : undefined;
  const total = declaredTotal(t);
  return {
    kind: t.kind,
    year: t.year ?? null,
    levelCount: indicators?.levelCount ?? null,
    rows: (indicators?.rows ?? []).map((r) => ({
      levels: r.levels.map((l) => (l ? [l.name, l.declaredWeight ?? null] : null)),
      target: text(r.target?.text),
      actual: text(r.actual?.text),
      weight: r.weight?.value ?? null,
      score: r.score?.value ?? null,
      reason: text(r.reason?.text),
    })),
    total: [total?.weight?.value ?? null, total?.score?.value ?? null],
    funds: (form?.funds ?? []).map((l) => [l.role, l.budgetInitial?.value, l.budgetAdjusted?.value, l.spent?.value, l.weight?.value, l.executionRate?.value, l.score?.value]),
    goal: form?.goal ? [text(form.goal.planned.text), text(form.goal.actual.text)] : null,
    budget: form?.budget ? [form.budget.total.value, form.budget.fiscal?.value, form.budget.other?.value] : null,
    spendPlan: form?.spendPlan?.periods.map((p) => p.share.value) ?? null,
    comparison: (t.kind === "comparison" ? t.comparisonRows : []).map((r) => [text(r.planned.text), text(r.actual.text)]),
  };
}

const essences = (sheet: SheetSnapshot) => detectWorkbook({ sheets: [sheet] }, defaultProfile).sheets[0].tables.map(essence);

const synonymGroups = Object.values(defaultProfile.synonyms.columns).filter((words) => words.length > 1);
const synonymIndex = new Map<string, string[]>();
for (const words of synonymGroups) for (const w of words) synonymIndex.set(compactText(w), words);

/** Replaces every header word with another synonym of the same column, chosen by `pick`. */
function swapSynonyms(sheet: SheetSnapshot, pick: (n: number) => number): SheetSnapshot {
  return mapText(sheet, (s) => {
    const words = synonymIndex.get(compactText(s));
    return words ? words[pick(words.length)] : s;
  });
}

/** Breaks header words with line feeds and spaces at the positions `pick` chooses. */
function breakHeaders(sheet: SheetSnapshot, pick: (n: number) => number): SheetSnapshot {
  return mapText(sheet, (s) => {
    if (!synonymIndex.has(compactText(s)) || s.length < 2) return s;
    const at = 1 + pick(s.length - 1);
    return `${s.slice(0, at)}${pick(2) ? "\n" : " "}${s.slice(at)}`;
  });
}

// A picker driven by a fast-check seed, so shrinking and replay work.
const picker = (seed: number) => {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % n;
  };
};

let bases: [string, SheetSnapshot][] = [];
beforeAll(async () => {
  const [s02, s03, s05, s06] = await Promise.all(["s02", "s03", "s05", "s06"].map(sampleSnapshot));
  bases = [
    ["standard 自评表", sheetFromRows("表", selfEvaluationRows(), SELF_EVALUATION_MERGES)],
    ["s02 scoring", s02.sheets[0]],
    ["s02 summary", s02.sheets[1]],
    ["s03 target", s03.sheets[0]],
    ["s05 自评表", s05.sheets[0]],
    ["s06 stacked 自评表", s06.sheets[0]],
  ];
});

describe("layout changes leave the models the same, up to cell addresses", () => {
  it("has a table in every base", () => {
    for (const [, sheet] of bases) expect(essences(sheet).length).toBeGreaterThan(0);
  });

  it("swapped header synonyms, line feeds in headers, full-width digits", () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(bases.length - 1), fc.boolean(), fc.boolean(), fc.boolean(), (seed, which, swap, breaks, wide) => {
        const [, base] = bases[which];
        const pick = picker(seed);
        let sheet = base;
        if (swap) sheet = swapSynonyms(sheet, pick);
        if (breaks) sheet = breakHeaders(sheet, pick);
        if (wide) sheet = mapText(sheet, fullWidthDigits);
        expect(essences(sheet)).toEqual(essences(base));
      }),
      { numRuns: 60 },
    );
  });

  it("blank, title and unit rows inserted above, and tables stacked with or without gaps", () => {
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.nat(3), fc.constantFrom(undefined, "单位：万元", "附件2"), fc.nat(3), (which, blank, title, gap) => {
        const [, base] = bases[which];
        const moved = insertRows(base, 0, blank + (title ? 1 : 0), title);
        expect(essences(moved)).toEqual(essences(base));
        expect(essences(stack(base, base, gap))).toEqual([...essences(base), ...essences(base)]);
      }),
      { numRuns: 30 },
    );
  });

  it("shuffled indicator columns", () => {
    const rows = selfEvaluationRows();
    const base = sheetFromRows("表", rows, SELF_EVALUATION_MERGES.map((m) => (m === "A19:F19" ? "A19:D19" : m)));
    const columns = [4, 5, 6, 7, 8];
    fc.assert(
      fc.property(fc.shuffledSubarray(columns, { minLength: 5, maxLength: 5 }), (order) => {
        const shuffled = permuteColumns(base, columns, order.map((c) => columns.indexOf(c)), 10);
        expect(essences(shuffled)).toEqual(essences(base));
      }),
      { numRuns: 40 },
    );
  });
});

/** The findings without their cells: rule, expected and actual, in a stable order. */
function findingsOf(sheet: SheetSnapshot, skipped: readonly string[] = []): string[] {
  return checkWorkbook({ sheets: [sheet] })
    .findings.filter((f) => !skipped.includes(f.rule))
    .map((f) => JSON.stringify([f.rule, f.expected ?? null, f.actual ?? null]))
    .sort();
}

function expectSameModel(variant: SheetSnapshot, base: SheetSnapshot): void {
  expect(essences(variant)).toEqual(essences(base));
  expect(findingsOf(variant)).toEqual(findingsOf(base));
}

function baseNamed(name: string): SheetSnapshot {
  const found = bases.find(([n]) => n === name);
  if (!found) throw new Error(`no base ${name}`);
  return found[1];
}

const SELF_EVALUATIONS = ["standard 自评表", "s05 自评表", "s06 stacked 自评表"];
const COLUMNS = defaultProfile.synonyms.columns;
const LEVEL_WORDS = [COLUMNS.level1, COLUMNS.level2, COLUMNS.level3, COLUMNS.level4];

/** The rows of one table: its header band, then its body down to the last row. */
interface Frame {
  top: number;
  headerEnd: number;
  bottom: number;
}

/** The tables of a sheet as the engine reads it, last first: editing one leaves the rows of those above in place. */
function frames(sheet: SheetSnapshot): Frame[] {
  return detectWorkbook({ sheets: [sheet] }, defaultProfile)
    .sheets[0].tables.map((t) => {
      const body = Math.min(...(isKindOf(t, INDICATOR_TABLE_KINDS) ? t.rows : []).map((r) => r.row), declaredTotal(t)?.row ?? t.bottom + 1);
      return { top: t.headerRow, headerEnd: body - 1, bottom: t.bottom };
    })
    .sort((a, b) => b.top - a.top);
}

/** A copy of `sheet` with `edit` applied to each of its tables (edits change the copy's cells and merges in place). */
function editTables(sheet: SheetSnapshot, edit: (copy: SheetSnapshot, frame: Frame) => void): SheetSnapshot {
  const copy = { ...sheet, cells: sheet.cells.map((c) => ({ ...c })), merges: sheet.merges.map((m) => ({ ...m })) };
  for (const frame of frames(sheet)) edit(copy, frame);
  return copy;
}

const within = (f: Frame, row: number) => row >= f.top && row <= f.bottom;
const cellAt = (s: SheetSnapshot, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);
const mergeOf = (s: SheetSnapshot, c: Cell) => s.merges.find((m) => m.top === c.row && m.left === c.col);

/** Writes a value, merged down to `bottom` and across to `right`. */
function put(s: SheetSnapshot, row: number, col: number, value: CellValue, bottom = row, right = col): void {
  s.cells = s.cells.filter((c) => c.row !== row || c.col !== col);
  s.cells.push({ row, col, value });
  if (bottom > row || right > col) s.merges.push({ top: row, left: col, bottom, right });
}

const A1_REFERENCE = /(\$?)([A-Z]{1,3})(\$?)(\d+)/g;

/** Moves the formulas' references with the cells they point at, as Excel does; `move` maps a 0-based position. */
function moveReferences(s: SheetSnapshot, move: (row: number, col: number) => [number, number]): void {
  for (const c of s.cells) {
    c.formula &&= c.formula.replace(A1_REFERENCE, (ref: string, colFixed: string, letters: string, rowFixed: string, digits: string) => {
      const at = parseAddress(letters + digits);
      if (!at) return ref;
      const [row, col] = move(at.row, at.col);
      return `${colFixed}${columnName(col)}${rowFixed}${row + 1}`;
    });
  }
}

/** Inserts rows as Excel does: merges that span the insertion grow. */
function insertRowsAt(s: SheetSnapshot, at: number, count: number): void {
  moveReferences(s, (row, col) => [row >= at ? row + count : row, col]);
  for (const c of s.cells) if (c.row >= at) c.row += count;
  for (const m of s.merges) {
    if (m.top >= at) m.top += count;
    if (m.bottom >= at) m.bottom += count;
  }
}

/** Inserts a column before `at` across one table's rows, as Excel does: merges that span it widen. */
function insertColumn(s: SheetSnapshot, at: number, f: Frame): void {
  moveReferences(s, (row, col) => [row, within(f, row) && col >= at ? col + 1 : col]);
  for (const c of s.cells) if (within(f, c.row) && c.col >= at) c.col++;
  for (const m of s.merges) {
    if (!within(f, m.top)) continue;
    if (m.left >= at) m.left++;
    if (m.right >= at) m.right++;
  }
}

/** Deletes column `at` across one table's rows: a merge over it narrows and keeps its value. */
function deleteColumn(s: SheetSnapshot, at: number, f: Frame): void {
  moveReferences(s, (row, col) => [row, within(f, row) && col > at ? col - 1 : col]);
  const keeps = (c: Cell) => (mergeOf(s, c)?.right ?? at) > at;
  s.cells = s.cells.filter((c) => !within(f, c.row) || c.col !== at || keeps(c));
  s.merges = s.merges.filter((m) => !within(f, m.top) || m.left !== at || m.right !== at);
  for (const c of s.cells) if (within(f, c.row) && c.col > at) c.col--;
  for (const m of s.merges) {
    if (!within(f, m.top)) continue;
    if (m.left > at) m.left--;
    if (m.right >= at) m.right--;
  }
}

/** The header cell (in the table's header band) that is one of `words`. */
function headerCell(s: SheetSnapshot, f: Frame, words: readonly string[]): Cell | undefined {
  const wanted = new Set(words.map(compactText));
  return s.cells.find((c) => c.row >= f.top && c.row <= f.headerEnd && typeof c.value === "string" && wanted.has(compactText(c.value)));
}

/** A header for an inserted column: down the band, or in its last row where a band cell spans the column. */
function putHeader(s: SheetSnapshot, f: Frame, col: number, word: string): void {
  const spanned = s.merges.some((m) => m.top === f.top && m.left < col && m.right >= col);
  put(s, spanned ? f.headerEnd : f.top, col, word, f.headerEnd);
}

/** Moves a cell up to `row`, merged down to where it ended. */
function raise(s: SheetSnapshot, c: Cell, row: number): void {
  const m = mergeOf(s, c);
  if (m) m.top = row;
  else s.merges.push({ top: row, left: c.col, bottom: c.row, right: c.col });
  c.row = row;
}

/**
 * A header band of up to three rows: a `绩效指标` row over the table's columns (`title`), and on a one-row header
 * `指标值` over 年度指标值 | 实际完成值 (`pair`) with every other header cell merged down across the band (a label
 * beside the block, `绩效指标` merged down its rows, included).
 */
function bandHeader(s: SheetSnapshot, f: Frame, title: boolean, pair: boolean): void {
  const target = headerCell(s, f, COLUMNS.target)?.col;
  const actual = headerCell(s, f, COLUMNS.actual)?.col;
  const paired = pair && f.headerEnd === f.top && target !== undefined && actual === target + 1;
  const depth = Number(title) + Number(paired);
  if (depth === 0) return;
  const header = s.cells.filter((c) => c.row >= f.top && c.row <= f.headerEnd);
  const left = Math.min(...header.map((c) => c.col));
  const right = Math.max(...header.map((c) => mergeOf(s, c)?.right ?? c.col));
  insertRowsAt(s, f.top, depth);
  const bandTop = f.top + Number(title);
  if (paired) {
    for (const c of header) if (c.col !== target && c.col !== actual) raise(s, c, bandTop);
    put(s, bandTop, target, "指标值", bandTop, actual);
  }
  if (title) put(s, f.top, left, "绩效指标", f.top, right);
}

/** A weight written into a label: `部门决策 (10分)`, `部门履职\n（15分）`. */
const LABEL_WEIGHT = /^(.*?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[)）]\s*$/s;

/**
 * Moves parents' weights out of their labels into a weight column right of their level (一级 | 分值 | 二级 | 分值 | …),
 * merged down over the group as the label is. `moved[i]` says whether level i gets its column.
 */
function levelWeightColumns(s: SheetSnapshot, f: Frame, moved: boolean[], word: string): void {
  const levels = LEVEL_WORDS.flatMap((words) => headerCell(s, f, words)?.col ?? []);
  for (let i = levels.length - 2; i >= 0; i--) {
    const col = levels[i] + 1;
    const labels = s.cells.flatMap((c) => {
      const m = c.col === levels[i] && c.row > f.headerEnd && within(f, c.row) && typeof c.value === "string" ? LABEL_WEIGHT.exec(c.value) : null;
      return m ? [{ cell: c, name: m[1], weight: Number(m[2]) }] : [];
    });
    if (!moved[i] || labels.length === 0) continue;
    insertColumn(s, col, f);
    putHeader(s, f, col, word);
    for (const { cell, name, weight } of labels) {
      cell.value = name;
      put(s, cell.row, col, weight, mergeOf(s, cell)?.bottom ?? cell.row);
    }
  }
}

/** Adds `by` to the weight in the `n`th label that has one, so that the parent and its children disagree. */
function misweigh(sheet: SheetSnapshot, n: number, by: number): SheetSnapshot {
  let seen = 0;
  return mapText(sheet, (s) => {
    const m = LABEL_WEIGHT.exec(s);
    return m && seen++ === n ? `${m[1]}（${Number(m[2]) + by}分）` : s;
  });
}

/** A value written in one cell: operator, number, unit (`≥95%`, `35栋`, `≤12月`, `90`). */
interface Quantity {
  operator: string;
  number: string;
  unit: string;
}
const QUANTITY = /^([≥≤><=]?)(\d+(?:\.\d+)?)(\D*)$/;

function quantity(v: CellValue | undefined): Quantity | undefined {
  if (typeof v === "number") return { operator: "", number: String(v), unit: "" };
  const m = typeof v === "string" ? QUANTITY.exec(compactText(v)) : null;
  return m ? { operator: m[1], number: m[2], unit: m[3] } : undefined;
}

/** A number typed as a number where it reads back the same. */
const typed = (n: string): CellValue => (String(Number(n)) === n ? Number(n) : n);

/**
 * Operator and unit in their own columns (指标性质 | 指标值 | 计量单位): a target `≥95%` becomes `≥` | 95 | `%`, its
 * actual `97%` becomes 97 under the shared unit. Where the actual is a bare number the unit stays with the target: the
 * unit column would give it one.
 */
function splitOperatorAndUnit(s: SheetSnapshot, f: Frame, headers: [string, string], unitAfterActual: boolean): void {
  const target = headerCell(s, f, COLUMNS.target)?.col;
  const actual = headerCell(s, f, COLUMNS.actual)?.col;
  if (target === undefined) return;
  const split: { row: number; operator: string; unit: string }[] = [];
  for (const cell of s.cells.filter((c) => c.col === target && c.row > f.headerEnd && within(f, c.row))) {
    const q = typeof cell.value === "string" ? quantity(cell.value) : undefined;
    if (!q) continue;
    const actualCell = actual === undefined ? undefined : cellAt(s, cell.row, actual);
    const a = quantity(actualCell?.value);
    const unit = a && !a.operator && !a.unit ? "" : q.unit;
    cell.value = typed(unit ? q.number : q.number + q.unit);
    if (actualCell && a && unit && !a.operator && a.unit === unit) actualCell.value = typed(a.number);
    split.push({ row: cell.row, operator: q.operator, unit });
  }
  const unitCol = unitAfterActual && actual !== undefined && actual > target ? actual + 2 : target + 2;
  insertColumn(s, target, f);
  insertColumn(s, unitCol, f);
  putHeader(s, f, target, headers[0]);
  putHeader(s, f, unitCol, headers[1]);
  for (const { row, operator, unit } of split) {
    if (operator) put(s, row, target, operator);
    if (unit) put(s, row, unitCol, unit);
  }
}

/** Labels of the form and the funds block, which templates may end with a colon (`项目名称：`, `年度资金总额:`). */
const FORM_LABELS = new Set(
  ["项目名称", "项目编码", "主管部门", "实施单位", "项目负责人", "联系电话", "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "预算数", "其中：财政资金"].map(compactText),
);

/** Headers as templates word them beyond synonyms.columns: the engine reads them by the words they are built of. */
const REWORDINGS: Record<string, string[]> = {
  分值: ["指标分值(分)", "标准分值", "指标权重(分)", "分值（分）"],
  权重: ["指标权重(分)", "标准分值"],
  得分: ["自评得分(分)", "指标得分(分)", "评价得分=（专家1+专家2）/2"],
  自评得分: ["自评得分(分)", "指标得分(分)"],
  专家打分: ["专家打分(分)", "评价得分=（专家1+专家2）/2"],
  评价得分: ["评价得分(分)", "评价得分=（专家1+专家2）/2"],
  偏差原因分析及改进措施: ["未完成原因及改进措施", "偏差原因分析及改进措施（未完成的填写）"],
  偏差原因及改进措施: ["未完成原因及改进措施"],
  扣分原因: ["主要扣分原因"],
  指标值: ["年度绩效指标值", "指标值（A）"],
  年度指标值: ["年初指标值（A）", "年度指标值(A)"],
  实际完成值: ["全年实际完成值（B）", "实际完成值(B)"],
  全年实际值: ["全年实际完成值（B）"],
  年初预算数: ["年初预算数（A）"],
  全年预算数: ["全年预算数（B）"],
  全年执行数: ["全年执行数（C）"],
  执行率: ["执行率（C/B）"],
};

function withColons(sheet: SheetSnapshot, pick: (n: number) => number): SheetSnapshot {
  return mapText(sheet, (s) => (FORM_LABELS.has(compactText(s)) ? `${s}${pick(2) ? ":" : "："}` : s));
}

/** Rewords headers, some of them broken one character per line (`分\n值`). */
function reword(sheet: SheetSnapshot, pick: (n: number) => number): SheetSnapshot {
  return mapText(sheet, (s) => {
    const options = REWORDINGS[compactText(s)];
    if (!options) return s;
    const chosen = options[pick(options.length)];
    return pick(2) ? [...chosen].join("\n") : chosen;
  });
}

const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const DATE_FORMATS = ["yyyy-mm-dd", "yyyy/m/d", 'yyyy"年"m"月"d"日"', "m/d/yyyy"];

/** A date as the engine shows it: `2023年10月31日`. */
function dateWords(serial: number): string {
  const d = new Date(EXCEL_DAY_ZERO + serial * DAY_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** The standard 自评表 with its 时效指标's target and actual as dates: text, or spreadsheet dates in `fmt` where `asDates` says. */
function timelinessSheet(serials: [number, number], asDates: [boolean, boolean], fmt: string): SheetSnapshot {
  const rows = selfEvaluationRows();
  const date = (serial: number, asDate: boolean): LiteralCell => (asDate ? { v: serial, fmt } : dateWords(serial));
  rows[13][4] = date(serials[0], asDates[0]);
  rows[13][5] = date(serials[1], asDates[1]);
  return sheetFromRows("表", rows, SELF_EVALUATION_MERGES);
}

/** A 自评表's indicators as a flat list: the 一级 and 二级 columns removed, the 三级指标 header renamed `name`. */
function flatList(s: SheetSnapshot, f: Frame, name: string): void {
  const leaf = headerCell(s, f, COLUMNS.level3);
  if (!leaf) return;
  for (const words of [COLUMNS.level2, COLUMNS.level1]) {
    const header = headerCell(s, f, words);
    if (header) deleteColumn(s, header.col, f);
  }
  leaf.value = name;
}

/** Rules that read the indicators' categories or parents, which a flat list does not have. */
const CATEGORY_RULES = ["missing-category", "weight-norm", "weight-sum"];

/** A flat list knows its indicators by their own labels only. */
const leafOnly = (e: ReturnType<typeof essence>) => ({
  ...e,
  levelCount: null,
  rows: e.rows.map((r) => ({ ...r, levels: r.levels.filter((l) => l !== null).slice(-1) })),
});

describe("structural variants leave the models and the findings the same", () => {
  it("header bands of one to three rows", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases.map(([n]) => n)), fc.boolean(), fc.boolean(), (name, title, pair) => {
        const base = baseNamed(name);
        expectSameModel(editTables(base, (s, f) => bandHeader(s, f, title, pair)), base);
      }),
      { numRuns: 30 },
    );
  });

  it("a weight column after each level, the parents' weights moved there from their labels", () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.constantFrom("分值", "权重", "标准分"),
        fc.nat(20),
        fc.integer({ min: -2, max: 2 }),
        (moved, word, label, by) => {
          const base = misweigh(baseNamed("s02 scoring"), label, by);
          expectSameModel(editTables(base, (s, f) => levelWeightColumns(s, f, moved, word)), base);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("operator and unit in their own columns", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SELF_EVALUATIONS, "s03 target"),
        fc.constantFrom(...COLUMNS.operator.slice(0, 2)),
        fc.constantFrom(...COLUMNS.unit.slice(0, 2)),
        fc.boolean(),
        (name, operator, unit, unitAfterActual) => {
          const base = baseNamed(name);
          expectSameModel(editTables(base, (s, f) => splitOperatorAndUnit(s, f, [operator, unit], unitAfterActual)), base);
        },
      ),
      { numRuns: 24 },
    );
  });

  it("form and funds labels ending in a colon", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SELF_EVALUATIONS, "s03 target"), fc.integer(), (name, seed) => {
        const base = baseNamed(name);
        expectSameModel(withColons(base, picker(seed)), base);
      }),
      { numRuns: 12 },
    );
  });

  it("headers worded beyond the synonyms, read by the words they are built of", () => {
    const synonyms = new Set(Object.values(COLUMNS).flat().map(compactText));
    for (const wording of Object.values(REWORDINGS).flat()) expect(synonyms.has(compactText(wording))).toBe(false);
    fc.assert(
      fc.property(fc.constantFrom(...bases.map(([n]) => n)), fc.integer(), (name, seed) => {
        const base = baseNamed(name);
        expectSameModel(reword(base, picker(seed)), base);
      }),
      { numRuns: 30 },
    );
  });

  it("dates typed as spreadsheet dates", () => {
    const serial = fc.integer({ min: 44743, max: 45473 }); // 2022-07-01 … 2024-06-30
    fc.assert(
      fc.property(fc.tuple(serial, serial), fc.tuple(fc.boolean(), fc.boolean()), fc.constantFrom(...DATE_FORMATS), (serials, asDates, fmt) => {
        expectSameModel(timelinessSheet(serials, asDates, fmt), timelinessSheet(serials, [false, false], fmt));
      }),
      { numRuns: 30 },
    );
  });

  it("the variants together", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SELF_EVALUATIONS, "s03 target"), fc.boolean(), fc.boolean(), fc.boolean(), fc.integer(), (name, title, pair, unitAfterActual, seed) => {
        const base = baseNamed(name);
        const pick = picker(seed);
        const banded = editTables(base, (s, f) => bandHeader(s, f, title, pair));
        const split = editTables(banded, (s, f) => splitOperatorAndUnit(s, f, [COLUMNS.operator[pick(2)], COLUMNS.unit[pick(2)]], unitAfterActual));
        expectSameModel(withColons(reword(split, pick), pick), base);
      }),
      { numRuns: 30 },
    );
  });

  it("flat indicator lists read their rows the same", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SELF_EVALUATIONS), fc.constantFrom("指标名称", "三级指标"), (name, header) => {
        const base = baseNamed(name);
        const flat = editTables(base, (s, f) => flatList(s, f, header));
        expect(essences(flat).map(leafOnly)).toEqual(essences(base).map(leafOnly));
        expect(findingsOf(flat, CATEGORY_RULES)).toEqual(findingsOf(base, CATEGORY_RULES));
      }),
      { numRuns: 6 },
    );
  });
});

const CELL_POOL: CellValue[] = [
  null, "", "一级指标", "二级指标", "三级指标", "分值", "得分", "权重", "指标值", "实际完成值", "偏差原因", "合计", "总分", "评价内容",
  "年度资金总额", "全年预算数", "全年执行数", "执行率", "资金支出计划", "产出指标", "效益指标", "满意度指标", "时效指标", "≥95%", "≤12月",
  "35栋", "优良中差", "优", "部分达成", "１０", "10分", "—", 0, 10, -3, 100, 1e12, Number.NaN, 0.86, true, { error: "#REF!" }, { error: "#DIV/0!" },
  "部门决策（10分）", "（2023年度）", "预算数", "其中：财政资金", "2022年12月31日前完成",
];

const randomSheet = fc
  .record({
    cells: fc.array(fc.record({ row: fc.nat(40), col: fc.nat(10), value: fc.constantFrom(...CELL_POOL), formula: fc.option(fc.constantFrom("SUM(A1:A9)", "A1+B2", "SUM(Z:Z)", "VLOOKUP(1,A:B,2)"), { nil: undefined }) }), { maxLength: 200 }),
    merges: fc.array(fc.record({ top: fc.nat(40), left: fc.nat(10), h: fc.nat(4), w: fc.nat(4) }), { maxLength: 12 }),
  })
  .map(({ cells, merges }): WorkbookSnapshot => ({
    sheets: [{ name: "随机", cells, merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })) }],
  }));

describe("the engine never throws", () => {
  it("on random grids", () => {
    fc.assert(fc.property(randomSheet, (snapshot) => {
      const result = checkWorkbook(snapshot);
      expect(Array.isArray(result.findings)).toBe(true);
    }), { numRuns: 300 });
  });

  it("on randomly perturbed sample tables, running every rule", () => {
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CELL_POOL)), { maxLength: 30 }), (which, edits) => {
        const [, base] = bases[which];
        const cells = base.cells.map((c) => ({ ...c }));
        for (const [i, value] of edits) if (cells.length) cells[i % cells.length].value = value;
        const result = checkWorkbook({ sheets: [{ ...base, cells }] });
        for (const f of result.findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      }),
      { numRuns: 150 },
    );
  });
});

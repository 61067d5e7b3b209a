import fc from "fast-check";
import { detectWorkbook } from "../../src/core/detect";
import { checkWorkbook } from "../../src/core/engine";
import type { Table } from "../../src/core/model";
import { defaultProfile } from "../../src/core/profile";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { compactText } from "../../src/core/values/normalize";
import { selfEvaluationRows, SELF_EVALUATION_MERGES, sampleSnapshot, sheetFromRows } from "../helpers/grid";
import { fullWidthDigits, insertRows, mapText, permuteColumns, stack } from "../helpers/transform";

const text = (s: string | undefined) => (s === undefined ? null : compactText(s));

/** A table's content without cell addresses: what must survive any change of layout. */
function essence(t: Table) {
  return {
    kind: t.kind,
    year: t.year ?? null,
    levelCount: t.levelCount,
    rows: t.rows.map((r) => ({
      levels: r.levels.map((l) => (l ? [l.name, l.declaredWeight ?? null] : null)),
      target: text(r.target?.text),
      actual: text(r.actual?.text),
      weight: r.weight?.value ?? null,
      score: r.score?.value ?? null,
      reason: text(r.reason?.text),
    })),
    total: [t.total?.weight?.value ?? null, t.total?.score?.value ?? null],
    funds: t.funds.map((l) => [l.role, l.budgetInitial?.value, l.budgetAdjusted?.value, l.spent?.value, l.weight?.value, l.executionRate?.value, l.score?.value]),
    goal: t.goal ? [text(t.goal.planned.text), text(t.goal.actual.text)] : null,
    budget: t.budget ? [t.budget.total.value, t.budget.fiscal?.value, t.budget.other?.value] : null,
    spendPlan: t.spendPlan?.periods.map((p) => p.share.value) ?? null,
    comparison: t.comparisonRows.map((r) => [text(r.planned.text), text(r.actual.text)]),
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

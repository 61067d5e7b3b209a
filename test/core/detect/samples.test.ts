import { detectWorkbook } from "../../../src/core/detect";
import { defaultProfile } from "../../../src/core/profile";
import type { Table } from "../../../src/core/model";
import { INDICATOR_TABLE_KINDS } from "../../../src/core/table-kinds";
import { sampleSnapshot } from "../../helpers/grid";
import { ofKind } from "../../helpers/table-kind";
import { a1, at } from "../../helpers/address";

async function tablesOf(prefix: string): Promise<Table[]> {
  return detectWorkbook(await sampleSnapshot(prefix), defaultProfile).sheets.flatMap((s) => s.tables);
}

describe("sample tables are read into their models", () => {
  it("s01: a three-level scoring table with weights in its labels, and a comparison table", async () => {
    const tables = await tablesOf("s01");
    const comparison = ofKind(tables[0], "comparison");
    const scoring = ofKind(tables[1], "scoring");
    expect(comparison.comparisonRows.length).toBeGreaterThanOrEqual(4);
    expect(comparison.year).toBe(2021);
    expect(scoring.levelCount).toBe(3);
    const first = scoring.rows[0];
    expect(first.levels.map((l) => l?.name)).toEqual(["部门履职", "目标设定", "目标编制"]);
    expect(first.levels[0]?.declaredWeight).toBe(15);
    expect(first.levels[1]?.declaredWeight).toBe(6);
    expect(first.weight?.value).toBe(4);
    expect(a1(first.score)).toBe("F4");
    // The merged 一级指标 is filled down: row 25 still belongs to 部门绩效 (45分).
    const last = scoring.rows[scoring.rows.length - 1];
    expect(last.levels[0]).toMatchObject({ name: "部门绩效", declaredWeight: 45, ...at("A23") });
    expect(scoring.total?.score).toMatchObject({ ...at("F26"), value: 93, formula: "SUM(F4:F25)" });
  });

  it("s02: four levels, expert scores with deduction reasons, and the summary on another sheet", async () => {
    const tables = await tablesOf("s02");
    const scoring = ofKind(tables[0], "scoring");
    const summary = ofKind(tables[1], "summary");
    expect(scoring.levelCount).toBe(4);
    expect(scoring.rows).toHaveLength(42);
    expect(scoring.rows[0].levels[0]).toMatchObject({ name: "部门决策", declaredWeight: 10 });
    expect(scoring.rows[0].reason?.text).toBe("未见中长期发展规划");
    expect(summary.kind).toBe("summary");
    expect(summary.rows.map((r) => r.levels[0]?.name)).toEqual(["部门决策", "部门管理", "部门产出", "部门效益"]);
    expect(summary.total?.score?.value).toBe(85.26);
    expect(summary.grade).toMatchObject({ ...at("B10"), text: "良好" });
  });

  it("s03: a 绩效目标表 with its budget block and spending plan", async () => {
    const target = ofKind((await tablesOf("s03"))[0], "target");
    expect(target.kind).toBe("target");
    expect(target.budget?.total).toMatchObject({ ...at("C4"), value: 2 });
    expect(target.budget?.fiscal).toMatchObject({ ...at("C5"), value: 2 });
    expect(target.spendPlan?.periods.map((p) => p.share.value)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(target.rows[0]).toMatchObject({ target: { text: "≥5次", ...at("E11") } });
    expect(target.rows[0].description?.text).toContain("购买物品");
  });

  it("s06: stacked 自评表 with a two-row header (指标值 over 年度指标值 | 全年实际值)", async () => {
    const tables = await tablesOf("s06");
    const second = ofKind(tables[1], "self-evaluation");
    expect(second.headerRow).toBe(38);
    const row = second.rows[0];
    expect(row).toMatchObject({ target: { text: "480", ...at("D41") }, actual: { text: "270", ...at("E41") } });
    expect(row.weight?.value).toBe(10);
    expect(row.score?.value).toBe(10);
    expect(second.funds.map((l) => l.role)).toEqual(["total", "fiscal", "carryOver", "other"]);
    expect(second.funds[0].budgetAdjusted?.value).toBe(33.69149);
    expect(second.total?.score).toMatchObject({ ...at("G48"), value: 96 });
    expect(a1(second.goal?.actual)).toBe("E38");
  });

  it("s07: a different column order (标准分 before 指标值) and headers broken by line feeds", async () => {
    const first = ofKind((await tablesOf("s07"))[0], "self-evaluation");
    expect(first.rows[0]).toMatchObject({ weight: { ...at("D14"), value: 10 }, target: { text: "11个" }, score: { ...at("G14") } });
    expect(first.funds[0].executionRate?.value).toBe(1);
    expect(first.year).toBe(2023);
  });

  it("s08: a score typed as full-width text is still read as a number", async () => {
    const tables = await tablesOf("s08");
    const seventh = ofKind(tables.find((t) => t.sheet.startsWith("抽查7")), ...INDICATOR_TABLE_KINDS);
    const row = seventh?.rows.find((r) => a1(r.score) === "H18");
    expect(row?.score).toMatchObject({ value: 13, fromText: true, text: "１３" });
  });
});

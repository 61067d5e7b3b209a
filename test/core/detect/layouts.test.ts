import { detectWorkbook } from "../../../src/core/detect";
import { defaultProfile } from "../../../src/core/profile";
import type { Table } from "../../../src/core/model";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { selfEvaluationRows, SELF_EVALUATION_MERGES, sheetFromRows, workbookFrom, type LiteralCell } from "../../helpers/grid";
import { ofKind } from "../../helpers/table-kind";
import { a1, at } from "../../helpers/address";

function tables(...sheets: SheetSnapshot[]): Table[] {
  return detectWorkbook(workbookFrom(...sheets), defaultProfile).sheets.flatMap((s) => s.tables);
}

describe("golden layouts", () => {
  it("reads the standard 自评表: funds block, goal block, merged levels filled down, total row", () => {
    const t = ofKind(tables(sheetFromRows("自评表", selfEvaluationRows(), SELF_EVALUATION_MERGES))[0], "self-evaluation");
    expect(t).toMatchObject({ kind: "self-evaluation", range: "A1:I19", year: 2023, name: "老旧小区改造", headerAnchor: at("B11"), levelCount: 3 });
    expect(t.funds.map((l) => [l.role, l.budgetAdjusted?.value, l.spent?.value])).toEqual([
      ["total", 100, 90], ["fiscal", 100, 90], ["carryOver", 0, 0], ["other", 0, 0],
    ]);
    expect(t.funds[0]).toMatchObject({ weight: { value: 10 }, executionRate: { value: 0.9, ...at("G5") }, score: { value: 9, ...at("H5") } });
    expect(t.goal).toMatchObject({ planned: { ...at("B10") }, actual: { ...at("F10") } });
    expect(t.rows.map((r) => r.levels.map((l) => l?.name))).toEqual([
      ["产出指标", "数量指标", "涉及楼数"], ["产出指标", "质量指标", "验收合格率"], ["产出指标", "时效指标", "完成时间"],
      ["产出指标", "成本指标", "全年总成本"], ["效益指标", "社会效益指标", "居民生活改善"], ["效益指标", "可持续影响指标", "设施使用年限"],
      ["满意度指标", "服务对象满意度指标", "居民满意度"],
    ]);
    expect(a1(t.rows[1].levels[0])).toBe("B12");
    expect(t.total).toMatchObject({ row: 18, weight: { value: 100, ...at("G19") }, score: { value: 99, ...at("H19") } });
  });

  it("fills unmerged blank parent cells down, and a new parent resets its children", () => {
    const rows: LiteralCell[][] = [
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ["部门决策（10分）", "目标设定（6分）", "目标编制", 4, 4],
      [null, null, "目标覆盖", 2, 2],
      [null, "决策过程（4分）", "决策程序", 4, 3],
      ["部门管理（90分）", null, "预算执行", 90, 80],
      ["合计", null, null, 100, 89],
    ];
    const t = ofKind(tables(sheetFromRows("评分", rows))[0], "scoring");
    expect(t.kind).toBe("scoring");
    expect(t.rows.map((r) => r.levels.map((l) => l?.name ?? null))).toEqual([
      ["部门决策", "目标设定", "目标编制"], ["部门决策", "目标设定", "目标覆盖"], ["部门决策", "决策过程", "决策程序"], ["部门管理", null, "预算执行"],
    ]);
    expect(t.rows[3].levels[0]?.declaredWeight).toBe(90);
  });

  it("reads weights written into labels in every bracket style", () => {
    const rows: LiteralCell[][] = [
      ["一级指标", "二级指标", "分值", "得分"],
      ["部门履职\n（15分）", "目标设定 (6分)", 6, 6],
      ["效益(30分)", "效果 （ 30 分 ）", 30, 30],
      ["合计", null, 36, 36],
    ];
    const t = ofKind(tables(sheetFromRows("评分", rows))[0], "scoring");
    expect(t.rows.map((r) => r.levels.map((l) => [l?.name, l?.declaredWeight]))).toEqual([
      [["部门履职", 15], ["目标设定", 6]],
      [["效益", 30], ["效果", 30]],
    ]);
  });

  it("matches whole synonyms only: 指标值确定依据 is not the target column", () => {
    const rows: LiteralCell[][] = [
      ["一级指标", "二级指标", "三级指标", "指标值确定依据", "指标值"],
      ["产出指标", "数量指标", "人数", "年初安排", "≥5人"],
    ];
    const t = ofKind(tables(sheetFromRows("目标", rows))[0], "target");
    expect(t.kind).toBe("target");
    expect(t.rows[0].target).toMatchObject({ ...at("E2"), text: "≥5人" });
  });

  it("reads a header split over two rows and header cells merged across columns", () => {
    const rows: LiteralCell[][] = [
      ["一级指标", "二级指标", "三级指标", "指标值", null, "权 重", "自评\n得分", "偏差原因"],
      [null, null, null, "年度\n指标值", "全年\n实际值", null, null, null],
      ["产出指标", "数量指标", "人次", "400人次", "380人次", 10, 9, "申请不足"],
      ["合计", null, null, null, null, 10, 9, null],
    ];
    const t = ofKind(tables(sheetFromRows("表", rows, ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2", "G1:G2", "H1:H2"]))[0], "self-evaluation");
    expect(t.kind).toBe("self-evaluation");
    expect(t.range).toBe("A1:H4");
    expect(t.rows[0]).toMatchObject({ target: { ...at("D3") }, actual: { ...at("E3") }, weight: { value: 10 }, score: { value: 9 }, reason: { text: "申请不足" } });
  });

  it("finds stacked tables with title, unit and blank rows between them, and none inside them; a form line above a title is not part of its table", () => {
    const one = selfEvaluationRows();
    const rows: LiteralCell[][] = [["单位：万元"], ...one, [], [], ["项目支出绩效自评表（2024年度）"], ...one.slice(2), ["项目支出绩效自评表"], ...one.slice(1)];
    const [a, b, c] = tables(sheetFromRows("堆叠", rows));
    expect([a.range, b.range, c.range]).toEqual(["A2:I20", "A23:I40", "A41:I59"]);
    expect([a.year, b.year, c.year]).toEqual([2023, 2024, 2023]);
  });

  it("reads a 结论一览表 with its 综合得分 and grade rows", () => {
    const rows: LiteralCell[][] = [
      ["绩效评价结论一览表"],
      ["评价内容", "分值", "评价得分"],
      ["部门决策", 10, 8],
      ["部门管理", 90, 80],
      ["综合得分", { f: "SUM(B3:B4)", v: 100 }, { f: "SUM(C3:C4)", v: 88 }],
      ["绩效评定级别", "良好"],
    ];
    const t = ofKind(tables(sheetFromRows("一览", rows, ["B6:C6"]))[0], "summary");
    expect(t).toMatchObject({ kind: "summary", range: "A1:C6", grade: { ...at("B6"), text: "良好" } });
    expect(t.total?.score).toMatchObject({ value: 88, formula: "SUM(C3:C4)" });
  });

  it("reads a comparison table", () => {
    const rows: LiteralCell[][] = [
      ["绩效目标完成情况对比表"],
      ["指标内容", "计划内容", "实际完成情况"],
      ["居民满意度", "满意度达90%以上", "满意度为93%"],
    ];
    const t = ofKind(tables(sheetFromRows("对比", rows))[0], "comparison");
    expect(t.kind).toBe("comparison");
    expect(t.comparisonRows[0]).toMatchObject({ planned: { ...at("B3") }, actual: { ...at("C3") } });
  });

  it("keeps the header block when one blank row separates it from the indicator header", () => {
    const rows = selfEvaluationRows();
    rows.splice(10, 0, []);
    const merges = SELF_EVALUATION_MERGES.map((m) => m.replace(/(\d+)/g, (n) => (Number(n) >= 11 ? String(Number(n) + 1) : n)));
    const t = ofKind(tables(sheetFromRows("空行", rows, merges))[0], "self-evaluation");
    expect(t.range).toBe("A1:I20");
    expect(t.funds).toHaveLength(4);
    // Without a header block above it, a blank row still ends the table's top.
    const [bare] = tables(sheetFromRows("说明", [["填表说明：按实填写"], [], ...rows.slice(11)]));
    expect(bare.range).toBe("A3:I11");
  });

  it("records a missing total row as a problem instead of failing", () => {
    const rows = selfEvaluationRows().slice(0, -1);
    const t = ofKind(tables(sheetFromRows("无合计", rows, SELF_EVALUATION_MERGES.filter((m) => m !== "A19:F19")))[0], "self-evaluation");
    expect(t.total).toBeUndefined();
    expect(t.notes.map((n) => n.code)).toContain("no-total-row");
  });
});

describe("bad input never throws", () => {
  it("says why an empty sheet or a sheet of prose has no table", () => {
    const result = detectWorkbook(workbookFrom(sheetFromRows("空", []), sheetFromRows("说明", [["本表说明：请按要求填写。"], ["联系人：张三"]])), defaultProfile);
    expect(result.sheets.map((s) => [s.tables.length, s.note])).toEqual([
      [0, "empty-sheet"],
      [0, "no-header-row"],
    ]);
  });

  it("copes with a used range of a million rows holding a few values", () => {
    const sheet: SheetSnapshot = {
      name: "大",
      cells: [...sheetFromRows("x", selfEvaluationRows()).cells, { row: 999_999, col: 0, value: "末行" }],
      merges: [{ top: 999_990, left: 0, bottom: 999_999, right: 3 }],
    };
    const [t] = tables(sheet);
    expect(t.range).toBe("A1:I19");
  });

  it("keeps error values and text in number cells in the model", () => {
    const rows = selfEvaluationRows();
    rows[11][6] = { error: "#REF!" };
    rows[12][7] = "十分";
    const t = ofKind(tables(sheetFromRows("坏", rows, SELF_EVALUATION_MERGES))[0], "self-evaluation");
    expect(t.rows[0].weight).toMatchObject({ error: "#REF!" });
    expect(t.rows[0].weight?.value).toBeUndefined();
    expect(t.rows[1].score).toMatchObject({ text: "十分" });
    expect(t.rows[1].score?.value).toBeUndefined();
  });

  it("reads what it can when a merged area covers part of the header", () => {
    const t = ofKind(tables(sheetFromRows("坏", selfEvaluationRows(), [...SELF_EVALUATION_MERGES, "F10:H11"]))[0], "self-evaluation");
    expect(t.kind).toBe("self-evaluation");
    expect(a1(t.rows[0].target)).toBe("E12");
    expect(t.rows[0].weight).toBeUndefined();
  });
});

import { detectWorkbook } from "../../../src/core/detect";
import { checkWorkbook } from "../../../src/core/engine";
import { defaultProfile } from "../../../src/core/profile";
import { runRules, withRuleNotes } from "../../../src/core/rules";
import { renderNote } from "../../../src/core/messages";
import { SELF_EVALUATION_MERGES, selfEvaluationRows, sheetFromRows, workbookFrom, type LiteralCell } from "../../helpers/grid";
import { ofKind } from "../../helpers/table-kind";
import { INDICATOR_TABLE_KINDS, PROJECT_FORM_KINDS } from "../../../src/core/table-kinds";
import { a1, at } from "../../helpers/address";

/** An indicator system whose weights stand under the header 评分标准 (the 分值 column of other templates). */
function weightsUnderOtherWords(): LiteralCell[][] {
  return [
    ["项目绩效评价指标体系及评分表"],
    ["一级指标", "二级指标", "三级指标", "评分标准", "评分细则", "得分"],
    ["决策(20分)", "目标设定", "绩效目标合理性", 10, "目标明确得满分", 9],
    [null, null, "绩效指标明确性", 10, "指标清晰得满分", 10],
    ["产出(80分)", "产出数量", "实际完成率", 50, "按比例得分", 45],
    [null, "产出质量", "质量达标率", 30, "按比例得分", 30],
    ["合计", null, null, 100, null, 94],
  ];
}
const MERGES = ["A1:F1", "A3:A4", "B3:B4", "A5:A6", "A7:C7"];
const check = (rows: LiteralCell[][], merges = MERGES) => checkWorkbook(workbookFrom(sheetFromRows("评分", rows, merges)));
const findings = (rows: LiteralCell[][], merges = MERGES) => check(rows, merges).findings.map((f) => `${f.rule}@${f.cell}`);

describe("columns read by their content", () => {
  it("numbers that add up to the total are the weights, whatever the header says, and the notes say so", () => {
    const { tables, findings: found } = check(weightsUnderOtherWords());
    expect(found).toEqual([]);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).rows[0].weight).toMatchObject({ ...at("D3"), value: 10 });
    expect(tables[0].notes.map((n) => renderNote(n))).toEqual(["D 列（表头“评分标准”）按内容读作分值：各项之和等于合计 100"]);
    expect(renderNote(tables[0].notes[0], "en-US")).toBe("Column D (header “评分标准”) read by its content as weights: the rows add up to the total 100");
  });

  it("the reading under which most parents agree wins, and the rest is reported against it", () => {
    const rows = weightsUnderOtherWords();
    rows[5][3] = 40;
    expect(findings(rows)).toEqual(["weight-sum@A5", "weight-total@D7"]);
  });

  it("a column no score fits under is not the weights", () => {
    const rows = weightsUnderOtherWords();
    rows[2][5] = 12;
    const { tables } = check(rows);
    expect(tables[0].notes.map((n) => n.code)).not.toContain("column-by-content");
  });
});

describe("honest uncertainty", () => {
  it("weights no reading supports give a note, not a flood of weight findings; certain findings stay", () => {
    const rows: LiteralCell[][] = [
      ["部门整体支出绩效评价指标体系"],
      ["一级指标", "二级指标", "三级指标", "分值", "得分"],
      ["决策(20分)", "目标设定(8分)", "目标合理性", 3, 3],
      [null, "决策过程(12分)", "程序规范性", 5, 5],
      ["过程(20分)", "资金管理(10分)", "资金到位率", 2, { v: { error: "#DIV/0!" }, f: "1/0" }],
      [null, "组织实施(10分)", "制度执行", 4, 4],
      ["合计", null, null, 14, 12],
    ];
    const { tables, findings: found } = check(rows, ["A1:E1", "A3:A4", "A5:A6", "A7:C7"]);
    expect(found.map((f) => `${f.rule}@${f.cell}`)).toEqual(["formula-error@E5"]);
    expect(tables[0].notes.map((n) => renderNote(n))).toContain("分值读不出一致的结构（4 处上下级不符）：不报分值问题，请人工核对");
  });
});

describe("a role several headers claim", () => {
  it("of 评分要点 and 自评得分, the column holding numbers holds the scores", () => {
    const rows: LiteralCell[][] = [
      ["部门整体支出绩效自评表"],
      ["一级指标", "二级指标", "三级指标", "分值", "评分要点", "自评得分", "扣分原因"],
      ["部门决策", "目标设定", "绩效目标合理性", 50, "目标与职能相符", 45, "个别目标偏低"],
      ["部门管理", "资金管理", "资金使用合规性", 50, "无违规", 50, null],
      ["合计", null, null, 100, null, 95, null],
    ];
    const { tables, findings: found } = check(rows, ["A1:G1", "A5:C5"]);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).rows.map((r) => a1(r.score))).toEqual(["F3", "F4"]);
    expect(found).toEqual([]);
  });

  it("scores by 一级指标 under a 结论一览表 title are a summary table", () => {
    const rows: LiteralCell[][] = [
      ["绩效评价结论一览表"],
      ["一级指标", "分值", "得分"],
      ["部门决策", 20, 18],
      ["部门管理", 80, 70],
      ["综合得分", 100, 88],
      ["绩效评定级别", "良好"],
    ];
    const { tables, findings: found } = check(rows, ["A1:C1", "B6:C6"]);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([["summary", "A1:C6"]]);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).rows.map((r) => r.levels[0]?.name)).toEqual(["部门决策", "部门管理"]);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).grade?.text).toBe("良好");
    expect(found).toEqual([]);
  });
});

describe("scores on another scale than the weights", () => {
  /** Scores written out of 100 per indicator beside weights in points. */
  const rows: LiteralCell[][] = [
    ["项目绩效评价指标"],
    ["一级指标", "二级指标", "分值", "评价得分"],
    ["目标指标", "阶段目标合理性", 10, 100],
    [null, "计划进度完成程度", 15, 75],
    ["资金指标", "资金到位率", 30, 100],
    ["实施效果", "技术指标完成程度", 45, 60],
    ["合计", null, 100, 88],
  ];

  it("most scores above their weights give a note, not a score-range per row", () => {
    const { tables, findings: found, sheets, totals } = check(rows, ["A1:D1", "A3:A4", "A7:B7"]);
    expect(found).toEqual([]);
    expect(tables[0].notes.map((n) => renderNote(n))).toEqual(["多数得分高于本行分值（4 行中 4 行）：得分或分值可能不是按分计，不报分值与得分问题，请人工核对"]);
    // Every part of the result that carries the table carries the note (the web page joins its result from the sheets).
    expect([sheets[0].tables[0].notes, totals[0].notes]).toEqual([tables[0].notes, tables[0].notes]);
  });

  it("the check leaves the tables it is given as detection read them: its notes come with its result", () => {
    const workbook = workbookFrom(sheetFromRows("评分", rows, ["A1:D1", "A3:A4", "A7:B7"]));
    const { grids, sheets } = detectWorkbook(workbook, defaultProfile);
    const tables = sheets.flatMap((s) => s.tables);
    const before = structuredClone(tables);
    const { findings, notes } = runRules({ tables, grids: new Map(grids.map((g) => [g.name, g])) }, defaultProfile);
    expect(findings).toEqual([]);
    expect(tables).toEqual(before);
    expect([...notes.values()]).toEqual([{ code: "scores-above-weights", params: { above: 4, count: 4 } }]);
    expect(withRuleNotes(tables, notes)[0].notes).toEqual([...before[0].notes, { code: "scores-above-weights", params: { above: 4, count: 4 } }]);
  });
});

describe("小计 rows inside an indicator table", () => {
  const rows = (): LiteralCell[][] => [
    ["部门整体支出绩效评价评分表"],
    ["一级指标", "二级指标", "三级指标", "分值", "得分"],
    ["决策", "目标设定", "目标合理性", 10, 9],
    [null, "决策过程", "程序规范性", 10, 10],
    [null, "小计", null, 20, 19],
    ["产出", "产出数量", "完成率", 80, 70],
    ["小计", null, null, 80, 70],
    ["合计", null, null, 100, 89],
  ];
  const merges = ["A1:E1", "A3:A5", "A8:C8"];

  it("are the group's own lines, not indicators: the total counts each indicator once", () => {
    const { tables, findings: found } = check(rows(), merges);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).rows.filter((r) => r.parentLevel === 0).map((r) => [r.row + 1, r.levels[0]?.name])).toEqual([[5, "决策"], [7, "产出"]]);
    expect(found).toEqual([]);
  });

  it("a 小计 that differs from its group's rows is reported at the 小计", () => {
    const changed = rows();
    changed[4][3] = 25;
    changed[4][4] = 18;
    expect(findings(changed, merges)).toEqual(["weight-sum@D5", "score-subtotal@E5"]);
  });
});

describe("a funds total broken down more than one way (部门整体支出绩效自评表)", () => {
  const rows = (): LiteralCell[][] => [
    ["部门整体支出绩效自评表"],
    ["（2023年度）"],
    ["部门（单位）名称", "某区民政局"],
    ["年度预算申请（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 100, 100, 90, 10, 0.9, 9],
    [null, "按收入性质分：", null, null, null, null, null, null],
    [null, "一般公共预算财政拨款", 80, 80, 70, null, null, null],
    [null, "单位资金", 20, 20, 20, null, null, null],
    [null, "按支出性质分：", null, null, null, null, null, null],
    [null, "基本支出", 60, 60, 55, null, null, null],
    [null, "项目支出", 40, 40, 35, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [null, "产出指标", "数量指标", "救助人次", "≥3000人次", "3215人次", 50, 50, null],
    [null, "效益指标", "社会效益指标", "生活保障水平", "有效保障", "有效保障", 30, 30, null],
    [null, "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "95%", 10, 10, null],
    ["总分", null, null, null, null, null, 100, 99, null],
  ];
  const merges = ["A1:I1", "A2:I2", "B3:I3", "A4:B4", "A5:A11", "A12:A15", "A16:F16"];

  it("each breakdown adds up to the total on its own; the block's label is not a column", () => {
    const { tables, findings: found } = check(rows(), merges);
    expect(ofKind(tables[0], ...PROJECT_FORM_KINDS).funds.map((l) => [l.label.text, l.breakdown ?? 0])).toEqual([
      ["年度资金总额", 0], ["一般公共预算财政拨款", 1], ["单位资金", 1], ["基本支出", 2], ["项目支出", 2],
    ]);
    expect(found.filter((f) => f.rule !== "missing-category")).toEqual([]);
  });

  it("a breakdown that does not add up is reported at the total", () => {
    const changed = rows();
    changed[10][4] = 40;
    expect(findings(changed, merges).filter((f) => !f.startsWith("missing-category"))).toEqual(["fund-sum@E5"]);
  });
});

describe("comparison tables in other words", () => {
  const copied = "完成全年社区养老服务驿站建设任务，提升服务覆盖面";
  it("绩效指标 | 年度目标 | 实际完成情况: a comparison whose copied actual is found", () => {
    const { tables, findings: found } = check([
      ["绩效目标完成情况对比表"],
      ["绩效指标", "年度目标", "实际完成情况", "偏差原因"],
      ["驿站建设", copied, copied, null],
      ["验收合格", "全部验收合格", "全部验收合格", null],
    ], ["A1:D1"]);
    expect(tables.map((t) => [t.kind, t.range, ofKind(t, "comparison").comparisonRows.length])).toEqual([["comparison", "A1:D4", 2]]);
    expect(found.map((f) => `${f.rule}@${f.cell}`)).toEqual(["copied-actual@C3"]);
  });

  it("targets and values without 分值 or 得分 under a 对比表 title are a comparison, not a 自评表", () => {
    const { tables } = check([
      ["绩效目标完成情况对比表"],
      ["指标名称", "目标值", "完成值", "完成情况说明"],
      ["驿站建设数量", "≥12个", "9个", null],
      ["验收合格率", "100%", "100%", null],
    ], ["A1:D1"]);
    expect(tables.map((t) => [t.kind, t.range, ofKind(t, "comparison").comparisonRows.length])).toEqual([["comparison", "A1:D4", 2]]);
  });
});

describe("a band row over the indicator header", () => {
  it("绩效指标 across the header with the side label starting beside it: the table spans the side label, 总分 is the total", () => {
    const rows = selfEvaluationRows();
    rows.splice(10, 1, ["绩效指标", "绩效指标"], [null, ...rows[10].slice(1)]);
    const moved: Record<string, string> = { "A11:A18": "A11:A19", "A19:F19": "A20:F20", "B12:B15": "B13:B16", "B16:B17": "B17:B18" };
    const merges = [...SELF_EVALUATION_MERGES.map((m) => moved[m] ?? m), "B11:I11"];
    const { tables, findings: found } = check(rows, merges);
    expect(tables.map((t) => [t.kind, t.range, ofKind(t, ...INDICATOR_TABLE_KINDS).rows.length])).toEqual([["self-evaluation", "A1:I20", 7]]);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("G20"), value: 100 }, score: { ...at("H20"), value: 99 } });
    expect(found).toEqual([]);
  });
});

import { checkWorkbook } from "../../../src/core/engine";
import { sheetFromRows, workbookFrom, type LiteralCell } from "../../helpers/grid";
import { ofKind } from "../../helpers/table-kind";
import { INDICATOR_TABLE_KINDS } from "../../../src/core/table-kinds";
import { a1 } from "../../helpers/address";

/** Golden grids for form structures (not from the samples): sections, funds tables, totals, placeholders and titles. */
type Rows = LiteralCell[][];
const check = (rows: Rows, merges: string[] = []) => checkWorkbook(workbookFrom(sheetFromRows("表", rows, merges)));
const findings = (rows: Rows, merges: string[] = []) => check(rows, merges).findings.map((f) => `${f.rule}@${f.cell}`);
const tables = (rows: Rows, merges: string[] = []) => check(rows, merges).tables.map((t) => [t.kind, t.range]);

describe("a form in sections", () => {
  /** A 自评表 written as a form: a funds section with 分值 and a rate per line, then an indicator section, each under its own heading. */
  const form = (): Rows => [
    ["资金信息"],
    ["项目名称", "农村公路养护"],
    ["资金（万元）", null, "预算数", "执行数", "分值", "执行率", "得分"],
    [null, "资金总额", 200, 180, 10, { v: 0.9, fmt: "0.00%" }, 9],
    [null, "中央补助", 150, 140, null, { v: 0.9333, fmt: "0.00%" }, null],
    [null, "县级配套", 50, 40, null, { v: 0.8, fmt: "0.00%" }, null],
    ["指标信息"],
    ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "偏差原因"],
    ["产出指标", "数量指标", "养护里程", "≥100公里", "100公里", 50, 50, null],
    ["效益指标", "社会效益指标", "出行便利度", "明显提升", "明显提升", 30, 30, null],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, null],
  ];
  const merges = ["A1:H1", "A3:B3", "A4:A6", "A7:H7"];

  it("is one table from its first heading: a section heading is crossed when this table's header block stands above it", () => {
    expect(tables(form(), merges)).toEqual([["self-evaluation", "A1:H11"]]);
    expect(findings(form(), merges).filter((f) => !f.startsWith("missing-category"))).toEqual([]);
  });

  it("checks the rate of every funds line that writes one", () => {
    const rows = form();
    rows[5][5] = { v: 0.7, fmt: "0.00%" };
    expect(findings(rows, merges).filter((f) => !f.startsWith("missing-category"))).toEqual(["exec-rate@F6"]);
  });

  it("a funds table without 分值, a note and a blank row before the next heading: two tables", () => {
    const rows: Rows = [
      ["预算执行情况"],
      ["资金来源", "年初预算", "调整后预算数", "预算执行数", "预算执行率(%)"],
      ["合计", 120, 120, 60, 50],
      ["当年财政资金", 100, 100, 50, 50],
      ["其他资金", 20, 20, 10, 50],
      ["注：预算执行率(%)=预算执行数/调整后预算数×100"],
      [],
      ["绩效指标执行情况"],
      ["一级指标", "二级指标", "三级指标", "预期实现值", "当前月执行情况", "全年预计完成情况"],
      ["产出指标", "数量指标", "养护里程", "≥100公里", "60公里", "100公里"],
    ];
    const m = ["A1:E1", "A6:E6", "A8:F8"];
    expect(tables(rows, m)).toEqual([["budget-execution", "A1:E5"], ["monitoring", "A8:F10"]]);
    expect(findings(rows, m)).toEqual([]);
  });
});

describe("a funds table whose 合计 opens it, with two spending columns and no printed formula", () => {
  const rows = (): Rows => [
    ["项目资金执行情况表"],
    ["资金来源", "预算", "截至6月执行数", "全年执行数", "执行率"],
    ["合计", 100, 40, 95, { v: 0.95, fmt: "0.00%" }],
    ["财政资金", 80, 30, 80, { v: 1, fmt: "0.00%" }],
    ["其他资金", 20, 10, 15, { v: 0.75, fmt: "0.00%" }],
  ];

  it("adds the rows under the 合计; a rate either spending column gives is accepted", () => {
    expect(tables(rows(), ["A1:E1"])).toEqual([["budget-execution", "A1:E5"]]);
    expect(findings(rows(), ["A1:E1"])).toEqual([]);
    const halfYear = rows();
    halfYear[3][4] = { v: 0.375, fmt: "0.00%" };
    expect(findings(halfYear, ["A1:E1"])).toEqual([]);
  });

  it("reports a 合计 that is not the sum of the rows under it, and a rate no reading gives", () => {
    const changed = rows();
    changed[2][3] = 99;
    changed[2][4] = { v: 0.99, fmt: "0.00%" };
    changed[4][4] = { v: 0.6, fmt: "0.00%" };
    expect(findings(changed, ["A1:E1"])).toEqual(["fund-sum@D3", "exec-rate@E5"]);
  });
});

describe("a total and a leaf above its weight", () => {
  const rows = (total: number): Rows => [
    ["专家评分表"],
    ["指标名称", "分值", "得分"],
    ["目标设定", 20, 18],
    ["目标完成", 30, 32],
    ["资金管理", 50, 45],
    ["合计", 100, total],
  ];

  it("a total that adds the leaf as written, or the leaf at its weight, gets only the leaf's score-range", () => {
    expect(findings(rows(95))).toEqual(["score-range@C4"]);
    expect(findings(rows(93))).toEqual(["score-range@C4"]);
  });

  it("a total wrong under either reading is a mistake of its own", () => {
    expect(findings(rows(88))).toEqual(["score-range@C4", "score-total@C6"]);
  });
});

it("category rows written with * in every number column group the indicators under them, adding nothing", () => {
  const rows: Rows = [
    ["评分汇总表"],
    ["具体指标", "分值", "专家1", "专家2", "评价得分"],
    ["业务指标", "*", "*", "*", "*"],
    ["目标设定", 40, 36, 38, 37],
    ["目标完成", 40, 30, 34, 32],
    ["财务指标", "*", "*", "*", "*"],
    ["资金管理", 20, 18, 20, 19],
    ["合计", 100, "*", "*", 88],
  ];
  const { tables: found, findings: none } = check(rows, ["A1:E1"]);
  expect(ofKind(found[0], ...INDICATOR_TABLE_KINDS).rows.filter((r) => r.weight?.value !== undefined).map((r) => a1(r.score))).toEqual(["E4", "E5", "E7"]);
  expect(none).toEqual([]);
});

it("a title written over three lines starts the table at its first line; an attachment line above it does not", () => {
  const rows: Rows = [
    ["附件1"],
    ["某县交通运输局"],
    ["2023年度部门整体支出"],
    ["绩效评价结论一览表"],
    ["评价内容", "分值", "评价得分"],
    ["部门决策", 20, 18],
    ["部门管理", 80, 70],
    ["综合得分", 100, 88],
  ];
  expect(tables(rows, ["A2:C2", "A3:C3", "A4:C4"])).toEqual([["summary", "A2:C8"]]);
});

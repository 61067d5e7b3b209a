import type { Table } from "../../../src/core/model";
import type { LiteralCell } from "../../helpers/grid";
import { checkRows, set, summary, type Rows } from "../rules/support";
import { ofKind } from "../../helpers/table-kind";
import { INDICATOR_TABLE_KINDS, PROJECT_FORM_KINDS } from "../../../src/core/table-kinds";
import { a1, at } from "../../helpers/address";

/**
 * Golden grids for the structures of real templates from other provinces (DOMAIN.md, "Layouts seen beyond the
 * classic ones"): a few rows of each, the table model the detector must read from them and the exact findings of
 * RULES.md — none for the clean grid, the planted defect's for a copy with one thing changed.
 */

function check(rows: Rows, merges: string[] = []): { tables: Table[]; findings: string[] } {
  const result = checkRows(rows, merges);
  return { tables: result.tables, findings: summary(result) };
}

/** The rows with some cells changed: `{ E10: "450人", G10: 10 }`. */
function changed(rows: Rows, changes: Record<string, LiteralCell>): Rows {
  for (const [address, value] of Object.entries(changes)) set(rows, address, value);
  return rows;
}

type Field = "target" | "actual" | "weight" | "score" | "reason";

/** Each indicator row as its leaf name and the cells read for it (`-` for none): `补贴发放人数 D9 E9 F9 G9 H9`. */
function cellsRead(t: Table, fields: Field[] = ["target", "actual", "weight", "score", "reason"]): string[] {
  return ofKind(t, ...INDICATOR_TABLE_KINDS).rows.map((r) => [[...r.levels].reverse().find((l) => l)?.name, ...fields.map((f) => a1(r[f]) ?? "-")].join(" "));
}

/** Each indicator row's labels from 一级 down with the weight they declare: `部门决策(20) / 目标设定(8) / 目标编制`. */
function levelsRead(t: Table): string[] {
  const weight = (w: number | undefined, percent: boolean | undefined) => (w === undefined ? "" : `(${w}${percent ? "%" : ""})`);
  return ofKind(t, ...INDICATOR_TABLE_KINDS).rows.map((r) => r.levels.map((l) => (l ? `${l.name}${weight(l.declaredWeight, l.weightPercent)}` : "-")).join(" / "));
}

/**
 * Rows 1–6 of a 项目支出绩效自评表 in columns A–H: title, 年度, 项目名称 and the funds block
 * (120 budgeted, 114 spent: 执行率 95% scores 9.5 of 10). Merges: SELF_EVALUATION_TOP_MERGES.
 */
function selfEvaluationTop(): Rows {
  return [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", "社区居家养老服务补贴"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 120, 120, 114, 10, { v: 0.95, fmt: "0.00%" }, 9.5],
    [null, "其中：当年财政拨款", 120, 120, 114, "—", null, "—"],
  ];
}

const SELF_EVALUATION_TOP_MERGES = ["A1:H1", "A2:H2", "B3:H3", "A4:B4", "A5:A6"];

const INDICATOR_HEADER: LiteralCell[] = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** The seven indicators of that 自评表 (产出 50, 效益 30, 满意度 10; all met, full scores): with the funds block, 总分 100 | 99.5. */
function indicatorRows(): Rows {
  return [
    ["产出指标", "数量指标", "补贴发放人数", "≥480人", "496人", 10, 10, null],
    [null, "质量指标", "补贴发放准确率", "100%", "100%", 10, 10, null],
    [null, "时效指标", "补贴发放时间", "12月底前", "11月", 10, 10, null],
    [null, "成本指标", "人均补贴标准", "≤2500元", "2298元", 20, 20, null],
    ["效益指标", "社会效益指标", "老年人生活质量改善", "有效改善", "有效改善", 15, 15, null],
    [null, "可持续影响指标", "政策持续实施年限", "≥3年", "3年", 15, 15, null],
    ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "95%", 10, 10, null],
  ];
}

/** cellsRead of indicatorRows() placed at the given 1-based rows. */
function indicatorCells(...rows: number[]): string[] {
  const names = ["补贴发放人数", "补贴发放准确率", "补贴发放时间", "人均补贴标准", "老年人生活质量改善", "政策持续实施年限", "补贴对象满意度"];
  return names.map((name, i) => `${name} ${["D", "E", "F", "G", "H"].map((c) => `${c}${rows[i]}`).join(" ")}`);
}

const TOTAL_ROW: LiteralCell[] = ["总分", null, null, null, null, 100, 99.5, null];

describe("structures of templates from other provinces", () => {
  it("1. reads header bands of two and three rows whose cells are merged across the rows", () => {
    const twoRows = (): Rows => [
      ...selfEvaluationTop(),
      ["一级指标", "二级指标", "三级指标", "指标值", null, "分值", "得分", "偏差原因分析及改进措施"],
      [null, null, null, "年度指标值", "实际完成值", null, null, null],
      ...indicatorRows(),
      [...TOTAL_ROW],
    ];
    const twoMerges = [...SELF_EVALUATION_TOP_MERGES, "A7:A8", "B7:B8", "C7:C8", "D7:E7", "F7:F8", "G7:G8", "H7:H8", "A9:A12", "A13:A14", "A16:E16"];
    const two = check(twoRows(), twoMerges);
    expect(two.tables).toHaveLength(1);
    expect(two.tables[0]).toMatchObject({ kind: "self-evaluation", range: "A1:H16", headerAnchor: at("A7"), levelCount: 3 });
    expect(cellsRead(two.tables[0])).toEqual(indicatorCells(9, 10, 11, 12, 13, 14, 15));
    expect(levelsRead(two.tables[0])[1]).toBe("产出指标 / 质量指标 / 补贴发放准确率");
    expect(ofKind(two.tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("F16"), value: 100 }, score: { ...at("G16"), value: 99.5 } });
    expect(two.findings).toEqual([]);

    const threeRows = (): Rows => [
      ...selfEvaluationTop(),
      ["一级指标", "二级指标", "三级指标", "绩效指标完成情况", null, null, null, "偏差原因分析及改进措施"],
      [null, null, null, "指标值", null, "分值", "得分", null],
      [null, null, null, "年度指标值", "实际完成值", null, null, null],
      ...indicatorRows(),
      [...TOTAL_ROW],
    ];
    const threeMerges = [
      ...SELF_EVALUATION_TOP_MERGES, "A7:A9", "B7:B9", "C7:C9", "D7:G7", "H7:H9", "D8:E8", "F8:F9", "G8:G9", "A10:A13", "A14:A15", "A17:E17",
    ];
    const three = check(threeRows(), threeMerges);
    expect(three.tables).toHaveLength(1);
    expect(three.tables[0]).toMatchObject({ kind: "self-evaluation", range: "A1:H17", headerAnchor: at("A7"), levelCount: 3 });
    expect(cellsRead(three.tables[0])).toEqual(indicatorCells(10, 11, 12, 13, 14, 15, 16));
    expect(ofKind(three.tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("F17") }, score: { ...at("G17") } });
    expect(three.findings).toEqual([]);
    // 450 of ≥480 people, still 10 of 10 and no reason.
    expect(check(changed(threeRows(), { E10: "450人" }), threeMerges).findings).toEqual(["target-missed-full-score@G10", "deviation-reason@H10"]);
  });

  it("2. reads the header repeated above each block as one table", () => {
    const rows = (): Rows => {
      const indicators = indicatorRows();
      return [...selfEvaluationTop(), [...INDICATOR_HEADER], ...indicators.slice(0, 4), [...INDICATOR_HEADER], ...indicators.slice(4), [...TOTAL_ROW]];
    };
    const merges = [...SELF_EVALUATION_TOP_MERGES, "A8:A11", "A13:A14", "A16:E16"];
    const { tables, findings } = check(rows(), merges);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([["self-evaluation", "A1:H16"]]);
    expect(cellsRead(tables[0])).toEqual(indicatorCells(8, 9, 10, 11, 13, 14, 15));
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("F16"), value: 100 }, score: { ...at("G16"), value: 99.5 } });
    expect(findings).toEqual([]);
    // The 总分 counts the rows of every block: 98.5 against 99.5.
    expect(check(changed(rows(), { G16: 98.5 }), merges).findings).toEqual(["score-total@G16"]);
  });

  it("3. reads a flat list of indicators without 一级/二级 columns", () => {
    const rows = (): Rows => [
      ["项目支出绩效自评表"],
      ["指标名称", "指标值", "实际完成值", "分值", "得分", "偏差原因"],
      ["养护里程", "≥120公里", "126公里", 20, 20, null],
      ["路面优良率", "≥85%", "88%", 20, 20, null],
      ["养护完成时间", "12月底前", "11月", 20, 20, null],
      ["养护成本", "≤360万元", "352万元", 20, 20, null],
      ["沿线群众满意度", "≥90%", "86%", 20, 19.11, "部分路段施工期间影响群众出行"],
      ["合计", null, null, 100, 99.11, null],
    ];
    const { tables, findings } = check(rows(), ["A1:F1"]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: "self-evaluation", range: "A1:F8" });
    expect(cellsRead(tables[0])).toEqual([
      "养护里程 B3 C3 D3 E3 F3", "路面优良率 B4 C4 D4 E4 F4", "养护完成时间 B5 C5 D5 E5 F5", "养护成本 B6 C6 D6 E6 F6", "沿线群众满意度 B7 C7 D7 E7 F7",
    ]);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("D8"), value: 100 }, score: { ...at("E8"), value: 99.11 } });
    expect(findings).toEqual([]);
    expect(check(changed(rows(), { E8: 100 }), ["A1:F1"]).findings).toEqual(["score-total@E8"]);
  });

  it("4. reads a 分值 column after each level: parent weights in their own merged cells", () => {
    const rows = (): Rows => [
      ["项目绩效评价指标体系及评分表"],
      ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"],
      ["决策", 20, "项目立项", 8, "立项依据充分性", 4, 4],
      [null, null, null, null, "立项程序规范性", 4, 4],
      [null, null, "绩效目标", 12, "绩效目标合理性", 6, 5],
      [null, null, null, null, "绩效指标明确性", 6, 6],
      ["过程", 30, "资金管理", 18, "资金到位率", 6, 6],
      [null, null, null, null, "预算执行率", 6, 5.5],
      [null, null, null, null, "资金使用合规性", 6, 6],
      [null, null, "组织实施", 12, "管理制度健全性", 6, 6],
      [null, null, null, null, "制度执行有效性", 6, 5],
      ["产出及效益", 50, "项目产出", 30, "实际完成率", 15, 14],
      [null, null, null, null, "完成及时性", 15, 15],
      [null, null, "项目效益", 20, "社会效益", 10, 9],
      [null, null, null, null, "服务对象满意度", 10, 9],
      ["合计", null, null, null, null, 100, 94.5],
    ];
    const merges = [
      "A1:G1", "A3:A6", "B3:B6", "C3:C4", "D3:D4", "C5:C6", "D5:D6", "A7:A11", "B7:B11", "C7:C9", "D7:D9", "C10:C11", "D10:D11",
      "A12:A15", "B12:B15", "C12:C13", "D12:D13", "C14:C15", "D14:D15", "A16:E16",
    ];
    const { tables, findings } = check(rows(), merges);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: "scoring", range: "A1:G16", headerAnchor: at("A2"), levelCount: 3 });
    expect(levelsRead(tables[0])).toEqual([
      "决策(20) / 项目立项(8) / 立项依据充分性", "决策(20) / 项目立项(8) / 立项程序规范性", "决策(20) / 绩效目标(12) / 绩效目标合理性",
      "决策(20) / 绩效目标(12) / 绩效指标明确性", "过程(30) / 资金管理(18) / 资金到位率", "过程(30) / 资金管理(18) / 预算执行率",
      "过程(30) / 资金管理(18) / 资金使用合规性", "过程(30) / 组织实施(12) / 管理制度健全性", "过程(30) / 组织实施(12) / 制度执行有效性",
      "产出及效益(50) / 项目产出(30) / 实际完成率", "产出及效益(50) / 项目产出(30) / 完成及时性", "产出及效益(50) / 项目效益(20) / 社会效益",
      "产出及效益(50) / 项目效益(20) / 服务对象满意度",
    ]);
    expect(cellsRead(tables[0], ["weight", "score"])).toEqual(
      ["立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性", "资金到位率", "预算执行率", "资金使用合规性", "管理制度健全性",
        "制度执行有效性", "实际完成率", "完成及时性", "社会效益", "服务对象满意度"].map((name, i) => `${name} F${i + 3} G${i + 3}`),
    );
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("F16"), value: 100 }, score: { ...at("G16"), value: 94.5 } });
    expect(findings).toEqual([]);
    // 过程 declares 25 in its own 分值 cell; its children add up to 30.
    expect(check(changed(rows(), { B7: 25 }), merges).findings).toEqual(["weight-sum@B7"]);
  });

  it("5. reads weights written only into the labels, down to the leaves, numbered and without 分", () => {
    const rows = (): Rows => [
      ["部门整体支出绩效评价指标评分表"],
      ["一级指标", "二级指标", "三级指标", "得分"],
      ["部门决策（20分）", "1.目标设定（8分）", "1.1绩效目标合理性（4分）", 4],
      [null, null, "1.2绩效指标明确性（4分）", 3],
      [null, "2.决策过程（12分）", "2.1决策程序规范性(6)", 6],
      [null, null, "2.2预算编制科学性(6)", 5],
      ["部门管理（30分）", "3.资金管理（20分）", "3.1资金使用合规性（10分）", 10],
      [null, null, "3.2预算执行率（10分）", 9],
      [null, "4.制度管理（10分）", "4.1管理制度健全性（10分）", 10],
      ["部门绩效（50分）", "5.资金落实(10分)", "5.1资金到位率（10分）", 10],
      [null, "6.履职效果（40分）", "6.1重点工作完成率（20分）", 18],
      [null, null, "6.2服务对象满意度（20分）", 19],
      ["合计", null, null, 94],
    ];
    const merges = ["A1:D1", "A3:A6", "B3:B4", "B5:B6", "A7:A9", "B7:B8", "A10:A12", "B11:B12", "A13:C13"];
    const { tables, findings } = check(rows(), merges);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: "scoring", range: "A1:D13", relativeWeights: false });
    expect(levelsRead(tables[0])).toEqual([
      "部门决策(20) / 目标设定(8) / 绩效目标合理性(4)", "部门决策(20) / 目标设定(8) / 绩效指标明确性(4)",
      "部门决策(20) / 决策过程(12) / 决策程序规范性(6)", "部门决策(20) / 决策过程(12) / 预算编制科学性(6)",
      "部门管理(30) / 资金管理(20) / 资金使用合规性(10)", "部门管理(30) / 资金管理(20) / 预算执行率(10)",
      "部门管理(30) / 制度管理(10) / 管理制度健全性(10)", "部门绩效(50) / 资金落实(10) / 资金到位率(10)",
      "部门绩效(50) / 履职效果(40) / 重点工作完成率(20)", "部门绩效(50) / 履职效果(40) / 服务对象满意度(20)",
    ]);
    // The leaf's weight is the one in its label.
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).rows.map((r) => [a1(r.weight), r.weight?.value, a1(r.score)])).toEqual(
      [4, 4, 6, 6, 10, 10, 10, 10, 20, 20].map((w, i) => [`C${i + 3}`, w, `D${i + 3}`]),
    );
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ score: { ...at("D13"), value: 94 } });
    expect(findings).toEqual([]);
    // 5 points for 1.2绩效指标明确性（4分）, the 合计 following it.
    expect(check(changed(rows(), { D4: 5, D13: 96 }), merges).findings).toEqual(["score-range@D4"]);
  });

  it("6. reads percentage weights as shares of the parent: each parent's children add up to 100%", () => {
    const rows = (): Rows => [
      ["院所技术开发类项目绩效评价指标"],
      ["一级指标", "二级指标", "三级指标", "评价依据", "评价得分", "评分标准"],
      ["1.目标指标（25%）", "1.1阶段目标的合理性（40%）", null, "项目任务书", 10, "阶段目标符合客观实际的得满分"],
      [null, "1.2计划进度完成程度（60%）", null, "项目任务书", 11.25, "按完成计划进度的程度得分"],
      ["2.资金指标（30%）", "2.1资金投入指标（60%）", "2.1.1财政资金到位率（50%）", "财政资金到位率=实际投入的财政资金/批复的财政资金", 9, "到位率100%的得满分"],
      [null, null, "2.1.2自筹资金到位率（50%）", "自筹资金到位率=实际投入的自筹资金/计划自筹资金", 6.75, "到位率100%的得满分"],
      [null, "2.2资金使用指标（40%）", "2.2.1资金使用合规性（50%）", "财务账册、原始凭证", 6, "符合财务制度的得满分"],
      [null, null, "2.2.2预算执行率（50%）", "预算执行率=实际支出/项目预算", 3.6, "执行率100%的得满分"],
      ["3.实施效果指标（45%）", "3.1技术指标完成程度（50%）", null, "检测报告", 22.5, "全部完成技术指标的得满分"],
      [null, "3.2经济效益（30%）", null, "销售合同、财务报表", 10.13, "达到任务书目标的得满分"],
      [null, "3.3社会效益（20%）", null, "用户证明", 9, "成果已推广应用的得满分"],
      ["合计", null, null, null, 88.23, null],
    ];
    const merges = ["A1:F1", "A3:A4", "A5:A8", "B5:B6", "B7:B8", "A9:A11", "A12:D12"];
    const { tables, findings } = check(rows(), merges);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: "scoring", range: "A1:F12", relativeWeights: true, levelCount: 3 });
    expect(levelsRead(tables[0])).toEqual([
      "目标指标(25%) / 阶段目标的合理性(40%) / -", "目标指标(25%) / 计划进度完成程度(60%) / -",
      "资金指标(30%) / 资金投入指标(60%) / 财政资金到位率(50%)", "资金指标(30%) / 资金投入指标(60%) / 自筹资金到位率(50%)",
      "资金指标(30%) / 资金使用指标(40%) / 资金使用合规性(50%)", "资金指标(30%) / 资金使用指标(40%) / 预算执行率(50%)",
      "实施效果指标(45%) / 技术指标完成程度(50%) / -", "实施效果指标(45%) / 经济效益(30%) / -", "实施效果指标(45%) / 社会效益(20%) / -",
    ]);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).rows.map((r) => a1(r.score))).toEqual(["E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10", "E11"]);
    expect(tables[0].notes.map((n) => n.code)).toContain("relative-weights");
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ score: { ...at("E12"), value: 88.23 } });
    expect(findings).toEqual([]);
    // 1.目标指标's children add up to 40% + 50% = 90%.
    expect(check(changed(rows(), { B4: "1.2计划进度完成程度（50%）" }), merges).findings).toEqual(["weight-sum@A3"]);
  });

  it("7. reads an indicator system with weights and no score column: only the weight rules apply", () => {
    const rows = (): Rows => [
      ["项目支出绩效评价指标体系"],
      ["一级指标", "二级指标", "三级指标", "分值", "评分标准"],
      ["决策（20分）", "项目立项（8分）", "立项依据充分性", 4, "符合发展规划和部门职责的得4分，否则酌情扣分"],
      [null, null, "立项程序规范性", 4, "按规定程序申请设立的得4分"],
      [null, "绩效目标（12分）", "绩效目标合理性", 6, "与实际需求相适应的得6分"],
      [null, null, "绩效指标明确性", 6, "指标细化、量化的得6分"],
      ["过程（30分）", "资金管理（18分）", "资金到位率", 6, "到位率×6分"],
      [null, null, "预算执行率", 6, "执行率×6分"],
      [null, null, "资金使用合规性", 6, "发现一项违规扣2分，扣完为止"],
      [null, "组织实施（12分）", "管理制度健全性", 6, "制度健全的得6分"],
      [null, null, "制度执行有效性", 6, "严格执行制度的得6分"],
      ["产出（30分）", "产出数量（10分）", "实际完成率", 10, "完成率×10分"],
      [null, "产出质量（10分）", "质量达标率", 10, "达标率×10分"],
      [null, "产出时效（10分）", "完成及时性", 10, "按期完成的得10分"],
      ["效益（20分）", "项目效益（20分）", "社会效益", 10, "按效益实现程度得分"],
      [null, null, "服务对象满意度", 10, "满意度×10分"],
      ["合计", null, null, 100, null],
    ];
    const merges = ["A1:E1", "A3:A6", "B3:B4", "B5:B6", "A7:A11", "B7:B9", "B10:B11", "A12:A14", "A15:A16", "B15:B16", "A17:C17"];
    const { tables, findings } = check(rows(), merges);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: "scoring", range: "A1:E17", levelCount: 3 });
    expect(levelsRead(tables[0]).slice(0, 3)).toEqual([
      "决策(20) / 项目立项(8) / 立项依据充分性", "决策(20) / 项目立项(8) / 立项程序规范性", "决策(20) / 绩效目标(12) / 绩效目标合理性",
    ]);
    expect(cellsRead(tables[0], ["weight", "score"])).toEqual(
      ["立项依据充分性", "立项程序规范性", "绩效目标合理性", "绩效指标明确性", "资金到位率", "预算执行率", "资金使用合规性", "管理制度健全性",
        "制度执行有效性", "实际完成率", "质量达标率", "完成及时性", "社会效益", "服务对象满意度"].map((name, i) => `${name} D${i + 3} -`),
    );
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("D17"), value: 100 } });
    expect(findings).toEqual([]);
    // 产出 declares 35 in its label; its children add up to 30.
    expect(check(changed(rows(), { A12: "产出（35分）" }), merges).findings).toEqual(["weight-sum@A12"]);
  });

  it("8. reads the operator and the unit from columns of their own", () => {
    const rows = (): Rows => [
      ["部门整体支出绩效自评表"],
      ["（2024年度）"],
      ["指标名称", "计算符号", "指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施"],
      ["困难群众救助人次", "≥", 3000, 3215, "人次", 20, 20, null],
      ["低保金按时足额发放率", "=", 100, 100, "%", 20, 20, null],
      ["养老服务驿站新建数量", "≥", 12, 9, "个", 20, 15, "3个站点因选址调整，顺延至次年一季度建成"],
      ["信访投诉事项", "≤", 5, 2, "件", 20, 20, null],
      ["救助对象满意度", "≥", 90, 95.2, "%", 20, 20, null],
      ["合计", null, null, null, null, 100, 95, null],
    ];
    const merges = ["A1:H1", "A2:H2"];
    const { tables, findings } = check(rows(), merges);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: "self-evaluation", range: "A1:H9", year: 2024 });
    expect(cellsRead(tables[0])).toEqual(
      ["困难群众救助人次", "低保金按时足额发放率", "养老服务驿站新建数量", "信访投诉事项", "救助对象满意度"].map((name, i) => `${name} C${i + 4} D${i + 4} F${i + 4} G${i + 4} H${i + 4}`),
    );
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("F9"), value: 100 }, score: { ...at("G9"), value: 95 } });
    expect(findings).toEqual([]);
    // 9 of ≥12 stations, 20 of 20 and no reason.
    expect(check(changed(rows(), { G6: 20, H6: null, G9: 100 }), merges).findings).toEqual(["target-missed-full-score@G6", "deviation-reason@H6"]);
    // An 指标性质 column that holds 定量/正向 rather than an operator leaves the values as written.
    const nature = changed(rows(), { B3: "指标性质", B4: "定量", B5: "定量", B6: "正向", B7: "反向", B8: "定量" });
    expect(ofKind(check(nature, merges).tables[0], ...INDICATOR_TABLE_KINDS).rows.map((r) => r.target?.text)).toEqual(["3000人次", "100%", "12个", "5件", "90%"]);
  });

  it("9. reads funds blocks with colons, 本年, 财政专户/单位资金, a 合计 over any source rows and a weight in the block title", () => {
    const titled = (): Rows => [
      ["项目支出绩效自评表"],
      ["（2023年度）"],
      ["项目名称", "社区居家养老服务补贴"],
      ["预算执行情况（10分）"],
      ["项目资金（万元）", null, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"],
      ["年度资金总额:", null, 150, 150, 142.5, { v: 0.95, fmt: "0.00%" }, 10, 9.5],
      ["其中：本年财政拨款", null, 100, 100, 97.5],
      ["财政专户管理资金", null, 20, 20, 20],
      ["单位资金", null, 20, 20, 17],
      ["其他资金", null, 10, 10, 8],
      [...INDICATOR_HEADER],
      ...indicatorRows(),
      [...TOTAL_ROW],
    ];
    const titledMerges = ["A1:H1", "A2:H2", "B3:H3", "A4:H4", "A5:B5", "A6:B6", "A7:B7", "A8:B8", "A9:B9", "A10:B10", "A12:A15", "A16:A17", "A19:E19"];
    const a = check(titled(), titledMerges);
    expect(a.tables.map((t) => [t.kind, t.range])).toEqual([["self-evaluation", "A1:H19"]]);
    expect(ofKind(a.tables[0], ...PROJECT_FORM_KINDS).funds.map((l) => [l.role, a1(l.label)])).toEqual([["total", "A6"], ["fiscal", "A7"], ["source", "A8"], ["source", "A9"], ["other", "A10"]]);
    expect(ofKind(a.tables[0], ...PROJECT_FORM_KINDS).funds[0]).toMatchObject({
      budgetInitial: { ...at("C6"), value: 150 }, budgetAdjusted: { ...at("D6"), value: 150 }, spent: { ...at("E6"), value: 142.5 },
      executionRate: { ...at("F6"), value: 0.95 }, weight: { ...at("G6"), value: 10 }, score: { ...at("H6"), value: 9.5 },
    });
    expect(cellsRead(a.tables[0])).toEqual(indicatorCells(12, 13, 14, 15, 16, 17, 18));
    expect(a.findings).toEqual([]);
    // 财政专户管理资金 25: the sources add up to 155 against 150.
    expect(check(changed(titled(), { D8: 25 }), titledMerges).findings).toEqual(["fund-sum@D6"]);

    const sources: Rows = [
      ["项目支出绩效自评表"],
      ["（2023年度）"],
      ["项目名称", "社区居家养老服务补贴"],
      ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["合计", null, 100, 100, 95, 10, { v: 0.95, fmt: "0.00%" }, 9.5],
      ["其中：中央补助", null, 60, 60, 60, "—", null, "—"],
      ["市级财政资金", null, 40, 40, 35, "—", null, "—"],
      [...INDICATOR_HEADER],
      ...indicatorRows(),
      [...TOTAL_ROW],
    ];
    const b = check(sources, ["A1:H1", "A2:H2", "B3:H3", "A4:B4", "A5:B5", "A6:B6", "A7:B7", "A9:A12", "A13:A14", "A16:E16"]);
    expect(b.tables.map((t) => [t.kind, t.range])).toEqual([["self-evaluation", "A1:H16"]]);
    expect(ofKind(b.tables[0], ...PROJECT_FORM_KINDS).funds.map((l) => [l.role, a1(l.label), l.budgetAdjusted?.value])).toEqual([["total", "A5", 100], ["source", "A6", 60], ["source", "A7", 40]]);
    expect(ofKind(b.tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("F16"), value: 100 }, score: { ...at("G16"), value: 99.5 } });
    expect(b.findings).toEqual([]);
  });

  it("10. finds a 预算执行情况表 by its columns and title, with 小计/合计 rows and the formula in its note", () => {
    const rows = (): Rows => [
      ["2023年度项目预算执行情况表"],
      [null, null, null, null, null, "单位：万元"],
      ["资金来源", "年初预算", "调整预算数", "调整后预算数", "预算执行数", "预算执行率(%)"],
      ["当年财政资金", 100, 10, 110, 99, 90],
      ["上年结转资金", 20, 0, 20, 20, 100],
      ["小计", 120, 10, 130, 119, 91.54],
      ["财政专户管理资金", 30, -5, 25, 20, 80],
      ["其他资金", 10, 0, 10, 8, 80],
      ["合计", 160, 5, 165, 147, 89.09],
      ["注：调整后预算数=年初预算+调整预算数"],
    ];
    const merges = ["A1:F1", "A10:F10"];
    const { tables, findings } = check(rows(), merges);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([["budget-execution", "A1:F9"]]);
    expect(ofKind(tables[0], "budget-execution").executionRows.map((r) => [a1(r.label), r.kind])).toEqual([
      ["A4", "detail"], ["A5", "detail"], ["A6", "subtotal"], ["A7", "detail"], ["A8", "detail"], ["A9", "total"],
    ]);
    expect(ofKind(tables[0], "budget-execution").columnFormulas.map((f) => [a1(f.cell), f.op, f.result, f.terms.map((t) => t.sign * t.column)])).toEqual([["A10", "sum", 3, [1, 2]]]);
    expect(ofKind(tables[0], "budget-execution").executionColumns).toMatchObject({ budget: 3, spent: [4], rate: 5, ratePercent: true });
    expect(findings).toEqual([]);
    // 合计 调整后预算数 typed 175 (its rate computed from it) breaks 年初预算+调整预算数; 其他资金 rate 85 against 8/10.
    expect(check(changed(rows(), { D9: 175, F9: 84, F8: 85 }), merges).findings).toEqual(["exec-rate@F8", "fund-sum@D9"]);
  });

  it("11. reads 长期 and 年度 target blocks stacked under their block labels as two tables", () => {
    const rows = (): Rows => [
      ["财政支出预算目标制定表"],
      ["项目名称", "智慧校园建设", "项目类别", null, null, "教育"],
      ["项目绩效目标", "长期目标", null, null, null, "年度目标"],
      [null, "三年内建成覆盖全校的智慧校园平台，实现教学、管理、服务全面数字化。", null, null, null, "完成教学区网络改造和12间智慧教室建设。"],
      ["长期绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
      [null, "产出指标", "数量指标", "建成智慧教室数量", "≥36间", null],
      [null, null, "质量指标", "平台系统可用率", "≥99%", null],
      [null, null, "时效指标", "项目建设周期", "≤3年", "分三年实施"],
      [null, null, "成本指标", "项目总投资", "≤300万元", null],
      [null, "效益指标", "社会效益指标", "数字化教学覆盖率", "≥90%", null],
      [null, "社会公众或服务对象满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", null],
      ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
      [null, "产出指标", "数量指标", "智慧教室建设数量", "≥12间", null],
      [null, null, "质量指标", "设备验收合格率", "≥98%", null],
      [null, null, "时效指标", "2025年12月31日前完成验收", "2025年12月31日前完成", null],
      [null, null, "成本指标", "年度投资", "≤100万元", null],
      [null, "效益指标", "社会效益指标", "教学区网络覆盖率", "100%", null],
      [null, "社会公众或服务对象满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", null],
    ];
    const merges = ["A1:F1", "C2:E2", "A3:A4", "B3:E3", "B4:E4", "A5:A11", "B6:B9", "A12:A18", "B13:B16"];
    const { tables, findings } = check(rows(), merges);
    expect(tables.map((t) => [t.kind, t.range, a1(t.headerAnchor)])).toEqual([["target", "A1:F11", "B5"], ["target", "A12:F18", "B12"]]);
    expect(tables.map((t) => cellsRead(t, ["target"]))).toEqual([
      ["建成智慧教室数量 E6", "平台系统可用率 E7", "项目建设周期 E8", "项目总投资 E9", "数字化教学覆盖率 E10", "师生满意度 E11"],
      ["智慧教室建设数量 E13", "设备验收合格率 E14", "2025年12月31日前完成验收 E15", "年度投资 E16", "教学区网络覆盖率 E17", "师生满意度 E18"],
    ]);
    expect(levelsRead(tables[1])[0]).toBe("产出指标 / 数量指标 / 智慧教室建设数量");
    // 师生满意度 in both blocks is not a duplicate: they are two tables.
    expect(findings).toEqual([]);
    expect(check(changed(rows(), { E15: "2025年1月31日前完成" }), merges).findings).toEqual(["timeliness@E15"]);
  });

  it("12. skips the spare empty rows of a template inside a target table", () => {
    const rows = (): Rows => [
      ["项目绩效目标表"],
      ["项目名称", "智慧教室建设"],
      ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
      ["产出指标", "数量指标", "智慧教室建设数量", "≥12间", "年度建设计划"],
      [],
      [null, "质量指标", "设备验收合格率", "≥98%", "行业验收标准"],
      [],
      [null, "时效指标", "项目完成时间", "2023年12月31日前", "年度建设计划"],
      [null, "成本指标", "年度投资", "≤100万元", "预算批复"],
      ["效益指标", "社会效益指标", "教学区网络覆盖率", "100%", "年度建设计划"],
      [null, "可持续影响指标", null, null, null],
      ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "问卷调查"],
    ];
    const merges = ["A1:E1", "B2:E2", "A4:A9", "B4:B5", "B6:B7", "A10:A11"];
    const { tables, findings } = check(rows(), merges);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([["target", "A1:E12"]]);
    expect(cellsRead(tables[0], ["target"])).toEqual([
      "智慧教室建设数量 D4", "设备验收合格率 D6", "项目完成时间 D8", "年度投资 D9", "教学区网络覆盖率 D10", "师生满意度 D12",
    ]);
    expect(findings).toEqual([]);
    // A named indicator without its value is reported; the spare rows still are not.
    expect(check(changed(rows(), { D9: null }), merges).findings).toEqual(["indicator-value@D9"]);
  });

  it("13. reads a grade declared by ticked boxes, under the total or in the result line", () => {
    const ticked = (): Rows => [
      ["部门整体支出绩效评价评分表"],
      ["一级指标", "二级指标", "分值", "得分"],
      ["部门决策（20分）", "目标设定", 10, 10],
      [null, "决策过程", 10, 9],
      ["部门管理（30分）", "资金管理", 15, 13],
      [null, "业务管理", 15, 15],
      ["部门绩效（50分）", "部门产出", 30, 28],
      [null, "部门效益", 20, 17],
      ["合计", null, 100, 92],
      ["评价等级", "☑优 □良 □中 □差"],
    ];
    const tickedMerges = ["A1:D1", "A3:A4", "A5:A6", "A7:A8", "A9:B9", "B10:D10"];
    const a = check(ticked(), tickedMerges);
    expect(a.tables).toHaveLength(1);
    expect(a.tables[0]).toMatchObject({ kind: "scoring", range: "A1:D10", grade: { ...at("B10") }, total: { score: { ...at("D9"), value: 92 } } });
    expect(a.findings).toEqual([]);
    // ☑良 against a total of 92.
    expect(check(changed(ticked(), { B10: "□优 ☑良 □中 □差" }), tickedMerges).findings).toEqual(["grade@B10"]);

    const resultLine: Rows = [
      ["项目绩效评价评分表"],
      ["评价结果：", "分值=", 92, "绩效等级：", "优（ ）良（√）中（ ）差（ ）"],
      ["一级指标", "二级指标", "分值", "评价得分", "评分标准"],
      ["决策（20分）", "项目立项", 10, 10, "立项依据充分、程序规范的得满分"],
      [null, "绩效目标", 10, 9, "目标明确、细化量化的得满分"],
      ["过程（30分）", "资金管理", 15, 13, "资金到位及时、使用合规的得满分"],
      [null, "组织实施", 15, 15, "制度健全、执行有效的得满分"],
      ["产出及效益（50分）", "项目产出", 30, 28, "按完成比例得分"],
      [null, "项目效益", 20, 17, "按实现程度得分"],
    ];
    const b = check(resultLine, ["A1:E1", "A4:A5", "A6:A7", "A8:A9"]);
    expect(b.tables).toHaveLength(1);
    expect(b.tables[0]).toMatchObject({ kind: "scoring", range: "A1:E9", grade: { ...at("E2") }, total: { score: { ...at("C2"), value: 92 } } });
    // 良 ticked against a total of 92.
    expect(b.findings).toEqual(["grade@E2"]);
  });

  it("14. starts the table at its title, below attachment and form lines", () => {
    const rows: Rows = [
      ["附件2"],
      [null, null, null, null, null, null, null, "报表编号：510000_0013zp"],
      ["填报单位：某局"],
      ...selfEvaluationTop(),
      [...INDICATOR_HEADER],
      ...indicatorRows(),
      [...TOTAL_ROW],
    ];
    const { tables, findings } = check(rows, ["A4:H4", "A5:H5", "B6:H6", "A7:B7", "A8:A9", "A11:A14", "A15:A16", "A18:E18"]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: "self-evaluation", range: "A4:H18", title: { ...at("A4") }, year: 2023, name: "社区居家养老服务补贴" });
    expect(ofKind(tables[0], ...PROJECT_FORM_KINDS).funds.map((l) => [l.role, a1(l.label)])).toEqual([["total", "B8"], ["fiscal", "B9"]]);
    expect(cellsRead(tables[0])).toEqual(indicatorCells(11, 12, 13, 14, 15, 16, 17));
    expect(findings).toEqual([]);
  });

  it("15. reads a time actual typed as a spreadsheet date, and a target written as a year alone", () => {
    const rows = (): Rows => {
      const indicators = indicatorRows();
      return [
        ...selfEvaluationTop(),
        [...INDICATOR_HEADER],
        indicators[0],
        indicators[1],
        [null, "时效指标", "补贴发放完成时间", "2023年12月31日前", { v: 45260, fmt: "yyyy-mm-dd" }, 5, 5, null],
        [null, null, "资金拨付时限", "2023年", { v: 45230, fmt: "yyyy-mm-dd" }, 5, 5, null],
        ...indicators.slice(3),
        [...TOTAL_ROW],
      ];
    };
    const merges = [...SELF_EVALUATION_TOP_MERGES, "A8:A12", "B10:B11", "A13:A14", "A16:E16"];
    const { tables, findings } = check(rows(), merges);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([["self-evaluation", "A1:H16"]]);
    expect(cellsRead(tables[0]).slice(2, 4)).toEqual(["补贴发放完成时间 D10 E10 F10 G10 H10", "资金拨付时限 D11 E11 F11 G11 H11"]);
    // The date shown (30 November 2023), never its serial number.
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).rows[2].actual?.text).toMatch(/2023\D+11\D+30/);
    expect(ofKind(tables[0], ...INDICATOR_TABLE_KINDS).rows[2].actual?.text).not.toContain("45260");
    expect(findings).toEqual([]);
    // Done on 30 November against 31 October, with full score and no reason.
    expect(check(changed(rows(), { D10: "2023年10月31日前" }), merges).findings).toEqual(["target-missed-full-score@G10", "deviation-reason@H10"]);
  });

  it("16. reads a 绩效运行监控表: execution below target in mid-year is no deviation", () => {
    const rows = (): Rows => [
      ["项目支出绩效运行监控表"],
      ["（2024年1-7月）"],
      ["项目名称", "2024年基层干部教育培训项目"],
      ["一级指标", "二级指标", "三级指标", "预期实现值", "当前月执行情况", "全年预计完成情况", "偏差原因", "完成目标可能性"],
      ["产出指标", "数量指标", "培训人次", "≥1200人次", "680人次", "1300人次", null, "确定能"],
      [null, "质量指标", "培训考核合格率", "≥95%", "96%", "96%", null, "确定能"],
      [null, "时效指标", "培训计划完成时间", "12月", "按计划推进", "11月完成", null, "确定能"],
      [null, "成本指标", "人均培训成本", "≤800元", "770元", "780元", null, "确定能"],
      ["效益指标", "社会效益指标", "学员岗位技能提升率", "≥90%", "84%", "88%", "部分学员工学矛盾突出，参训时间不足", "有可能"],
      ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "93%", "93%", null, "确定能"],
    ];
    const merges = ["A1:H1", "A2:H2", "B3:H3", "A5:A8"];
    const { tables, findings } = check(rows(), merges);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([["monitoring", "A1:H10"]]);
    expect(cellsRead(tables[0], ["target", "reason"])).toEqual([
      "培训人次 D5 G5", "培训考核合格率 D6 G6", "培训计划完成时间 D7 G7", "人均培训成本 D8 G8", "学员岗位技能提升率 D9 G9", "学员满意度 D10 G10",
    ]);
    expect(findings).toEqual([]);
    expect(check(changed(rows(), { D9: "优良中差" }), merges).findings).toEqual(["vague-target@D9"]);
  });

  it("17. takes 社会公众或服务对象满意度指标 as the 满意度 category", () => {
    const rows: Rows = [
      ["项目绩效目标申报表"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "设备采购数量", "≥20台"],
      [null, "质量指标", "设备验收合格率", "≥98%"],
      [null, "时效指标", "项目完成时间", "12月底前"],
      [null, "成本指标", "设备采购成本", "≤100万元"],
      ["效益指标", "社会效益指标", "数字化教学覆盖率", "≥90%"],
      ["社会公众或服务对象满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
    ];
    const { tables, findings } = check(rows, ["A1:D1", "A3:A6"]);
    expect(tables.map((t) => [t.kind, t.range])).toEqual([["target", "A1:D8"]]);
    expect(levelsRead(tables[0])[5]).toBe("社会公众或服务对象满意度指标 / 服务对象满意度指标 / 师生满意度");
    expect(findings).toEqual([]);
  });

  it("18. reads headers by their words: units, tags, formulas, one character per line, and look-alike words", () => {
    // 全年预算数（A） / 全年执行数（B） / 执行率（B/A） in the funds block, 指标权重(分) and 得\n分 over the indicators.
    const tagged = selfEvaluationTop();
    tagged[3] = ["项目资金（万元）", null, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"];
    tagged.push(["一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "指标权重(分)", "得\n分", "偏差原因分析及改进措施"], ...indicatorRows(), [...TOTAL_ROW]);
    const a = check(tagged, [...SELF_EVALUATION_TOP_MERGES, "A8:A11", "A12:A13", "A15:E15"]);
    expect(a.tables.map((t) => [t.kind, t.range])).toEqual([["self-evaluation", "A1:H15"]]);
    expect(ofKind(a.tables[0], ...PROJECT_FORM_KINDS).funds[0]).toMatchObject({ budgetAdjusted: { ...at("D5") }, spent: { ...at("E5") }, executionRate: { ...at("G5") }, score: { ...at("H5") } });
    expect(cellsRead(a.tables[0])).toEqual(indicatorCells(8, 9, 10, 11, 12, 13, 14));
    expect(a.findings).toEqual([]);

    // 分\n值 is the weight, 评价得分=… the score; 评分标准 and 得分系数(%) are neither.
    const experts: Rows = [
      ["评价人员（专家）评分汇总表"],
      ["一级指标", "二级指标", "分\n值", "评分标准", "专家1", "专家2", "专家3", "得分系数(%)", "评价得分=（专家1+专家2+专家3）/专家人数"],
      ["决策（20分）", "项目立项", 10, "立项依据充分、程序规范的得满分", 10, 10, 10, 100, 10],
      [null, "绩效目标", 10, "目标明确、细化量化的得满分", 8, 9, 7, 80, 8],
      ["过程（30分）", "资金管理", 15, "资金到位及时、使用合规的得满分", 15, 14, 13, 93.33, 14],
      [null, "组织实施", 15, "制度健全、执行有效的得满分", 14, 14, 14, 93.33, 14],
      ["产出（30分）", "产出数量", 15, "按完成比例得分", 15, 15, 15, 100, 15],
      [null, "产出质量", 15, "按达标比例得分", 14, 13, 15, 93.33, 14],
      ["效益（20分）", "社会效益", 10, "按实现程度得分", 9, 9, 9, 90, 9],
      [null, "服务对象满意度", 10, "满意度×10分", 9, 10, 8, 90, 9],
      ["合计", null, 100, null, null, null, null, null, 93],
    ];
    const b = check(experts, ["A1:I1", "A3:A4", "A5:A6", "A7:A8", "A9:A10"]);
    expect(b.tables.map((t) => [t.kind, t.range])).toEqual([["scoring", "A1:I11"]]);
    expect(cellsRead(b.tables[0], ["weight", "score"])).toEqual(
      ["项目立项", "绩效目标", "资金管理", "组织实施", "产出数量", "产出质量", "社会效益", "服务对象满意度"].map((name, i) => `${name} C${i + 3} I${i + 3}`),
    );
    expect(a1(ofKind(b.tables[0], ...INDICATOR_TABLE_KINDS).rows[0].description)).toBe("D3");
    expect(ofKind(b.tables[0], ...INDICATOR_TABLE_KINDS).total).toMatchObject({ weight: { ...at("C11"), value: 100 }, score: { ...at("I11"), value: 93 } });
    expect(b.findings).toEqual([]);

    // 指标值确定依据 before 指标值 is the basis of the target, not the target.
    const basis: Rows = [
      ["项目绩效目标表"],
      ["一级指标", "二级指标", "三级指标", "指标值确定依据", "指标值"],
      ["产出指标", "数量指标", "设备采购数量", "采购计划", "≥20台"],
      [null, "质量指标", "设备验收合格率", "行业验收标准", "≥98%"],
      [null, "时效指标", "项目完成时间", "年度工作计划", "12月底前"],
      [null, "成本指标", "设备采购成本", "预算批复", "≤100万元"],
      ["效益指标", "社会效益指标", "数字化教学覆盖率", "年度工作计划", "≥90%"],
      ["满意度指标", "服务对象满意度指标", "师生满意度", "问卷调查", "≥90%"],
    ];
    const c = check(basis, ["A1:E1", "A3:A6"]);
    expect(c.tables.map((t) => [t.kind, t.range])).toEqual([["target", "A1:E8"]]);
    expect(cellsRead(c.tables[0], ["target"])).toEqual(
      ["设备采购数量", "设备验收合格率", "项目完成时间", "设备采购成本", "数字化教学覆盖率", "师生满意度"].map((name, i) => `${name} E${i + 3}`),
    );
    expect(c.findings).toEqual([]);
  });
});

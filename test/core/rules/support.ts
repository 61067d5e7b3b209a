import { checkWorkbook, type CheckResult } from "../../../src/core/engine";
import type { Finding, RuleId } from "../../../src/core/findings";
import { renderMessage } from "../../../src/core/messages";
import { defaultProfile } from "../../../src/core/profile";
import type { Profile } from "../../../src/core/profile/schema";
import { parseAddress, type SheetSnapshot } from "../../../src/core/snapshot";
import { SELF_EVALUATION_MERGES, selfEvaluationRows, sheetFromRows, workbookFrom, type LiteralCell } from "../../helpers/grid";

export type Rows = LiteralCell[][];

/** Sets a cell of literal rows by A1 address, growing the rows as needed. */
export function set(rows: Rows, address: string, value: LiteralCell): Rows {
  const p = parseAddress(address);
  if (!p) throw new Error(`bad address ${address}`);
  while (rows.length <= p.row) rows.push([]);
  const row = rows[p.row];
  while (row.length <= p.col) row.push(null);
  row[p.col] = value;
  return rows;
}

/** The standard 自评表 with some cells changed: `{ H12: 9, I12: "原因" }`. */
export function selfEvaluation(changes: Record<string, LiteralCell> = {}): Rows {
  const rows = selfEvaluationRows();
  for (const [address, value] of Object.entries(changes)) set(rows, address, value);
  return rows;
}

export function checkSheets(sheets: SheetSnapshot[], profile: Profile = defaultProfile): CheckResult {
  return checkWorkbook(workbookFrom(...sheets), profile);
}

/** Checks the standard 自评表 with some cells changed. */
export function checkSelfEvaluation(changes: Record<string, LiteralCell> = {}, profile: Profile = defaultProfile): CheckResult {
  return checkSheets([sheetFromRows("自评表", selfEvaluation(changes), SELF_EVALUATION_MERGES)], profile);
}

export function checkRows(rows: Rows, merges: string[] = [], profile: Profile = defaultProfile, name = "Sheet1"): CheckResult {
  return checkSheets([sheetFromRows(name, rows, merges)], profile);
}

export function ofRule(result: CheckResult, rule: RuleId): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** The one finding of a rule; fails when there are none or several. */
export function single(result: CheckResult, rule: RuleId): Finding {
  const list = ofRule(result, rule);
  if (list.length !== 1) {
    throw new Error(`expected one ${rule} finding, got ${list.length}: ${JSON.stringify(result.findings.map((f) => [f.rule, f.cell]))}`);
  }
  return list[0];
}

/** Rule and cell of every finding, for exact comparisons. */
export function summary(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule}@${f.cell}`);
}

export function zh(f: Finding): string {
  return renderMessage(f, "zh-CN");
}

/**
 * A 3-level 指标体系及评分情况表 with parent weights in the labels (real layout of a 2021 department evaluation):
 * rows 3–9 are leaves (C = 三级指标, D = 分值, F = 自评得分), row 10 is 合计. Clean: no findings.
 */
export function scoringRows(changes: Record<string, LiteralCell> = {}): Rows {
  const rows: Rows = [
    ["部门整体支出指标体系及评分情况表"],
    ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "自评得分"],
    ["部门决策 (10分)", "目标设定\n（6分）", "目标编制", 4, "依据充分", 4],
    [null, null, "目标覆盖", 2, "全覆盖", 2],
    [null, "决策过程（4分）", "决策程序", 4, "程序规范", 4],
    ["部门管理（20分）", "预算执行 (8分)", "执行率", 8, "执行到位", 8],
    [null, "预算管理(12分)", "制度健全", 12, "制度健全", 12],
    ["部门绩效\n（70分）", "履职产出（40分）", "产出完成", 40, "完成情况", 40],
    [null, "履职效果（30分）", "效果实现", 30, "效果情况", 30],
    ["合计", null, null, 100, null, 100],
  ];
  for (const [address, value] of Object.entries(changes)) set(rows, address, value);
  return rows;
}

export const SCORING_MERGES = ["A1:F1", "A3:A5", "B3:B4", "A6:A7", "A8:A9", "A10:C10"];

/**
 * A 绩效评价结论一览表 matching scoringRows' groups: rows 3–5 部门决策/部门管理/部门绩效 (B 分值, C 评价得分),
 * row 6 综合得分, row 7 绩效评定级别 (B7).
 */
export function summaryRows(changes: Record<string, LiteralCell> = {}): Rows {
  const rows: Rows = [
    ["绩效评价结论一览表"],
    ["评价内容", "分值", "评价得分"],
    ["部门决策", 10, 10],
    ["部门管理", 20, 20],
    ["部门绩效", 70, 70],
    ["综合得分", 100, 100],
    ["绩效评定级别", "优"],
  ];
  for (const [address, value] of Object.entries(changes)) set(rows, address, value);
  return rows;
}

export const SUMMARY_MERGES = ["A1:C1", "B7:C7"];

/** A 2-level scoring table whose parents have their own row (`产出指标 | | 60 | 57`); columns C 分值, D 得分, row 8 合计. */
export function parentRowScoring(changes: Record<string, LiteralCell> = {}): Rows {
  const rows: Rows = [
    ["项目绩效评价指标体系及评分表"],
    ["一级指标", "二级指标", "分值", "得分"],
    ["产出指标", null, 60, 57],
    [null, "数量指标", 30, 30],
    [null, "质量指标", 30, 27],
    ["效益指标", null, 40, 38],
    [null, "社会效益", 40, 38],
    ["合计", null, 100, 95],
  ];
  for (const [address, value] of Object.entries(changes)) set(rows, address, value);
  return rows;
}

/**
 * A 项目绩效目标表 in the layout of a 2022 township submission: 预算数 C4 = 财政资金 C5 + 其他资金 C6, 资金支出计划
 * B8:E8 under 3月底…12月底, header row 10, indicators rows 11–16 (C 三级指标, D 绩效指标描述, E 指标值). Clean.
 */
export function targetRows(changes: Record<string, LiteralCell> = {}): Rows {
  const rows: Rows = [
    ["财政所经费绩效目标表"],
    ["泉河头镇人民政府本级", null, null, null, "单位：万元"],
    ["项目编码", "13020822P00915210010J", null, "项目名称", "财政所经费"],
    ["预算规模及资金用途", "预算数", 2, "用于维持财政所正常办公"],
    [null, "其中：财政资金", 2],
    [null, "其他资金", null],
    ["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
    [null, 0.25, 0.5, 0.75, 1],
    ["绩效目标", "改善办公条件，补充办公经费，保障财政所正常运转。"],
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
    ["产出指标", "数量指标", "购买服务次数", "用于购买物品、服务的次数", "≥5次", "年初安排"],
    [null, "质量指标", "服务合格率", "购买物品、服务的合格率", "≥95%", "年初安排"],
    [null, "时效指标", "工作完成时间", "2022年12月31日前完成", "2022年12月31日前完成", "年初安排"],
    [null, "成本指标", "经济成本指标", "每月购买物品、服务成本", "≤1667元", "年初安排"],
    ["效益指标", "社会效益指标", "社会认可率", "得到群众认可的比率", "≥95%", "调查问卷"],
    ["满意度指标", "服务对象满意度指标", "群众满意度", "基层群众对工作的满意度", "≥95%", "调查问卷"],
  ];
  for (const [address, value] of Object.entries(changes)) set(rows, address, value);
  return rows;
}

export const TARGET_MERGES = ["A1:F1", "A2:D2", "E2:F2", "B3:C3", "E3:F3", "A4:A6", "D4:F6", "A7:A8", "B9:F9", "A11:A14"];

export function checkTarget(changes: Record<string, LiteralCell> = {}, profile: Profile = defaultProfile): CheckResult {
  return checkSheets([sheetFromRows("1.财政所经费", targetRows(changes), TARGET_MERGES)], profile);
}

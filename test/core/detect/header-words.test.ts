import { formsAreWord, headerRole, headerWords, isWord, wordForms } from "../../../src/core/detect/headers";
import { defaultProfile } from "../../../src/core/profile";
import { compactText } from "../../../src/core/values/normalize";

const role = (text: string) => headerRole(compactText(text), defaultProfile);

describe("header words: brackets and trailing formulas set aside", () => {
  it.each([
    ["指标权重(分)", "指标权重"],
    ["得分系数(%)", "得分系数"],
    ["执行率（B/A）", "执行率"],
    ["全年预算数（A）", "全年预算数"],
    ["评价得分=（专家1+专家2+…）/专家人数", "评价得分"],
    ["年度资金总额：", "年度资金总额"],
    ["预算执行率(%)", "预算执行率"],
  ])("%s → %s", (text, words) => {
    expect(headerWords(compactText(text))).toBe(words);
  });
});

describe("header roles by the words a header is built of", () => {
  it.each([
    ["分值", "weight"], ["指标分值（分）", "weight"], ["权重（%）", "weight"], ["标准分值", "weight"], ["满分", "weight"],
    ["得分", "score"], ["自评得分(分)", "score"], ["专家打分", "score"], ["自评分", "score"], ["评价得分=（专家1+…）/专家人数", "score"],
    ["评分标准", "description"], ["评分细则", "description"], ["评分要点", "description"], ["指标解释", "description"],
    ["指标值确定依据", "basis"], ["评价依据", "basis"],
    ["年度指标值（A）", "target"], ["预期实现值", "target"], ["年初指标值", "target"], ["调整指标值", "target"], ["计划值", "target"],
    ["实际完成值（B）", "actual"], ["全年完成值", "actual"], ["实现值", "actual"],
    ["偏差原因分析及改进措施", "reason"], ["未完成原因分析", "reason"], ["扣分原因", "reason"], ["经费保障偏差原因", "reason"],
    ["计量单位", "unit"], ["度量单位", "unit"], ["指标性质", "operator"], ["计算符号", "operator"],
    ["当前月执行情况", "progress"], ["1-6月执行情况", "progress"], ["全年预计完成情况", "forecast"], ["预计全年完成值", "forecast"],
    ["年初预算", "budgetInitial"], ["调整预算数", "budgetAdjustment"], ["调整后预算数", "budgetAdjusted"], ["预算数", "budgetAdjusted"],
    ["预算", "budgetAdjusted"], ["预算执行数", "spent"], ["全年执行数（B）", "spent"], ["支出", "spent"], ["预算执行率(%)", "executionRate"],
    ["一级指标名称", "level1"], ["分\n值", "weight"], ["年\n度\n指\n标\n值", "target"],
  ])("%s → %s", (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it.each([
    ["得分系数(%)"], ["得分率"], ["专家1"], ["专家评分2"], ["部门整体支出指标体系及评分情况表"], ["预算执行情况(10分)"], ["完成目标可能性"],
    ["项目资金（万元）"], ["备注"],
  ])("%s has no role", (text) => {
    expect(role(text)).toBeUndefined();
  });
});

describe("synonym words: a label names a word of a list whatever its 其中： prefix, trailing colons and unit", () => {
  const { totalLabels, gradeLabels, fundsFiscal } = defaultProfile.synonyms;
  const named = (text: string, list: readonly string[]) => isWord(compactText(text), list, defaultProfile);

  it.each([
    ["合计", totalLabels],
    ["合 计：", totalLabels],
    ["总分（100分）", totalLabels],
    ["得分合计(分)", totalLabels],
    ["其中：财政拨款", fundsFiscal],
    ["其中财政拨款（万元）", fundsFiscal],
    ["评价等级:", gradeLabels],
  ])("%s names a word of its list", (text, list) => {
    expect(named(text, list)).toBe(true);
  });

  it.each([
    ["合计数量说明", totalLabels],
    ["等级评定标准详见附件", gradeLabels],
    ["", totalLabels],
  ])("%j names none", (text, list) => {
    expect(named(text, list)).toBe(false);
  });

  it("one label folded once answers for several lists as isWord does for each", () => {
    for (const text of ["合计：", "其中：当年财政拨款", "评定级别（优良中差）", "总额(万元)"]) {
      const compact = compactText(text);
      const forms = wordForms(compact);
      for (const list of [totalLabels, gradeLabels, fundsFiscal]) expect(formsAreWord(forms, list, defaultProfile)).toBe(isWord(compact, list, defaultProfile));
    }
  });
});

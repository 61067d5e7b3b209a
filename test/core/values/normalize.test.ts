import { compactText, normalizeText } from "../../../src/core/values/normalize";

describe("normalizeText", () => {
  it.each([
    ["１０", "10"],
    ["９５％", "95%"],
    ["＜＞＝", "<>="],
    ["≦５", "≤5"],
    ["≧９０", "≥90"],
    ["（１５分）", "(15分)"],
    ["ＡＢＣ", "ABC"],
    ["一\u3000二", "一 二"],
    ["  部门履职  ", "部门履职"],
    ["\u3000优良中差\u3000", "优良中差"],
    ["−5", "-5"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("keeps Chinese text and punctuation outside the full-width ASCII block", () => {
    expect(normalizeText("年度指标值、实际完成值。")).toBe("年度指标值、实际完成值。");
  });
});

describe("compactText", () => {
  it.each([
    ["年度\n指标值", "年度指标值"],
    ["分 值", "分值"],
    ["部门履职\r\n（１５分）", "部门履职(15分)"],
    ["实际\u3000完成值", "实际完成值"],
  ])("%j → %j", (input, expected) => {
    expect(compactText(input)).toBe(expected);
  });
});

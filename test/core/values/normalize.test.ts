import { compactText } from "../../../src/core/values/normalize";

describe("compactText", () => {
  it.each([
    ["１０", "10"],
    ["９５％", "95%"],
    ["＜＞＝", "<>="],
    ["≦５", "≤5"],
    ["≧９０", "≥90"],
    ["⩽⩾﹤﹥﹦﹪", "≤≥<>=%"],
    ["（１５分）", "(15分)"],
    ["ＡＢＣ", "ABC"],
    ["−5", "-5"],
    ["￥100", "¥100"],
    ["年度\n指标值", "年度指标值"],
    ["分 值", "分值"],
    ["部门履职\r\n（１５分）", "部门履职(15分)"],
    ["实际\u3000完成值", "实际完成值"],
    ["  部门履职\t ", "部门履职"],
    ["\u3000优良中差\u00a0", "优良中差"],
    ["指\u200b标\ufeff值\u2028", "指标值"],
  ])("%j → %j", (input, expected) => {
    expect(compactText(input)).toBe(expected);
  });

  it("keeps Chinese text and punctuation outside the full-width ASCII block", () => {
    expect(compactText("年度指标值、实际完成值。")).toBe("年度指标值、实际完成值。");
  });

  it("keeps characters beyond the basic plane and control characters that are not white space", () => {
    expect(compactText("𠀋值\u0001")).toBe("𠀋值\u0001");
  });

  it("folds as the regular-expression definition does, on any text", () => {
    // The definition: full-width ASCII to half width, the look-alike symbols folded, zero-width characters dropped,
    // then every white space (JavaScript's \s) removed.
    const symbols: Record<string, string> = { "≦": "≤", "⩽": "≤", "≧": "≥", "⩾": "≥", "﹤": "<", "﹥": ">", "﹦": "=", "﹪": "%", "−": "-", "￥": "¥" };
    const byDefinition = (s: string) =>
      s
        .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
        .replace(/[\u200B-\u200D]/g, "")
        .replace(/[≦⩽≧⩾﹤﹥﹦﹪−￥]/g, (ch) => symbols[ch])
        .replace(/\s+/g, "");
    const alphabet = [..."a 1\t\n\r\v\f年（）％：，１Ａ～！\u3000\u00a0\u1680\u2000\u2005\u200a\u200b\u200d\u200e\u2028\u2029\u202f\u205f\ufeff≦≧−￥\uff00\uff5f\u0001"];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2_000; n++) {
      const s = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      expect(compactText(s)).toBe(byDefinition(s));
    }
  });
});

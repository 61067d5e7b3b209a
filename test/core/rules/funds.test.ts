import { profileFromOverrides } from "../../../src/core/profile";
import { checkSelfEvaluation, checkTarget, ofRule, single, summary, zh } from "./support";

describe("fund-sum in a 自评表's funds block", () => {
  it.each([
    ["年初预算数", "budgetInitial", "C", { C6: 95 }, 95, 100],
    ["全年预算数", "budgetAdjusted", "D", { D7: 5 }, 105, 100],
    ["全年执行数", "spent", "E", { E6: 80 }, 80, 90],
  ])("checks the %s column", (column, variant, col, changes, expected, actual) => {
    const result = checkSelfEvaluation(changes);
    const f = single(result, "fund-sum");
    expect(f).toMatchObject({ severity: "error", cell: `${col}5`, variant, expected, actual, fix: expected });
    expect(f.related).toEqual([`${col}6`, `${col}7`, `${col}8`]);
    expect(zh(f)).toBe(`${column}：年度资金总额应为 ${expected}（其下各项资金之和），表中为 ${actual}`);
  });

  it("counts 上年结转资金 and 其他资金", () => {
    expect(summary(checkSelfEvaluation({ C6: 80, C7: 15, C8: 5 }))).toEqual([]);
    expect(single(checkSelfEvaluation({ C6: 80, C7: 15 }), "fund-sum")).toMatchObject({ cell: "C5", expected: 95 });
  });

  it("reads blank parts as 0", () => {
    expect(summary(checkSelfEvaluation({ C7: null, C8: null, D7: null, D8: null, E7: null, E8: null }))).toEqual([]);
  });

  it.each([
    [99.98, []],
    [100.02, []],
    [99.97, ["fund-sum@C5"]],
    [100.03, ["fund-sum@C5"]],
  ])("money within 0.02 万元 is equal: 财政拨款 %p against a total of 100 gives %p", (fiscal, expected) => {
    expect(summary(checkSelfEvaluation({ C6: fiscal }))).toEqual(expected);
  });

  it("compares amounts with 4 decimals within 0.02 万元", () => {
    expect(summary(checkSelfEvaluation({ C5: 949.8213, C6: 949.82, D5: 949.8213, D6: 949.82 }))).not.toContain("fund-sum@C5");
  });
});

describe("fund-sum in a 绩效目标表: 预算数 = 财政资金 + 其他资金", () => {
  it("fires at 预算数", () => {
    const f = single(checkTarget({ C5: 1.5, C6: 0.3 }), "fund-sum");
    expect(f).toMatchObject({ severity: "error", cell: "C4", variant: "budget", expected: 1.8, actual: 2, fix: 1.8 });
    expect(f.related).toEqual(["C5", "C6"]);
    expect(zh(f)).toBe("预算数应为 1.8（财政资金+其他资金），表中为 2");
  });

  it.each([
    [{ C5: 1.5, C6: 0.5 }, []],
    [{ C5: 2, C6: null }, []],
    [{ C5: 1.99 }, []],
    [{ C5: 1.97 }, ["fund-sum@C4"]],
  ])("%p gives %p", (changes, expected) => {
    expect(summary(checkTarget(changes))).toEqual(expected);
  });
});

describe("exec-rate", () => {
  it("fires at 执行率 when it is not 全年执行数 / 全年预算数", () => {
    const f = single(checkSelfEvaluation({ G5: { v: 0.95, fmt: "0.00%" } }), "exec-rate");
    expect(f).toMatchObject({ severity: "error", cell: "G5", expected: 0.9, actual: 0.95, fix: 0.9 });
    expect(f.related).toEqual(["E5", "D5"]);
    expect(zh(f)).toBe("执行率应为 90/100 = 90%，表中为 95%");
  });

  it.each([
    [0.904, []],
    [0.896, []],
    [0.906, ["exec-rate@G5"]],
    [0.894, ["exec-rate@G5"]],
  ])("rates within 0.5 percentage point are equal: %p against 90% gives %p", (declared, expected) => {
    expect(summary(checkSelfEvaluation({ G5: { v: declared, fmt: "0.00%" } }))).toEqual(expected);
  });

  it("divides by 全年预算数, not 年初预算数", () => {
    expect(summary(checkSelfEvaluation({ C5: 120, C6: 120 }))).toEqual([]);
  });

  it("reads a rate typed as the number 90 (no % format) as 90%", () => {
    expect(summary(checkSelfEvaluation({ G5: 90 }))).toEqual([]);
    const f = single(checkSelfEvaluation({ G5: 95 }), "exec-rate");
    expect(f).toMatchObject({ cell: "G5", expected: 0.9, actual: 95, fix: 90 });
    expect(zh(f)).toBe("执行率应为 90/100 = 90%，表中为 95%");
  });

  it("a %-formatted 90 is 9000%", () => {
    expect(single(checkSelfEvaluation({ G5: { v: 90, fmt: "0%" } }), "exec-rate")).toMatchObject({ actual: 90, fix: 0.9 });
  });

  it("reads a rate typed as text `90%` (number-as-text, not exec-rate)", () => {
    expect(summary(checkSelfEvaluation({ G5: "90%" }))).toEqual(["number-as-text@G5"]);
  });
});

describe("exec-score", () => {
  const rate8619 = { E5: 86.19, E6: 86.19, G5: { v: 0.8619, fmt: "0.00%" } };

  it("86.19% of 10 is 8.62", () => {
    expect(summary(checkSelfEvaluation({ ...rate8619, H5: 8.62, H19: 98.62 }))).toEqual([]);
  });

  it("fires at the funds block's 得分 when it is not min(执行率, 1) × 分值", () => {
    const f = single(checkSelfEvaluation({ ...rate8619, H5: 8.6, H19: 98.6 }), "exec-score");
    expect(f).toMatchObject({ severity: "error", cell: "H5", variant: "capped", expected: 8.62, actual: 8.6, fix: 8.62 });
    expect(zh(f)).toBe("预算执行率得分应为 8.62（min(执行率 86.19%, 1) × 分值 10），表中为 8.6");
  });

  it("caps the rate at 100% by default", () => {
    const over = { E5: 110, E6: 110, G5: { v: 1.1, fmt: "0.00%" } };
    expect(summary(checkSelfEvaluation({ ...over, H5: 10, H19: 100 }))).toEqual([]);
    expect(single(checkSelfEvaluation({ ...over, H5: 11, H19: 101 }), "exec-score")).toMatchObject({ expected: 10, actual: 11 });
  });

  it("an uncapped profile scores 110% as 11", () => {
    const uncapped = profileFromOverrides({ executionScore: { mode: "uncapped" } });
    const over = { E5: 110, E6: 110, G5: { v: 1.1, fmt: "0.00%" } };
    expect(ofRule(checkSelfEvaluation({ ...over, H5: 11, H19: 101 }, uncapped), "exec-score")).toEqual([]);
    const f = single(checkSelfEvaluation({ ...over, H5: 10, H19: 100 }, uncapped), "exec-score");
    expect(f).toMatchObject({ variant: "uncapped", expected: 11, actual: 10 });
    expect(zh(f)).toContain("110%");
  });

  describe("a banded profile (100% → 10, 80–<100% → 7, 60–<80% → 5, below → 0)", () => {
    const banded = profileFromOverrides({
      executionScore: {
        mode: "banded",
        bands: [
          { minRate: 1, ratio: 1 },
          { minRate: 0.8, ratio: 0.7 },
          { minRate: 0.6, ratio: 0.5 },
          { minRate: 0, ratio: 0 },
        ],
      },
    });

    it("90% scores 7, not 9", () => {
      const f = single(checkSelfEvaluation({}, banded), "exec-score");
      expect(f).toMatchObject({ cell: "H5", variant: "banded", expected: 7, actual: 9, fix: 7 });
      expect(zh(f)).toBe("预算执行率得分应为 7（执行率 90% 按档计分，分值 10），表中为 9");
      expect(ofRule(checkSelfEvaluation({ H5: 7, H19: 97 }, banded), "exec-score")).toEqual([]);
    });

    it.each([
      [100, 10],
      [80, 7],
      [79, 5],
      [60, 5],
      [59, 0],
    ])("%p%% scores %p", (spent, expected) => {
      const rate = { E5: spent, E6: spent, G5: { v: spent / 100, fmt: "0.00%" } };
      expect(ofRule(checkSelfEvaluation({ ...rate, H5: expected, H19: 90 + expected, I5: null }, banded), "exec-score")).toEqual([]);
      expect(single(checkSelfEvaluation({ ...rate, H5: expected + 1, H19: 91 + expected }, banded), "exec-score")).toMatchObject({ expected });
    });
  });
});

describe("spend-plan", () => {
  it("the standard 25/50/75/100% plan is clean", () => {
    expect(ofRule(checkTarget(), "spend-plan")).toEqual([]);
  });

  it("fires at the first period that decreases", () => {
    const f = single(checkTarget({ D8: 0.4 }), "spend-plan");
    expect(f).toMatchObject({ severity: "error", cell: "D8", variant: "decrease", actual: 0.4, expected: 0.5 });
    expect(zh(f)).toBe("资金支出计划“10月底”为 40%，低于上一期的 50%（累计进度不应下降）");
  });

  it("fires at a period above 100%", () => {
    const f = single(checkTarget({ D8: 1.2 }), "spend-plan");
    expect(f).toMatchObject({ cell: "D8", variant: "over", actual: 1.2 });
    expect(zh(f)).toBe("资金支出计划“10月底”为 120%，超过 100%");
  });

  it("fires at the last period when it is not 100%", () => {
    const f = single(checkTarget({ E8: 0.9 }), "spend-plan");
    expect(f).toMatchObject({ cell: "E8", variant: "notFull", actual: 0.9, expected: 1, fix: 1 });
    expect(zh(f)).toBe("资金支出计划最后一期为 90%，应为 100%");
  });

  it("reports only the first offending cell", () => {
    expect(summary(checkTarget({ C8: 0.2, D8: 1.2, E8: 0.9 }))).toEqual(["spend-plan@C8"]);
  });

  it("reads shares typed as 25/50/75/100 as percentages", () => {
    expect(summary(checkTarget({ B8: 25, C8: 50, D8: 75, E8: 100 }))).toEqual([]);
    const f = single(checkTarget({ B8: 25, C8: 50, D8: 75, E8: 90 }), "spend-plan");
    expect(f).toMatchObject({ cell: "E8", variant: "notFull", actual: 0.9, fix: 100 });
    expect(zh(f)).toContain("90%");
    expect(single(checkTarget({ B8: 25, C8: 50, D8: 40, E8: 100 }), "spend-plan")).toMatchObject({ cell: "D8", variant: "decrease" });
  });

  it("a %-formatted share above 100% is over, whatever its size", () => {
    const pct = (v: number) => ({ v, fmt: "0%" });
    const f = single(checkTarget({ B8: pct(0.25), C8: pct(0.5), D8: pct(7.5), E8: pct(1) }), "spend-plan");
    expect(f).toMatchObject({ cell: "D8", variant: "over", actual: 7.5 });
    expect(zh(f)).toContain("750%");
  });

  it("a last period within 0.5 percentage point of 100% is full", () => {
    expect(ofRule(checkTarget({ E8: 0.996 }), "spend-plan")).toEqual([]);
  });

  it("reads 第一…第四季度 periods", () => {
    const quarters = { B7: "第一季度", C7: "第二季度", D7: "第三季度", E7: "第四季度" };
    expect(ofRule(checkTarget(quarters), "spend-plan")).toEqual([]);
    const f = single(checkTarget({ ...quarters, C8: 0.6, D8: 0.5 }), "spend-plan");
    expect(f).toMatchObject({ cell: "D8", variant: "decrease" });
    expect(zh(f)).toContain("第三季度");
  });
});

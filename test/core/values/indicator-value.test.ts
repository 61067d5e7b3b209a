import {
  defaultOperator,
  describe as describeValue,
  parseIndicatorValue,
  type IndicatorValue,
} from "../../../src/core/values/indicator-value";

function parsed(raw: string): Omit<IndicatorValue, "raw"> {
  const { raw: _raw, ...rest } = parseIndicatorValue(raw);
  expect(_raw).toBe(raw);
  return rest;
}

describe("parseIndicatorValue: quantities", () => {
  it.each([
    ["≥95%", { operator: ">=", value: 95, unit: "%" }],
    ["≥95百分比", { operator: ">=", value: 95, unit: "%" }],
    ["≥９５％", { operator: ">=", value: 95, unit: "%" }],
    [">=95%", { operator: ">=", value: 95, unit: "%" }],
    ["≧95%", { operator: ">=", value: 95, unit: "%" }],
    ["＞９０", { operator: ">", value: 90 }],
    ["35 栋", { value: 35, unit: "栋" }],
    ["949.82 万元", { value: 949.82, unit: "万元" }],
    ["85%以上", { operator: ">=", value: 85, unit: "%" }],
    ["低于10%", { operator: "<", value: 10, unit: "%" }],
    ["=100%", { operator: "=", value: 100, unit: "%" }],
    ["480", { value: 480 }],
    ["2个区域共5人", { value: 5, unit: "人" }],
    ["不低于95%", { operator: ">=", value: 95, unit: "%" }],
    ["10%以内", { operator: "<=", value: 10, unit: "%" }],
    ["≤250户", { operator: "<=", value: 250, unit: "户" }],
    ["投诉率≤5%", { operator: "<=", value: 5, unit: "%" }],
    ["全年总成本 30.38万元", { value: 30.38, unit: "万元" }],
    ["1,234.5万元", { value: 1234.5, unit: "万元" }],
    ["5人次以上", { operator: ">=", value: 5, unit: "人次" }],
    ["全年开展活动不少于12次", { operator: ">=", value: 12, unit: "次" }],
    ["5天内", { operator: "<=", value: 5, unit: "天" }],
    ["≤12个月", { operator: "<=", value: 12, unit: "月" }],
    ["百分之95", { value: 95, unit: "%" }],
    ["提高5个百分点", { value: 5, unit: "%" }],
    ["≥90%以上", { operator: ">=", value: 90, unit: "%" }],
    ["95%。", { value: 95, unit: "%" }],
  ])("%j", (raw, expected) => {
    expect(parsed(raw)).toStrictEqual({ kind: "quantity", ...expected });
  });

  it.each([
    ["大于等于90", ">="],
    ["大于或等于90", ">="],
    ["不少于90", ">="],
    ["达到90", ">="],
    ["大于90", ">"],
    ["高于90", ">"],
    ["多于90", ">"],
    ["超过90", ">"],
    ["小于等于90", "<="],
    ["不高于90", "<="],
    ["不超过90", "<="],
    ["90以下", "<="],
    ["90以内", "<="],
    ["小于90", "<"],
    ["低于90", "<"],
    ["少于90", "<"],
    ["等于90", "="],
    ["90以上", ">="],
  ])("reads the operator word of %j as %s", (raw, operator) => {
    expect(parsed(raw)).toStrictEqual({ kind: "quantity", operator, value: 90 });
  });

  it.each(["无投诉", "无", "零", "未发生安全事故"])("reads %j as zero", (raw) => {
    expect(parsed(raw)).toStrictEqual({ kind: "quantity", value: 0 });
  });

  it("reads 0起 as zero with its unit", () => {
    expect(parsed("0起")).toStrictEqual({ kind: "quantity", value: 0, unit: "起" });
  });

  it("reads a JS number", () => {
    expect(parseIndicatorValue(480)).toStrictEqual({ kind: "quantity", raw: "480", value: 480 });
    expect(parseIndicatorValue(0.95)).toStrictEqual({ kind: "quantity", raw: "0.95", value: 0.95 });
  });
});

describe("parseIndicatorValue: deadlines", () => {
  it.each([
    ["≤12月", { operator: "<=", month: 12 }],
    ["2022年12月31日前完成", { operator: "<=", year: 2022, month: 12, day: 31 }],
    ["12月底前", { operator: "<=", month: 12 }],
    ["12月底", { month: 12 }],
    ["9月", { month: 9 }],
    ["10月", { month: 10 }],
    ["2023年10月", { year: 2023, month: 10 }],
    ["2023年12月", { year: 2023, month: 12 }],
    ["第四季度", { operator: "<=", month: 12 }],
    ["年底前", { operator: "<=", month: 12 }],
    ["2023年底前", { operator: "<=", year: 2023, month: 12 }],
    ["年内", { operator: "<=", month: 12 }],
    ["上半年", { operator: "<=", month: 6 }],
    ["于2022年12月31日前拨付到位", { operator: "<=", year: 2022, month: 12, day: 31 }],
    ["不晚于2023年6月30日", { operator: "<=", year: 2023, month: 6, day: 30 }],
    ["2022-12-31", { year: 2022, month: 12, day: 31 }],
    ["≤１２月", { operator: "<=", month: 12 }],
    ["2018年", { operator: "<=", year: 2018, month: 12 }],
    ["2018年前", { operator: "<=", year: 2018, month: 12 }],
    ["2018年内", { operator: "<=", year: 2018, month: 12 }],
    ["2018年底", { operator: "<=", year: 2018, month: 12 }],
    ["2018年完成", { operator: "<=", year: 2018, month: 12 }],
    ["不晚于2018年", { operator: "<=", year: 2018, month: 12 }],
  ])("%j", (raw, expected) => {
    expect(parsed(raw)).toStrictEqual({ kind: "deadline", ...expected });
  });

  it.each(["2023年度", "（2023年度）", "2025—2027年", "2025-2027年", "2018年开展培训", "2018年12"])(
    "does not read %j as a deadline",
    (raw) => {
      expect(parsed(raw).kind).not.toBe("deadline");
    },
  );

  it("does not read the budget year 2023年度 as an amount either", () => {
    expect(parsed("2023年度")).toStrictEqual({ kind: "text" });
  });
});

describe("parseIndicatorValue: qualitative values and placeholders", () => {
  it.each([
    ["优", "excellent"],
    ["优秀", "excellent"],
    ["良", "good"],
    ["良好", "good"],
    ["中", "fair"],
    ["中等", "fair"],
    ["一般", "fair"],
    ["差", "poor"],
    ["较差", "poor"],
    ["是", "yes"],
    ["否", "no"],
    ["符合", "yes"],
    ["不符合", "no"],
    ["有", "yes"],
    ["达成年度指标", "met"],
    ["达成", "met"],
    ["完成", "met"],
    ["已完成", "met"],
    ["部分达成年度指标", "partial"],
    ["部分达成", "partial"],
    ["未达成年度指标", "unmet"],
    ["未达成", "unmet"],
    ["未完成", "unmet"],
  ])("%j is qualitative %s", (raw, level) => {
    expect(parsed(raw)).toStrictEqual({ kind: "qualitative", level });
  });

  it.each([
    "优良中差",
    "优/良/中/差",
    "优、良、中、差",
    "是否",
    "是/否",
    "是或否",
    "是 / 否",
    "是／否",
    "符合相关质量标准",
    "符合相关标准",
    "预算范围内",
    "控制在预算范围内",
  ])("%j is a placeholder", (raw) => {
    expect(parsed(raw)).toStrictEqual({ kind: "placeholder" });
  });

  it("reads plain 符合 as a legitimate target, not a placeholder", () => {
    expect(parseIndicatorValue("符合").kind).toBe("qualitative");
  });
});

describe("parseIndicatorValue: empty and prose", () => {
  it.each(["", "  ", "—", "-", "/"])("%j is empty", (raw) => {
    expect(parsed(raw)).toStrictEqual({ kind: "empty" });
  });

  it("reads null as empty", () => {
    expect(parseIndicatorValue(null)).toStrictEqual({ kind: "empty", raw: "" });
  });

  it.each([
    "通过项目实施，改善了群众生活条件",
    "项目实施后惠及群众500人，效果良好",
    "1-5人",
    "90%-95%",
    "无偿",
    "满意",
    "≥90%以下",
  ])("%j is text", (raw) => {
    expect(parsed(raw)).toStrictEqual({ kind: "text" });
  });
});

describe("describe", () => {
  it.each([
    ["≥95%", "quantity >= 95 %"],
    ["480", "quantity 480"],
    ["2022年12月31日前完成", "deadline <= 2022-12-31"],
    ["2023年10月", "deadline 2023-10"],
    ["9月", "deadline month 9"],
    ["优", "qualitative excellent"],
    ["是否", 'placeholder "是否"'],
    ["", "empty"],
    ["效果显著", 'text "效果显著"'],
  ])("%j → %j", (raw, expected) => {
    expect(describeValue(parseIndicatorValue(raw))).toBe(expected);
  });
});

describe("defaultOperator", () => {
  const count = { isCost: false };
  const cost = { isCost: true };

  it("keeps an explicit operator", () => {
    expect(defaultOperator(parseIndicatorValue("≤5%"), count)).toBe("<=");
    expect(defaultOperator(parseIndicatorValue("≥30万元"), cost)).toBe(">=");
  });

  it("reads a bare count or amount as >=", () => {
    expect(defaultOperator(parseIndicatorValue("35栋"), count)).toBe(">=");
    expect(defaultOperator(parseIndicatorValue("480"), count)).toBe(">=");
  });

  it("reads a bare cost as <=", () => {
    expect(defaultOperator(parseIndicatorValue("全年总成本 30.38万元"), cost)).toBe("<=");
  });

  it("reads a month or date as a deadline", () => {
    expect(defaultOperator(parseIndicatorValue("12月"), count)).toBe("<=");
    expect(defaultOperator(parseIndicatorValue("2022年12月31日"), count)).toBe("<=");
  });

  it("leaves a bare percentage ambiguous, even for a cost", () => {
    expect(defaultOperator(parseIndicatorValue("95%"), count)).toBe("ambiguous");
    expect(defaultOperator(parseIndicatorValue("95%"), cost)).toBe("ambiguous");
  });

  it("reads a zero target as <=", () => {
    expect(defaultOperator(parseIndicatorValue("0起"), count)).toBe("<=");
  });

  it("leaves non-numeric targets ambiguous", () => {
    expect(defaultOperator(parseIndicatorValue("优"), count)).toBe("ambiguous");
    expect(defaultOperator(parseIndicatorValue("优良中差"), count)).toBe("ambiguous");
  });
});

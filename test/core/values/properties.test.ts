import fc from "fast-check";
import { parseIndicatorValue } from "../../../src/core/values/indicator-value";
import { parseNumberCell } from "../../../src/core/values/numbers";

/** Pieces of real indicator values, so that generated strings reach the deeper branches of the parser. */
const PIECES = [
  ..."0123456789.,%-/ ",
  "≥", "≤", ">", "<", "=", "＜", "＞", "≧", "≦", "％", "\u3000",
  "不低于", "以上", "以内", "低于", "达到", "共", "无", "零", "起",
  "年", "月", "日", "底", "前", "第四季度", "万元", "元", "百分比", "栋", "人", "人次", "分",
  "优", "良", "中", "差", "是", "否", "符合", "达成", "年度", "指标",
];

const pieceString = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));
const anyString = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), pieceString);

function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** The parse result with `raw` blanked, which differs between the two spellings by design. */
function withoutRaw(s: string): object {
  return { ...parseIndicatorValue(s), raw: "" };
}

describe("value parser properties", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        parseIndicatorValue(s);
        parseNumberCell(s);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads full-width digits the same as half-width ones", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const wide = toFullWidthDigits(s);
        expect(withoutRaw(wide)).toStrictEqual(withoutRaw(s));
        expect(parseNumberCell(wide)).toStrictEqual(parseNumberCell(s));
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from "fast-check";
import { MAX_COLUMNS } from "../../../src/core/snapshot";
import { cellKeyIn, rangeArea } from "../../../src/hosts/xlsx/ooxml/addresses";
import { integerIn, numberIn } from "../../../src/hosts/xlsx/ooxml/span-numbers";
import { XmlScanner } from "../../../src/hosts/xlsx/ooxml/xml";

/** Text around `inner` so that readers must keep to their span. */
const framed = (inner: string) => ({ text: `9.5${inner}7e3`, start: 3, end: 3 + inner.length });

const numberLike = fc.oneof(
  fc.double({ noNaN: true }).map(String),
  fc.integer().map(String),
  fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.nat({ max: 1e9 })).map(([i, f]) => `${i}.${String(f).padStart(9, "0")}`),
  fc.string({ unit: fc.constantFrom("0", "1", "5", "9", ".", "-", "+", "e", "E", " ", "x", "_"), maxLength: 20 }),
);

describe("OOXML reader: numbers and positions read where they are written", () => {
  it("numberIn is parseFloat of the span, to the bit", () => {
    fc.assert(
      fc.property(numberLike, (inner) => {
        const { text, start, end } = framed(inner);
        expect(Object.is(numberIn(text, start, end), parseFloat(inner))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const inner of ["0.1", "0.95", "98.5", "-0", "-0.0", "5.", "123456789012345", "1234567890123456", "0.30000000000000004"]) {
      const { text, start, end } = framed(inner);
      expect(Object.is(numberIn(text, start, end), parseFloat(inner))).toBe(true);
    }
  });

  it("integerIn is parseInt of the span", () => {
    fc.assert(
      fc.property(numberLike, (inner) => {
        const { text, start, end } = framed(inner);
        expect(Object.is(integerIn(text, start, end), parseInt(inner, 10))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("cellKeyIn reads a reference in either case, with or without $, and nothing else", () => {
    const key = (ref: string) => {
      const { text, start, end } = framed(ref);
      return cellKeyIn(text, start, end);
    };
    expect(key("A1")).toBe(0);
    expect(key("$b$12")).toBe(11 * MAX_COLUMNS + 1);
    expect(key("XFD1048576")).toBe(1048575 * MAX_COLUMNS + 16383);
    for (const none of ["", "A", "12", "A0", "XFE1", "A1048577", "AAAA1", "A1 ", "$", "A$", "1A"]) expect(key(none)).toBe(-1);
  });

  it("rangeArea reads either corner first, a single cell, and ignores what follows a second colon", () => {
    expect(rangeArea("C2:A1")).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
    expect(rangeArea("B3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(rangeArea("A1:B2:C3")).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(rangeArea("A1:")).toBeUndefined();
  });
});

describe("OOXML reader: the scanner hands over values where they are written", () => {
  const written = fc.string({ unit: fc.constantFrom("a", "1", " ", "\t", "\r", "\n", "&amp;", "&lt;", "&#x41;", "&bogus;", "_x000D_", "中"), maxLength: 12 });
  const span = (text: string, start: number, end: number) => text.slice(start, end);

  it("attrWith reads what attr decodes", () => {
    fc.assert(
      fc.property(written, (value) => {
        const x = new XmlScanner(`<c r="${value}" t='s'/>`);
        x.next();
        expect(x.attrWith("r", span)).toBe(x.attr("r"));
        expect(x.attrWith("t", span)).toBe("s");
        expect(x.attrWith("s", span)).toBeUndefined();
      }),
    );
  });

  it("textWith reads what text decodes, CDATA sections and comments included", () => {
    const piece = fc.oneof(written, fc.constantFrom("<![CDATA[<x>\r\n]]>", "<!-- c -->"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 4 }), (pieces) => {
        const xml = `<v>${pieces.join("")}</v><w/>`;
        const a = new XmlScanner(xml);
        const b = new XmlScanner(xml);
        a.next();
        b.next();
        expect(a.textWith(span)).toBe(b.text());
        // Both leave the scanner at the same tag.
        expect([a.next(), a.closing, a.is("v")]).toEqual([b.next(), b.closing, b.is("v")]);
      }),
    );
    const empty = new XmlScanner("<v/>");
    empty.next();
    expect(empty.textWith(span)).toBe("");
  });
});

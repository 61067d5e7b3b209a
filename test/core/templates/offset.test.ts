import { buildTemplate, offsetFormula, offsetLayout, TEMPLATE_KINDS } from "../../../src/core/templates";

describe("moving a template away from A1", () => {
  it("moves this sheet's references, absolute ones too, and leaves other sheets, text and function names alone", () => {
    expect(offsetFormula("SUM(H14:H23)", 2, 3)).toBe("SUM(K16:K25)");
    expect(offsetFormula("$G$14", 1, 1)).toBe("$H$15");
    expect(offsetFormula("G$14+$G14", 1, 1)).toBe("H$15+$H15");
    expect(offsetFormula(`IF(D6=0,"",E6/D6)`, 1, 0)).toBe(`IF(D7=0,"",E7/D7)`);
    expect(offsetFormula(`IF(A1>=90,"A1优",LOG10(B2))`, 1, 1)).toBe(`IF(B2>=90,"A1优",LOG10(C3))`);
    expect(offsetFormula("SUM('评分表(2)'!D5:D11,Sheet1!A1,C3)", 1, 1)).toBe("SUM('评分表(2)'!D5:D11,Sheet1!A1,D4)");
    expect(offsetFormula("SUM('It''s'!A1)+A1", 0, 1)).toBe("SUM('It''s'!A1)+B1");
    expect(offsetFormula("Z1+AA1", 0, 1)).toBe("AA1+AB1");
  });

  it("keeps every part of every template in step with its cells", () => {
    for (const kind of TEMPLATE_KINDS) {
      for (const layout of buildTemplate(kind, { rowsPerGroup: 2 })) {
        const moved = offsetLayout(layout, 4, 2);
        expect(moved.cells.map((c) => c.value)).toEqual(layout.cells.map((c) => c.value));
        expect(moved.cells.map((c) => c.formula && offsetFormula(c.formula, -4, -2))).toEqual(layout.cells.map((c) => c.formula));
        expect(moved.columns[0].col).toBe("C");
        expect(moved.rowHeights[0].row).toBe(layout.rowHeights[0].row + 4);
        expect(moved.ref.startsWith("C5:")).toBe(true);
        expect(offsetLayout(moved, -4, -2)).toEqual(layout);
      }
    }
  });
});

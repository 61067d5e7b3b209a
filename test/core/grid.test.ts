import fc from "fast-check";
import { SheetGrid } from "../../src/core/grid";
import type { Cell, MergedArea, SheetSnapshot } from "../../src/core/snapshot";

const at = (row: number, col: number, value: Cell["value"], extra: Partial<Cell> = {}): Cell => ({ row, col, value, ...extra });
const area = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

describe("SheetGrid: random access over a sheet's cells and merges", () => {
  // Cells in no particular order, as a host may give them; two given twice at one position.
  const cells = [
    at(4, 3, 7), at(0, 0, " 项目 支出\n绩效自评表 "), at(4, 1, "合计"), at(2, 2, "（２０２３年度）"), at(4, 0, "   "),
    at(2, 0, "old"), at(2, 0, "年度"), at(6, 1, null), at(6, 2, ""), at(5, 5, { error: "#DIV/0!" }), at(4, 2, 45292, { numFmt: "yyyy-mm-dd" }),
  ];
  const merges = [area(0, 0, 0, 4), area(2, 2, 3, 3), area(2, 2, 2, 3), area(10, 0, 20_000, 3)];
  const grid = new SheetGrid({ name: "表", cells, merges });

  test("extent: the last row and column holding a cell or a merge (a merge too big to index is left out)", () => {
    expect(grid.rowCount).toBe(7);
    expect(grid.colCount).toBe(6);
  });

  test("rows: occupied ones ascending, each row's cells left to right; a position given twice holds the last", () => {
    expect(grid.occupiedRows()).toEqual([0, 2, 4, 5, 6]);
    expect(grid.rowCells(4).map((c) => c.col)).toEqual([0, 1, 2, 3]);
    expect(grid.rowCells(2).map((c) => [c.col, c.value])).toEqual([[0, "年度"], [2, "（２０２３年度）"]]);
    expect(grid.rowCells(1)).toEqual([]);
    expect(grid.cell(2, 0)?.value).toBe("年度");
    expect(grid.cell(4, 3)?.value).toBe(7);
    expect(grid.cell(4, 4)).toBeUndefined();
    expect(grid.cell(99, 0)).toBeUndefined();
  });

  test("merges: the area covering a position, the later of two overlapping ones; a huge merge is not indexed", () => {
    expect(grid.merge(0, 4)).toEqual(area(0, 0, 0, 4));
    expect(grid.merge(0, 5)).toBeUndefined();
    expect(grid.merge(2, 3)).toEqual(area(2, 2, 2, 3));
    expect(grid.merge(3, 3)).toEqual(area(2, 2, 3, 3));
    expect(grid.merge(15, 1)).toBeUndefined();
    expect(grid.anchor(3, 3)).toEqual({ row: 2, col: 2 });
    expect(grid.anchor(1, 1)).toEqual({ row: 1, col: 1 });
    expect(grid.anchorKey(3, 3)).toBe(grid.anchorKey(2, 2));
    expect(grid.anchorKey(3, 2)).toBe(grid.anchorKey(2, 2));
    expect(grid.anchorKey(3, 3)).not.toBe(grid.anchorKey(3, 1));
  });

  test("values and texts are read through merges; compact folds full width and drops white space", () => {
    expect(grid.shown(0, 3)).toBe(" 项目 支出\n绩效自评表 ");
    expect(grid.value(0, 3)).toBeNull();
    expect(grid.text(0, 2)).toBe("项目 支出\n绩效自评表");
    expect(grid.compact(0, 2)).toBe("项目支出绩效自评表");
    expect(grid.compact(3, 3)).toBe("(2023年度)");
    expect(grid.compact(4, 2)).toBe(grid.text(4, 2));
    expect(grid.text(4, 2)).not.toBe("45292");
    expect(grid.text(5, 5)).toBe("#DIV/0!");
    expect(grid.compact(6, 2)).toBe("");
    expect(grid.compactOf(grid.cell(2, 0) as Cell)).toBe("年度");
  });

  test("a row is empty when nothing in it shows a value: no cells, nulls, or white space", () => {
    expect(grid.isRowEmpty(1)).toBe(true);
    expect(grid.isRowEmpty(6)).toBe(true);
    expect(grid.isRowEmpty(3)).toBe(true);
    expect(grid.isRowEmpty(4)).toBe(false);
    expect(grid.isRowEmpty(5)).toBe(false);
  });
});

/**
 * The grid's answers, position by position, against a plain model of what they mean: a position's cell is the last
 * one given for it; a merge covers its area (and counts in the extent) unless it is over 10,000 cells; where merges
 * overlap the last given wins.
 */
function model(sheet: SheetSnapshot) {
  const at = new Map<string, Cell>();
  for (const c of sheet.cells) at.set(`${c.row},${c.col}`, c);
  const merges = sheet.merges.filter((m) => (m.bottom - m.top + 1) * (m.right - m.left + 1) <= 10_000);
  const merge = (row: number, col: number) => merges.filter((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right).pop();
  const cell = (row: number, col: number) => at.get(`${row},${col}`);
  const shown = (row: number, col: number) => {
    const m = merge(row, col);
    return m ? cell(m.top, m.left) : cell(row, col);
  };
  const rowCells = (row: number) => [...at.values()].filter((c) => c.row === row).sort((a, b) => a.col - b.col);
  const rows = [...new Set([...at.values()].map((c) => c.row))].sort((a, b) => a - b);
  const extent = [...sheet.cells.map((c) => [c.row, c.col]), ...merges.map((m) => [m.bottom, m.right])];
  return {
    cell,
    merge,
    shown,
    rowCells,
    rows,
    rowCount: Math.max(-1, ...extent.map(([r]) => r)) + 1,
    colCount: Math.max(-1, ...extent.map(([, c]) => c)) + 1,
    isRowEmpty: (row: number) => rowCells(row).every((c) => c.value === null || (typeof c.value === "string" && c.value.trim() === "")),
  };
}

const small = fc.nat({ max: 7 });
const value = fc.oneof(fc.constantFrom(null, "", " ", "  项目 名称 ", "ＡＢ", true), fc.integer({ min: -5, max: 5 }), fc.constant({ error: "#REF!" }));
const anyCell = fc.record({ row: small, col: small, value }).map((c): Cell => ({ ...c }));
const mergeArea = fc.tuple(small, small, small, small).map(([a, b, c, d]): MergedArea => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c, d), right: Math.max(c, d) }));
const sheet = fc.record({
  cells: fc.array(anyCell, { maxLength: 30 }),
  merges: fc.array(fc.oneof({ weight: 5, arbitrary: mergeArea }, { weight: 1, arbitrary: fc.constant({ top: 0, left: 2, bottom: 20_000, right: 2 }) }), { maxLength: 5 }),
});

describe("SheetGrid: every probe against a plain model", () => {
  it("answers every probe as the model does, for cells in any order, repeated positions and overlapping merges", () => {
    fc.assert(
      fc.property(sheet, ({ cells, merges }) => {
        const snapshot = { name: "表", cells, merges };
        const grid = new SheetGrid(snapshot);
        const m = model(snapshot);
        expect([grid.rowCount, grid.colCount]).toEqual([m.rowCount, m.colCount]);
        expect(grid.occupiedRows()).toEqual(m.rows);
        for (let row = -1; row <= 9; row++) {
          expect(grid.rowCells(row)).toEqual(m.rowCells(row));
          expect(grid.isRowEmpty(row)).toBe(m.isRowEmpty(row));
          for (let col = -1; col <= 9; col++) {
            expect(grid.cell(row, col)).toBe(m.cell(row, col));
            expect(grid.merge(row, col)).toBe(m.merge(row, col));
            expect(grid.shown(row, col)).toEqual(m.shown(row, col)?.value ?? null);
            const covering = m.merge(row, col);
            expect(grid.anchor(row, col)).toEqual(covering ? { row: covering.top, col: covering.left } : { row, col });
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

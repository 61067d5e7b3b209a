import fc from "fast-check";
import { SheetGrid } from "../../src/core/grid";
import type { Cell, MergedArea, SheetSnapshot } from "../../src/core/snapshot";
import { sheetFromRows } from "../helpers/grid";

/**
 * The grid's answers, position by position, against a plain model of what they mean: a position's cell is the last
 * one given for it; a merge covers its area unless it is over 10,000 cells; where merges overlap the last given wins.
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
  const extent = [...sheet.cells.map((c) => [c.row, c.col]), ...sheet.merges.map((m) => [m.bottom, m.right])];
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
const cell = fc.record({ row: small, col: small, value }).map((c): Cell => ({ ...c }));
const area = fc.tuple(small, small, small, small).map(([a, b, c, d]): MergedArea => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c, d), right: Math.max(c, d) }));
const sheet = fc.record({
  cells: fc.array(cell, { maxLength: 30 }),
  merges: fc.array(fc.oneof({ weight: 5, arbitrary: area }, { weight: 1, arbitrary: fc.constant({ top: 0, left: 2, bottom: 20_000, right: 2 }) }), { maxLength: 5 }),
});

describe("SheetGrid", () => {
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
      { numRuns: 100 },
    );
  });

  it("reads text through merges: trimmed as written, compact without white space and full-width forms folded", () => {
    const grid = new SheetGrid(sheetFromRows("表", [["  项目 名称 ", null], [{ v: 45292, fmt: "yyyy-mm-dd" }, { error: "#DIV/0!" }]], ["A1:B1"]));
    expect([grid.text(0, 1), grid.compact(0, 1)]).toEqual(["项目 名称", "项目名称"]);
    expect(grid.text(1, 0)).toBe("2024年1月1日");
    expect([grid.text(1, 1), grid.compact(1, 1)]).toEqual(["#DIV/0!", "#DIV/0!"]);
    expect([grid.text(5, 5), grid.compact(5, 5)]).toEqual(["", ""]);
    // The same text each time it is asked for, from the cell's cache.
    expect(grid.compact(0, 0)).toBe(grid.compact(0, 1));
  });

  it("gives a row's cells as the same array each time, and no cells for rows beyond the sheet", () => {
    const grid = new SheetGrid(sheetFromRows("表", [["a", "b"]]));
    expect(grid.rowCells(0)).toBe(grid.rowCells(0));
    expect(grid.rowCells(1_000_000)).toEqual([]);
    expect(grid.cell(1_000_000, 0)).toBeUndefined();
  });
});

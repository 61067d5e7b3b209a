import { SheetGrid } from "../../src/core/grid";
import type { Cell, MergedArea } from "../../src/core/snapshot";

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

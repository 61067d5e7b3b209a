import { SheetGrid } from "../../../src/core/grid";
import { locateTables } from "../../../src/core/detect/find-tables";
import { readHeader } from "../../../src/core/detect/header-row";
import { isGradeRow, isTotalRow, mayStartHeader, rowKind } from "../../../src/core/detect/row-kinds";
import { defaultProfile, profileFromOverrides } from "../../../src/core/profile";
import { SELF_EVALUATION_MERGES, selfEvaluationRows, sheetFromRows, type LiteralCell } from "../../helpers/grid";
import { at } from "../../helpers/address";

const profile = defaultProfile;

function gridOf(rows: LiteralCell[][], merges: string[] = []): SheetGrid {
  return new SheetGrid(sheetFromRows("表1", rows, merges));
}

/** The standard 自评表 with a grade row under its total and two blank rows after it. */
function selfEvaluationGrid(): SheetGrid {
  const rows = selfEvaluationRows();
  rows.push(["绩效等级", "优", null, null, null, null, null, null, null], [], [null, "  "]);
  return gridOf(rows, SELF_EVALUATION_MERGES);
}

describe("row kinds: one classification per row, shared by detection and reading", () => {
  const grid = selfEvaluationGrid();
  const kind = (row: number) => rowKind(grid, row, profile);

  test("a title row: its one text names a kind of table, spans the table, and is a heading", () => {
    expect(kind(0)).toMatchObject({ blank: false, numbers: false, texts: 1, sole: { text: "项目支出绩效自评表", width: 9 }, title: true, heading: true });
  });

  test("a subtitle and a form line are one text but not headings", () => {
    expect(kind(1)).toMatchObject({ texts: 1, sole: { text: "(2023年度)" }, title: false, heading: false });
    const form = gridOf([["填报单位：某某街道办事处"]], ["A1:H1"]);
    expect(rowKind(form, 0, profile)).toMatchObject({ texts: 1, title: false, heading: false });
  });

  test("a header row: texts only, several naming column roles; an amounts row and a prose row may not start one", () => {
    expect(mayStartHeader(kind(10))).toBe(true);
    expect(kind(10)).toMatchObject({ numbers: false, texts: 9 });
    expect(kind(10).roles).toBeGreaterThanOrEqual(7);
    expect(kind(4)).toMatchObject({ numbers: true, roles: 0 });
    expect(mayStartHeader(kind(4))).toBe(false);
    expect(mayStartHeader(kind(9))).toBe(false);
    expect(readHeader(grid, 4, profile)).toBeUndefined();
    expect(readHeader(grid, 10, profile)).toMatchObject({ row: 10, layout: "self-evaluation" });
  });

  test("total and grade rows name their label's column; reading takes the label only within the table's columns", () => {
    expect(kind(18)).toMatchObject({ totals: [0], grades: [] });
    expect(kind(19)).toMatchObject({ totals: [], grades: [0] });
    const columns = (left: number, right: number) => ({ ...readHeader(grid, 10, profile)!, left, right });
    expect(isTotalRow(grid, 18, columns(0, 8), profile)).toMatchObject({ ...at("A19"), text: "总分" });
    expect(isTotalRow(grid, 18, columns(1, 8), profile)).toBeUndefined();
    expect(isGradeRow(grid, 19, columns(0, 8), profile)).toMatchObject({ ...at("A20"), text: "绩效等级" });
    expect(isGradeRow(grid, 18, columns(0, 8), profile)).toBeUndefined();
  });

  test("a number shows as its digits: it counts as the row's text, never as a label", () => {
    const numbers = gridOf([[null, 100], ["合计", 100, { v: 0.95, fmt: "0.00%" }]], ["B1:E1"]);
    expect(rowKind(numbers, 0, profile)).toMatchObject({ numbers: true, texts: 1, sole: { text: "100", width: 4 }, title: false, heading: false, totals: [] });
    expect(rowKind(numbers, 1, profile)).toMatchObject({ numbers: true, texts: 3, roles: 0, totals: [0] });
  });

  test("blank rows: without cells, or with white space only", () => {
    expect(kind(20)).toMatchObject({ blank: true, texts: 0 });
    expect(kind(21)).toMatchObject({ blank: true, texts: 0 });
    expect(kind(500)).toMatchObject({ blank: true, texts: 0, totals: [], grades: [] });
  });

  test("the sheet is classified once: every probe of a row gets the same answer object", () => {
    expect(kind(10)).toBe(kind(10));
    locateTables(grid, profile);
    expect(kind(18)).toBe(kind(18));
  });

  test("the classification follows the profile asked with: another profile's total labels give another answer", () => {
    const own = gridOf([["指标", "分值", "得分"], ["甲", 50, 50], ["累计", 50, 50]]);
    expect(rowKind(own, 2, profile).totals).toEqual([]);
    const counting = profileFromOverrides({ synonyms: { totalLabels: ["累计"] } });
    expect(rowKind(own, 2, counting).totals).toEqual([0]);
    expect(rowKind(own, 2, profile).totals).toEqual([]);
  });

  test("detection ends a table at the total and grade rows the classification names", () => {
    const [table] = locateTables(grid, profile);
    expect(table).toMatchObject({ top: 0, totalRow: 18, gradeRow: 19, bottom: 19 });
  });
});

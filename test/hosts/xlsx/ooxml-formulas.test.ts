import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";
import { SharedFormulas } from "../../../src/hosts/xlsx/ooxml/formulas";
import { handMadeXlsx, worksheet } from "./ooxml-helpers";

/** exceljs's own translation of a shared formula, for the formulas it translates right. */
const { slideFormula } = jest.requireActual("exceljs/lib/utils/shared-formula") as {
  slideFormula: (formula: string, from: string, to: string) => string;
};

/** The formula of the cell `rows` down and `cols` right of the master at C3 (row 2, col 2). */
function filled(formula: string, rows: number, cols: number): string | undefined {
  const formulas = new SharedFormulas();
  formulas.master("0", formula, 2, 2);
  return formulas.formula("0", 2 + rows, 2 + cols);
}

const OFFSETS: [number, number][] = [
  [0, 0],
  [1, 0],
  [0, 1],
  [5, 3],
];

describe("OOXML reader: shared formulas", () => {
  it.each([
    "SUM(A1:A3)",
    "A1*2+$B$1",
    "$A1+A$1-$A$1",
    "IF(A1>0,A1,0)",
    "ROUND(E5/D5,2)",
    "SUM($C1:C1)",
    "Sheet2!A1+'自评表 1'!B$2",
    "LOG10(A1)+ATAN2(A1,B1)",
    'A1&"元"',
    "1.5E+3*A1",
    "_xlfn.IFS(A1>0,1,TRUE,0)",
    "VLOOKUP(A1,$D$1:$E$10,2,FALSE)",
    "$XFD1+A1048570",
    "a1+b2",
  ])("moves %s as exceljs does", (formula) => {
    for (const [rows, cols] of OFFSETS) {
      const to = String.fromCharCode(67 + cols) + String(3 + rows);
      expect(filled(formula, rows, cols)).toBe(slideFormula(formula, "C3", to));
    }
  });

  it.each([
    ["text that looks like a reference", 'IF(B1="B1","A1",C1)', 1, 0, 'IF(B2="B1","A1",C2)'],
    ["a quoted sheet name that looks like one", "'Q1 数据'!C1", 1, 0, "'Q1 数据'!C2"],
    ["a name ending like one", "项目A1*2", 1, 1, "项目A1*2"],
    ["a structured reference", "SUM(表1[[#This Row],[A1]])+A1", 1, 0, "SUM(表1[[#This Row],[A1]])+A2"],
    ["whole columns", "SUM(A:A)+SUM($A:B)", 0, 1, "SUM(B:B)+SUM($A:C)"],
    ["whole rows", "SUM(1:1)+SUM($1:2)", 1, 0, "SUM(2:2)+SUM($1:3)"],
    ["a reference moved off the sheet", "A1048576+A1", 1, 0, "#REF!+A2"],
  ])("moves a formula with %s right (exceljs does not)", (_, formula, rows, cols, expected) => {
    expect(filled(formula, rows, cols)).toBe(expected);
  });

  it("gives each cell of a group its own formula; a cell with its own text keeps it, one whose master is unknown has none", () => {
    const xml = worksheet(
      `<row r="1"><c r="A1"><f t="shared" ref="A1:A4" si="0">B1*2</f><v>2</v></c><c r="B1"><v>1</v></c></row>` +
        `<row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c></row>` +
        `<row r="3"><c r="A3"><f t="shared" si="0">B3*3</f><v>6</v></c></row>` +
        `<row r="4"><c r="A4"><f t="shared" si="0"/></c><c r="B4"><f t="shared" si="7"/><v>8</v></c></row>`,
    );
    const snapshot = readWorkbookSnapshot("shared.xlsx", handMadeXlsx({ sheets: [{ name: "共享", xml }] }));
    expect(snapshot.sheets[0].cells).toEqual([
      { row: 0, col: 0, value: 2, formula: "B1*2" },
      { row: 0, col: 1, value: 1 },
      { row: 1, col: 0, value: 4, formula: "B2*2" },
      { row: 2, col: 0, value: 6, formula: "B3*3" },
      { row: 3, col: 0, value: null, formula: "B4*2" },
      { row: 3, col: 1, value: 8 },
    ]);
  });
});

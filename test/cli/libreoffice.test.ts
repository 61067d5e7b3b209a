/**
 * The copies `fix` writes, opened by a real spreadsheet application: LibreOffice recalculates every formula on load
 * and exports each sheet as CSV; the written totals and every formula must come out as the engine expects.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/engine";
import { parseAddress } from "../../src/core/snapshot";
import { workbookSnapshot } from "../helpers/exceljs-reference";
import { recalculatedCsv, requireLibreOffice } from "../helpers/libreoffice";
import { perfcheck, S08, SAMPLES, tempDir } from "./run";
import { ofKind } from "../helpers/table-kind";
import { INDICATOR_TABLE_KINDS } from "../../src/core/table-kinds";
import { a1 } from "../helpers/address";

const S05 = path.join(SAMPLES, "s05_和义街道2023项目支出绩效自评表（一）.xlsx");
const SHEET2 = "抽查2.残疾人儿童康复训练补助";

jest.setTimeout(240_000);

/** What LibreOffice computed, by sheet and A1 address. */
type Computed = (sheet: string, address: string) => string;

function reader(grids: Map<string, string[][]> | undefined): Computed {
  return (sheet, address) => {
    const p = parseAddress(address);
    if (!p) throw new Error(`bad address ${address}`);
    return grids?.get(sheet)?.[p.row]?.[p.col] ?? "";
  };
}

/** Compares a computed cell with an expected value: numbers to 1e-6 (LibreOffice writes percentages as `96.5%`). */
function expectValue(where: string, actual: string, expected: unknown, tolerance = 1e-6): void {
  if (typeof expected !== "number") {
    expect({ where, value: actual }).toEqual({ where, value: String(expected) });
    return;
  }
  const n = actual.endsWith("%") ? Number(actual.slice(0, -1)) / 100 : Number(actual);
  if (!(Math.abs(n - expected) <= tolerance * Math.max(1, Math.abs(expected)))) {
    throw new Error(`${where}: LibreOffice computed ${actual}, expected ${expected}`);
  }
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * Every formula of a fixed copy computes to its cached result (what the engine read and checked), except the
 * cells named in `stale`, which must compute to the value given there.
 */
function expectFormulas(wb: ExcelJS.Workbook, value: Computed, stale: Record<string, number> = {}): number {
  let count = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const key = `${ws.name}!${cell.address}`;
        const result = cell.result;
        expectValue(key, value(ws.name, cell.address), key in stale ? stale[key] : typeof result === "object" ? String(result) : result);
        count++;
      }),
    );
  }
  return count;
}

/** Every table's declared total score is the engine's total, within RULES.md's rounding band (0.02). */
function expectTotals(wb: ExcelJS.Workbook, value: Computed): number {
  const result = checkWorkbook(workbookSnapshot(wb));
  let count = 0;
  result.tables.forEach((table, i) => {
    const cell = a1(ofKind(table, ...INDICATOR_TABLE_KINDS).total?.score);
    const expected = result.totals[i].totalScore;
    if (!cell || expected === undefined) return;
    expectValue(`${table.sheet}!${cell}`, value(table.sheet, cell), expected, 0.02 / Math.max(1, expected));
    count++;
  });
  return count;
}

let dir: string;
beforeAll(async () => {
  await requireLibreOffice();
  dir = await tempDir("libreoffice");
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test("fixed copies recalculate in LibreOffice to the totals the engine computed", async () => {
  // s05 keeps its totals as formulas; in a copy of s08, 抽查2's total H21 is left empty (fix writes 96) and K21
  // reads it through a formula whose cached result (0) is stale until the copy is recalculated.
  const blank = path.join(dir, "blank-total.xlsx");
  const wb = await load(S08);
  const sheet2 = wb.getWorksheet(SHEET2);
  if (!sheet2) throw new Error(`s08 lacks ${SHEET2}`);
  sheet2.getCell("H21").value = null;
  sheet2.getCell("K21").value = { formula: "H21", result: 0 };
  await wb.xlsx.writeFile(blank);
  const plan = checkWorkbook(workbookSnapshot(await load(blank))).plan;
  expect(plan.values).toContainEqual(expect.objectContaining({ sheet: SHEET2, cell: "H21", value: 96, previous: null, reason: "empty-total" }));

  const fixedS05 = path.join(dir, "s05.fixed.xlsx");
  const fixedBlank = path.join(dir, "blank-total.fixed.xlsx");
  const runs = await Promise.all([perfcheck(["fix", S05, "--out", fixedS05]), perfcheck(["fix", blank, "--out", fixedBlank])]);
  expect(runs.map((r) => [r.code, r.stderr])).toEqual([[0, ""], [0, ""]]);

  const s05 = await load(fixedS05);
  const fixed = await load(fixedBlank);
  const sheets = new Map([[fixedS05, s05], [fixedBlank, fixed]]);
  const csv = await recalculatedCsv([fixedS05, fixedBlank], (f) => sheets.get(f)?.worksheets.map((w) => w.name) ?? [], path.join(dir, "csv"));
  const s05Values = reader(csv.get(fixedS05));
  expect(expectFormulas(s05, s05Values)).toBe(49);
  expect(expectTotals(s05, s05Values)).toBe(7);

  const values = reader(csv.get(fixedBlank));
  for (const v of plan.values) expectValue(`${v.sheet}!${v.cell}`, values(v.sheet, v.cell), v.value);
  expect(expectFormulas(fixed, values, { [`${SHEET2}!K21`]: 96 })).toBe(1);
  expect(expectTotals(fixed, values)).toBe(11);
});

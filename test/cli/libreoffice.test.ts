/**
 * The copies `fix` writes, opened by a real spreadsheet application: LibreOffice recalculates every formula on load
 * and exports each sheet as CSV; the written totals and every formula must come out as the engine expects.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/engine";
import { parseAddress } from "../../src/core/snapshot";
import { workbookSnapshot } from "../../src/hosts/xlsx/read-snapshot";
import { perfcheck, S08, SAMPLES, tempDir } from "./run";

const S05 = path.join(SAMPLES, "s05_和义街道2023项目支出绩效自评表（一）.xlsx");
const SHEET2 = "抽查2.残疾人儿童康复训练补助";
const INSTALL = "LibreOffice is needed for this test: apt-get install -y libreoffice-calc";
/** All sheets (the last field, -1, needs LibreOffice ≥ 7.2), UTF-8, raw values rather than as shown. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
/** Recalculate OOXML files on load, always (0), instead of trusting the cached results. */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

jest.setTimeout(240_000);

function soffice(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("soffice", args, { encoding: "utf8", timeout: 180_000 }, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === "ENOENT") reject(new Error(INSTALL));
      else if (error) reject(new Error(`soffice ${args.join(" ")} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== "\r") field += c;
  }
  if (field || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** What LibreOffice computed, by sheet and A1 address. */
type Computed = (sheet: string, address: string) => string;

async function computed(csvDir: string, file: string, sheets: string[]): Promise<Computed> {
  const base = path.basename(file, ".xlsx");
  const grids = new Map<string, string[][]>();
  for (const sheet of sheets) grids.set(sheet, parseCsv(await fs.readFile(path.join(csvDir, `${base}-${sheet}.csv`), "utf8")));
  return (sheet, address) => {
    const p = parseAddress(address);
    if (!p) throw new Error(`bad address ${address}`);
    return grids.get(sheet)?.[p.row]?.[p.col] ?? "";
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
    const cell = table.total?.score?.cell;
    const expected = result.totals[i].totalScore;
    if (!cell || expected === undefined) return;
    expectValue(`${table.sheet}!${cell}`, value(table.sheet, cell), expected, 0.02 / Math.max(1, expected));
    count++;
  });
  return count;
}

let dir: string;
beforeAll(async () => {
  const version = await soffice(["--version"]);
  const [major, minor] = (/LibreOffice (\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  if (!(major > 7 || (major === 7 && minor >= 2))) throw new Error(`LibreOffice ≥ 7.2 is needed to export all sheets, found: ${version}`);
  dir = await tempDir("libreoffice");
  await fs.mkdir(path.join(dir, "profile/user"), { recursive: true });
  await fs.writeFile(path.join(dir, "profile/user/registrymodifications.xcu"), RECALC_ON_LOAD);
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
  expect(plan.values).toContainEqual({ sheet: SHEET2, cell: "H21", value: 96, previous: null, reason: "empty-total" });

  const fixedS05 = path.join(dir, "s05.fixed.xlsx");
  const fixedBlank = path.join(dir, "blank-total.fixed.xlsx");
  const runs = await Promise.all([perfcheck(["fix", S05, "--out", fixedS05]), perfcheck(["fix", blank, "--out", fixedBlank])]);
  expect(runs.map((r) => [r.code, r.stderr])).toEqual([[0, ""], [0, ""]]);

  const csvDir = path.join(dir, "csv");
  await soffice([`-env:UserInstallation=${pathToFileURL(path.join(dir, "profile")).href}`, "--headless", "--convert-to", CSV_FILTER, "--outdir", csvDir, fixedS05, fixedBlank]);

  const s05 = await load(fixedS05);
  const s05Values = await computed(csvDir, fixedS05, s05.worksheets.map((s) => s.name));
  expect(expectFormulas(s05, s05Values)).toBe(49);
  expect(expectTotals(s05, s05Values)).toBe(7);

  const fixed = await load(fixedBlank);
  const values = await computed(csvDir, fixedBlank, fixed.worksheets.map((s) => s.name));
  for (const v of plan.values) expectValue(`${v.sheet}!${v.cell}`, values(v.sheet, v.cell), v.value);
  expect(expectFormulas(fixed, values, { [`${SHEET2}!K21`]: 96 })).toBe(1);
  expect(expectTotals(fixed, values)).toBe(11);
});

/**
 * The templates `perfcheck template` writes, filled in and opened by a real spreadsheet application: LibreOffice
 * recalculates every formula on load; the totals, 执行率, its 得分 and the grades must come out as worked out by
 * hand in the samples, and the engine must find nothing wrong with the recalculated files.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/engine";
import { parseAddress } from "../../src/core/snapshot";
import { TEMPLATE_KINDS, type TemplateKind } from "../../src/core/templates";
import { workbookSnapshot } from "../helpers/exceljs-reference";
import { SAMPLES } from "../core/templates/samples";
import { recalculatedCsv, recalculatedXlsx, requireLibreOffice } from "../helpers/libreoffice";
import { perfcheck, tempDir } from "./run";

jest.setTimeout(300_000);

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Types a sample's inputs into the written template, into its input cells only, as a person would. */
async function fillIn(kind: TemplateKind, file: string, out: string): Promise<void> {
  const wb = await load(file);
  const { layouts, inputs } = SAMPLES[kind];
  layouts.forEach((layout, i) => {
    const ws = wb.getWorksheet(layout.sheetName);
    if (!ws) throw new Error(`${file} lacks the sheet ${layout.sheetName}`);
    for (const [address, value] of Object.entries(inputs[i])) {
      if (typeof value === "number" || typeof value === "string") ws.getCell(address).value = value;
    }
  });
  await wb.xlsx.writeFile(out);
}

/** A value LibreOffice wrote to CSV against the expected one: numbers to 1e-9 (a percentage may come as `90.77%`, to 1e-4). */
function expectComputed(where: string, text: string, expected: unknown): void {
  if (typeof expected !== "number") {
    expect({ where, value: text }).toEqual({ where, value: String(expected) });
    return;
  }
  const percent = text.endsWith("%");
  const n = percent ? Number(text.slice(0, -1)) / 100 : Number(text);
  const tolerance = percent ? 1e-4 : 1e-9;
  if (!(Math.abs(n - expected) <= tolerance * Math.max(1, Math.abs(expected)))) throw new Error(`${where}: LibreOffice computed ${text}, expected ${expected}`);
}

const filled = new Map<TemplateKind, string>();
let csv: Awaited<ReturnType<typeof recalculatedCsv>>;
let recalculated: Map<TemplateKind, string>;
let dir: string | undefined;

beforeAll(async () => {
  await requireLibreOffice();
  const work = await tempDir("template-libreoffice");
  dir = work;
  const written = TEMPLATE_KINDS.map((kind) => path.join(work, `${kind}.xlsx`));
  const runs = await Promise.all(TEMPLATE_KINDS.map((kind, i) => perfcheck(["template", kind, "--out", written[i]])));
  expect(runs.map((r) => [r.code, r.stderr])).toEqual(TEMPLATE_KINDS.map(() => [0, ""]));
  for (const [i, kind] of TEMPLATE_KINDS.entries()) {
    const out = path.join(work, `${kind}.filled.xlsx`);
    await fillIn(kind, written[i], out);
    filled.set(kind, out);
  }
  const files = [...filled.values()];
  const kindOf = new Map([...filled].map(([kind, file]) => [file, kind]));
  const sheets = (file: string) => SAMPLES[kindOf.get(file) ?? "target"].layouts.map((l) => l.sheetName);
  csv = await recalculatedCsv(files, sheets, path.join(work, "csv"));
  const copies = await recalculatedXlsx(files, path.join(work, "xlsx"));
  recalculated = new Map(TEMPLATE_KINDS.map((kind, i) => [kind, copies[i]]));
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe.each(TEMPLATE_KINDS)("the %s template, filled in and recalculated by LibreOffice", (kind) => {
  it("computes every formula as worked out by hand", () => {
    const { layouts, results } = SAMPLES[kind];
    const grids = csv.get(filled.get(kind) ?? "");
    layouts.forEach((layout, i) => {
      const grid = grids?.get(layout.sheetName);
      if (!grid) throw new Error(`no CSV for ${layout.sheetName}`);
      const formulas = layout.cells.filter((c) => c.formula !== undefined).map((c) => c.address);
      // Every formula has a hand-computed result: none goes unchecked.
      expect(Object.keys(results[i]).sort()).toEqual([...formulas].sort());
      for (const address of formulas) {
        const p = parseAddress(address);
        expectComputed(`${layout.sheetName}!${address}`, (p && grid[p.row]?.[p.col]) ?? "", results[i][address]);
      }
    });
  });

  it("yields no finding", async () => {
    const result = checkWorkbook(workbookSnapshot(await load(recalculated.get(kind) ?? "")));
    expect(result.tables.map((t) => [t.sheet, t.kind, t.range])).toEqual(SAMPLES[kind].layouts.map((l) => [l.sheetName, l.kind, l.ref]));
    expect(result.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([]);
  });
});

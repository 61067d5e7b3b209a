/**
 * LibreOffice as a real spreadsheet application for tests: it opens .xlsx files, recalculates every formula on
 * load (its cached results are never trusted) and saves them as CSV (one file per sheet) or .xlsx.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const INSTALL_HINT = "install LibreOffice: apt-get install -y libreoffice-calc";

/** All sheets, one file each (the last field, -1, needs LibreOffice ≥ 7.2); UTF-8; raw values, not as shown. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
const XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML";

/** Recalculate OOXML files on load, always (0), instead of using the results cached in the file. */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function soffice(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("soffice", args, { encoding: "utf8", timeout: 180_000 }, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === "ENOENT") reject(new Error(`soffice not found: ${INSTALL_HINT}`));
      else if (error) reject(new Error(`soffice ${args.join(" ")} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** Fails with the install hint when LibreOffice is missing or too old to export every sheet as CSV. */
export async function requireLibreOffice(): Promise<void> {
  const version = await soffice(["--version"]);
  const [major, minor] = (/LibreOffice (\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  if (!(major > 7 || (major === 7 && minor >= 2))) throw new Error(`LibreOffice ≥ 7.2 is needed, found ${version.trim()}: ${INSTALL_HINT}`);
}

/** Opens the files in a fresh LibreOffice profile that recalculates on load, and converts them into `outDir`. */
async function convertRecalculated(files: string[], outDir: string, filter: string): Promise<void> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "perfcheck-lo-profile-"));
  try {
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user/registrymodifications.xcu"), RECALC_ON_LOAD);
    await soffice([`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", filter, "--outdir", outDir, ...files]);
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  for (const file of files) {
    const base = path.basename(file, path.extname(file));
    const made = (await fs.readdir(outDir)).some((f) => f.startsWith(base));
    if (!made) throw new Error(`LibreOffice wrote nothing for ${file} into ${outDir}`);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
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

/** Each file's sheets as LibreOffice computes them: rows of cell texts, by file and sheet name. */
export async function recalculatedCsv(files: string[], sheets: (file: string) => string[], outDir: string): Promise<Map<string, Map<string, string[][]>>> {
  await convertRecalculated(files, outDir, CSV_FILTER);
  const out = new Map<string, Map<string, string[][]>>();
  for (const file of files) {
    const base = path.basename(file, path.extname(file));
    const grids = new Map<string, string[][]>();
    for (const sheet of sheets(file)) grids.set(sheet, parseCsv(await fs.readFile(path.join(outDir, `${base}-${sheet}.csv`), "utf8")));
    out.set(file, grids);
  }
  return out;
}

/** Copies of the files saved by LibreOffice after recalculating them (cached results are LibreOffice's), in `outDir`. */
export async function recalculatedXlsx(files: string[], outDir: string): Promise<string[]> {
  await convertRecalculated(files, outDir, XLSX_FILTER);
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.xlsx`));
}

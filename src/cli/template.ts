import { buildTemplate, isTemplateKind, MAX_ROWS_PER_GROUP, TEMPLATE_KINDS, TEMPLATES, type TemplateKind } from "../core/templates";
import { writeTemplate } from "../hosts/xlsx/write-template";
import type { Language } from "../core/messages";
import { LANGUAGES, parseArgs, stringOption, UsageError, type OptionSpec, type ParsedArgs } from "./args";
import { refuseOutput, writeOutput } from "./output-file";
import { loadProfile, profileFiles } from "./profile-option";

const USAGE = `用法 / usage:
  perfcheck template KIND --out FILE.xlsx [--rows N] [--profile NAME|FILE] [--force]
  perfcheck template --list
`;

const OPTIONS: OptionSpec = { values: { out: null, rows: null, profile: null, lang: LANGUAGES }, flags: ["list", "force", "help"] };

/** The kinds with their Chinese titles, one a line. */
export function kindList(): string {
  const width = Math.max(...TEMPLATE_KINDS.map((k) => k.length));
  return TEMPLATE_KINDS.map((k) => {
    const { title, note } = TEMPLATES[k];
    return `  ${k.padEnd(width)}  ${title}${note ? `（${note}）` : ""}`;
  }).join("\n");
}

function kindOf(args: ParsedArgs): TemplateKind {
  if (args.positional.length !== 1) throw new UsageError("template 需要一个模板类型 (template needs one KIND)");
  const [kind] = args.positional;
  if (!isTemplateKind(kind)) throw new UsageError(`未知的模板类型 (unknown kind) ${kind}`);
  return kind;
}

function rowsOf(args: ParsedArgs, kind: TemplateKind): number | undefined {
  const rows = stringOption(args, "rows");
  if (rows === undefined) return undefined;
  if (!TEMPLATES[kind].freeRows) throw new UsageError(`--rows 不适用于 ${kind}：指标体系的指标是固定的 (${kind} has a fixed set of indicators)`);
  const n = Number(rows);
  if (!/^\d+$/.test(rows) || n < 1 || n > MAX_ROWS_PER_GROUP) throw new UsageError(`--rows 应为 1 到 ${MAX_ROWS_PER_GROUP} 的整数 (--rows takes 1–${MAX_ROWS_PER_GROUP})`);
  return n;
}

/** `template KIND --out FILE.xlsx`: a new workbook with a standard table layout; an existing file only with --force. */
async function writeFile(args: ParsedArgs): Promise<number> {
  const kind = kindOf(args);
  const out = stringOption(args, "out");
  if (!out) throw new UsageError("template 需要用 --out 指定输出文件 (template needs --out FILE.xlsx)");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out ${out}：输出文件应以 .xlsx 结尾 (the output must be an .xlsx file)`);
  const rowsPerGroup = rowsOf(args, kind);
  const profileOption = stringOption(args, "profile");
  const force = args.options.has("force");
  await refuseOutput(out, profileFiles(profileOption), force);
  const profile = await loadProfile(profileOption);
  const layouts = buildTemplate(kind, { rowsPerGroup, profile });
  // exceljs is loaded only here: checking and fixing never need it, and loading it is most of a small check's start-up.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  writeTemplate(wb, layouts);
  await writeOutput(out, new Uint8Array(await wb.xlsx.writeBuffer()), force);
  process.stdout.write(`已写入 (wrote) ${out}：${layouts.map((l) => l.sheetName).join("、")}\n`);
  return 0;
}

/** `perfcheck template …`: usage problems end with the usage and the list of kinds, exit code 2. */
export async function template(argv: string[], language: Language): Promise<number> {
  try {
    const args = parseArgs(argv, OPTIONS, language);
    if (args.options.has("help")) {
      process.stdout.write(`${USAGE}模板类型 (kinds):\n${kindList()}\n`);
      return 0;
    }
    if (args.options.has("list")) {
      process.stdout.write(kindList() + "\n");
      return 0;
    }
    return await writeFile(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`perfcheck: ${e.message}\n${USAGE}模板类型 (kinds):\n${kindList()}\n`);
    return 2;
  }
}

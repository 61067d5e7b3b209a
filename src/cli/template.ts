import { buildTemplate, isTemplateKind, MAX_ROWS_PER_GROUP, TEMPLATE_KINDS, TEMPLATES, type TemplateKind } from "../core/templates";
import { writeTemplate } from "../hosts/xlsx/write-template";
import type { Language } from "../core/messages";
import { LANGUAGES, languageOption, parseArgs, stringOption, UsageError, type OptionSpec, type ParsedArgs } from "./args";
import { refuseOutput, writeOutput } from "./output-file";
import { loadProfile, profileFiles } from "./profile-option";
import { CLI_WORDS, type CliWords } from "./words";

const OPTIONS: OptionSpec = { values: { out: null, rows: null, profile: null, lang: LANGUAGES }, flags: ["list", "force", "help"] };

/** The kinds with their titles, one a line, in `language`. */
function kindList(language: Language): string {
  const words = CLI_WORDS[language].template;
  const width = Math.max(...TEMPLATE_KINDS.map((k) => k.length));
  return TEMPLATE_KINDS.map((k) => `  ${k.padEnd(width)}  ${words.kind(k, TEMPLATES[k])}`).join("\n");
}

type TemplateWords = CliWords["template"];

function kindOf(args: ParsedArgs, words: TemplateWords): TemplateKind {
  if (args.positional.length !== 1) throw new UsageError(words.needsKind);
  const [kind] = args.positional;
  if (!isTemplateKind(kind)) throw new UsageError(words.unknownKind(kind));
  return kind;
}

function rowsOf(args: ParsedArgs, kind: TemplateKind, words: TemplateWords): number | undefined {
  const rows = stringOption(args, "rows");
  if (rows === undefined) return undefined;
  if (!TEMPLATES[kind].freeRows) throw new UsageError(words.rowsFixed(kind));
  const n = Number(rows);
  if (!/^\d+$/.test(rows) || n < 1 || n > MAX_ROWS_PER_GROUP) throw new UsageError(words.rowsRange(MAX_ROWS_PER_GROUP));
  return n;
}

/** `template KIND --out FILE.xlsx`: a new workbook with a standard table layout; an existing file only with --force. */
async function writeFile(args: ParsedArgs, language: Language): Promise<number> {
  const words = CLI_WORDS[language].template;
  const kind = kindOf(args, words);
  const out = stringOption(args, "out");
  if (!out) throw new UsageError(words.needsOut);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(words.outXlsx(out));
  const rowsPerGroup = rowsOf(args, kind, words);
  const profileOption = stringOption(args, "profile");
  const force = args.options.has("force");
  await refuseOutput(out, profileFiles(profileOption), force);
  const profile = await loadProfile(profileOption, language);
  const layouts = buildTemplate(kind, { rowsPerGroup, profile });
  // exceljs is loaded only here: checking and fixing never need it, and loading it is most of a small check's start-up.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  writeTemplate(wb, layouts);
  await writeOutput(out, new Uint8Array(await wb.xlsx.writeBuffer()), force);
  process.stdout.write(`${words.wrote(out, layouts.map((l) => l.sheetName))}\n`);
  return 0;
}

/** `perfcheck template …`: usage problems end with the usage and the list of kinds, exit code 2. */
export async function template(argv: string[], language: Language): Promise<number> {
  const words = CLI_WORDS[language].template;
  const usage = `${words.usage}${words.kinds}\n${kindList(language)}\n`;
  try {
    const args = parseArgs(argv, OPTIONS, language);
    if (args.options.has("help")) {
      process.stdout.write(usage);
      return 0;
    }
    if (args.options.has("list")) {
      process.stdout.write(kindList(languageOption(args)) + "\n");
      return 0;
    }
    return await writeFile(args, languageOption(args));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`perfcheck: ${e.message}\n${usage}`);
    return 2;
  }
}

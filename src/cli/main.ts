import { promises as fs } from "node:fs";
import path from "node:path";
import type { Language } from "../core/messages";
import type { Severity } from "../core/findings";
import { unreadableReason } from "../hosts/xlsx/file-error-words";
import { atLeast } from "../report/summary";
import type { FileOutcome } from "../report/json";
import { LANGUAGES, languageOption, parseArgs, requestedLanguage, stringOption, UsageError, type OptionSpec, type ParsedArgs } from "./args";
import { checkFiles, exitCode } from "./check-files";
import { demo } from "./demo";
import { collectFiles, namedFile, type InputFile } from "./files";
import { fixFile, fixSummary } from "./fix-file";
import { OutputError, outputRefusalText, refuseOutput, writeOutput } from "./output-file";
import { loadProfile, profileFiles } from "./profile-option";
import { progressBar } from "./progress";
import { FORMATS, formatOfReportFile, renderReport, type Format } from "./report-format";
import { template } from "./template";
import { CLI_WORDS } from "./words";

const SEVERITY_LEVELS: readonly Severity[] = ["error", "warning", "info"];
const COMMON = { profile: null, lang: LANGUAGES } as const;
const CHECK: OptionSpec = { values: { ...COMMON, format: FORMATS, out: null, severity: SEVERITY_LEVELS }, flags: ["force", "help"] };
const FIX: OptionSpec = { values: { ...COMMON, out: null, "out-dir": null, report: null }, flags: ["force", "help"] };
const DEMO: OptionSpec = { values: COMMON, flags: ["help"] };
const HELP: OptionSpec = { values: { lang: LANGUAGES }, flags: ["help"] };

/** Writes an output file; a failure is one line on stderr, not a stack trace. */
async function writeReport(out: string, report: string | Uint8Array, force: boolean, lang: Language): Promise<boolean> {
  try {
    await writeOutput(out, report, force);
    return true;
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    process.stderr.write(`perfcheck: ${outputRefusalText(e, lang)}\n`);
    return false;
  }
}

/** One line on stderr per file that could not be read, with what to do (an .xls: save it as .xlsx). */
function reportUnreadable(outcomes: FileOutcome[]): void {
  for (const o of outcomes) if (o.error) process.stderr.write(`perfcheck: ${o.file}: ${o.error}\n`);
}

async function check(args: ParsedArgs, lang: Language): Promise<number> {
  const words = CLI_WORDS[lang];
  if (args.positional.length === 0) throw new UsageError(words.checkNeedsFiles);
  const format = (stringOption(args, "format") ?? "text") as Format;
  const out = stringOption(args, "out");
  if (format === "xlsx" && !out) throw new UsageError(words.xlsxNeedsOut);
  const profileOption = stringOption(args, "profile");
  const profile = await loadProfile(profileOption, lang);
  const files = await collectFiles(args.positional);
  const force = args.options.has("force");
  if (out) await refuseOutput(out, [...args.positional.map(namedFile), ...files, ...profileFiles(profileOption)], force);
  const progress = progressBar(process.stderr, files.length);
  const outcomes = await checkFiles(files, profile, lang, progress.update);
  progress.clear();
  const severity = stringOption(args, "severity") as Severity | undefined;
  const shown = severity ? atLeast(outcomes, severity) : outcomes;
  const report = await renderReport(format, shown, lang, !out && Boolean(process.stdout.isTTY));
  let written = true;
  if (out) written = await writeReport(out, report, force, lang);
  // A CSV keeps its own line ends; the other formats end with a line break on a terminal.
  else process.stdout.write(format === "csv" ? report : `${String(report)}\n`);
  reportUnreadable(outcomes);
  return written ? exitCode(outcomes) : 2;
}

/** Where each copy goes: `--out` for one file, or under `--out-dir` by the file's path inside the folder named. */
async function fixTargets(args: ParsedArgs, words: (typeof CLI_WORDS)[Language]): Promise<{ file: InputFile; out: string }[]> {
  const out = stringOption(args, "out");
  const outDir = stringOption(args, "out-dir");
  if (args.positional.length === 0) throw new UsageError(words.fixNeedsFiles);
  if (!out && !outDir) throw new UsageError(words.fixNeedsOut);
  if (out && outDir) throw new UsageError(words.fixOneOut);
  if (out) {
    if (args.positional.length > 1 || (await fs.stat(args.positional[0]).catch(() => undefined))?.isDirectory()) throw new UsageError(words.fixOneOut);
    return [{ file: namedFile(args.positional[0]), out }];
  }
  const files = await collectFiles(args.positional);
  return files.map((file) => ({ file, out: path.join(outDir as string, file.relative) }));
}

/**
 * `fix FILE --out OUT.xlsx` or `fix FILE|DIR… --out-dir OUT`: annotated, corrected copies, each with its list of
 * changes; the inputs are never written. Every output is refused before any work when it is an input or exists
 * (without --force). A file that cannot be read is said on stderr and the others are still fixed.
 */
async function fix(args: ParsedArgs, lang: Language): Promise<number> {
  const words = CLI_WORDS[lang];
  const targets = await fixTargets(args, words);
  const reportFile = stringOption(args, "report");
  const reportFormat = reportFile === undefined ? undefined : formatOfReportFile(reportFile);
  if (reportFile !== undefined && !reportFormat) throw new UsageError(words.reportFormat(reportFile));
  const profileOption = stringOption(args, "profile");
  const force = args.options.has("force");
  const inputs = [...args.positional.map(namedFile), ...targets.map((t) => t.file), ...profileFiles(profileOption)];
  for (const { out } of targets) await refuseOutput(out, inputs, force);
  if (reportFile) await refuseOutput(reportFile, inputs, force);
  const profile = await loadProfile(profileOption, lang);
  const outcomes: FileOutcome[] = [];
  for (const { file, out } of targets) {
    try {
      const fixed = await fixFile(file, profile, lang);
      await fs.mkdir(path.dirname(out), { recursive: true });
      await writeOutput(out, fixed.applied.data, force);
      outcomes.push({ file: file.name, result: fixed.result, changes: fixed.applied.written });
      process.stdout.write(`${targets.length > 1 ? `${file.name}\n` : ""}${fixSummary(fixed, out, lang)}\n`);
    } catch (e) {
      if (e instanceof OutputError) throw e;
      outcomes.push({ file: file.name, error: unreadableReason(e, lang) });
    }
  }
  if (targets.length > 1) {
    const written = outcomes.reduce((n, o) => n + (o.changes?.length ?? 0), 0);
    process.stdout.write(`${words.fixedFolder(outcomes.filter((o) => o.result).length, written, outcomes.filter((o) => o.error).length)}\n`);
  }
  let reported = true;
  if (reportFile && reportFormat) {
    reported = await writeReport(reportFile, await renderReport(reportFormat, outcomes, lang, false), force, lang);
    if (reported) process.stdout.write(`${words.reportWritten(reportFile)}\n`);
  }
  reportUnreadable(outcomes);
  return outcomes.some((o) => o.error) || !reported ? 2 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const lang = requestedLanguage(argv);
  const words = CLI_WORDS[lang];
  try {
    const run = async (spec: OptionSpec, body: (args: ParsedArgs, lang: Language) => Promise<number>) => {
      const args = parseArgs(rest, spec, lang);
      if (args.options.has("help")) {
        process.stdout.write(words.help);
        return 0;
      }
      return body(args, languageOption(args));
    };
    switch (command) {
      case "check":
        return await run(CHECK, check);
      case "fix":
        return await run(FIX, fix);
      case "demo":
        return await run(DEMO, demo);
      case "template":
        return await template(rest, lang);
      case undefined:
      case "help":
        parseArgs(rest, HELP, lang);
        process.stdout.write(words.help);
        return 0;
      default: {
        // `perfcheck --help`, `perfcheck --lang en-US -h`: options only, no command.
        if (!command.startsWith("-")) throw new UsageError(words.unknownCommand(command));
        const args = parseArgs(argv, HELP, lang);
        if (args.positional.length > 0) throw new UsageError(words.unknownCommand(args.positional[0]));
        process.stdout.write(words.help);
        return 0;
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`perfcheck: ${e.message}\n${words.seeHelp}\n`);
      return 2;
    }
    if (e instanceof OutputError) {
      process.stderr.write(`perfcheck: ${outputRefusalText(e, lang)}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`perfcheck: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

import { unreadableReason } from "../hosts/xlsx/file-error";
import { languageOption, parseArgs, stringOption, UsageError, type ParsedArgs } from "./args";
import { checkFiles, exitCode } from "./check-files";
import { demo } from "./demo";
import { collectFiles, namedFile } from "./files";
import { fixFile, fixSummary, type FixOutcome } from "./fix-file";
import { OutputError, refuseOutput, writeOutput } from "./output-file";
import { loadProfile, profileFiles } from "./profile-option";
import { progressBar } from "./progress";
import { htmlReport } from "../report/html";
import { jsonReport } from "../report/json";
import { textReport } from "../report/text";
import { template } from "./template";

const USAGE = `用法 / usage:
  perfcheck check FILE|DIR… [--format text|json|html] [--out FILE [--force]] [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck fix FILE --out OUT.xlsx [--force] [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck demo [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck template KIND --out FILE.xlsx [--rows N] [--profile NAME|FILE] [--force]
  perfcheck template --list
`;
const FORMATS = ["text", "json", "html"];

/** Writes a report file; a failure is one line on stderr, not a stack trace. */
async function writeReport(out: string, report: string, force: boolean): Promise<boolean> {
  try {
    await writeOutput(out, report, force);
    return true;
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    process.stderr.write(`perfcheck: ${e.message}\n`);
    return false;
  }
}

async function check(args: ParsedArgs): Promise<number> {
  if (args.positional.length === 0) throw new UsageError("check needs at least one file or directory");
  const format = stringOption(args, "format") ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${format}`);
  const profileOption = stringOption(args, "profile");
  const profile = await loadProfile(profileOption);
  const files = await collectFiles(args.positional);
  const out = stringOption(args, "out");
  const force = args.options.has("force");
  if (out) await refuseOutput(out, [...args.positional.map(namedFile), ...files, ...profileFiles(profileOption)], force);
  const progress = progressBar(process.stderr, files.length);
  const outcomes = await checkFiles(files, profile, progress.update);
  progress.clear();
  const lang = languageOption(args);
  const report = format === "json" ? jsonReport(outcomes, lang)
    : format === "html" ? htmlReport(outcomes, lang)
    : textReport(outcomes, lang, !out && Boolean(process.stdout.isTTY));
  let written = true;
  if (out) written = await writeReport(out, report, force);
  else process.stdout.write(report + "\n");
  for (const o of outcomes) if (o.error) process.stderr.write(`perfcheck: ${o.file}: ${o.error}\n`);
  return written ? exitCode(outcomes) : 2;
}

/** `fix FILE --out OUT.xlsx`: an annotated, corrected copy; the input is never written. */
async function fix(args: ParsedArgs): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError("fix needs exactly one .xlsx file");
  const input = namedFile(args.positional[0]);
  const out = stringOption(args, "out");
  if (!out) throw new UsageError("fix 需要用 --out 指定输出文件，原文件不会被修改 (fix needs --out OUT.xlsx; the input is never changed)");
  const profileOption = stringOption(args, "profile");
  const force = args.options.has("force");
  await refuseOutput(out, [input, ...profileFiles(profileOption)], force);
  const profile = await loadProfile(profileOption);
  const lang = languageOption(args);
  let outcome: FixOutcome;
  try {
    outcome = await fixFile(input, profile, lang);
  } catch (e) {
    process.stderr.write(`perfcheck: ${input.name}: ${unreadableReason(e)}\n`);
    return 2;
  }
  await writeOutput(out, outcome.applied.data, force);
  process.stdout.write(fixSummary(outcome, out, lang) + "\n");
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await check(parseArgs(rest, ["format", "out", "profile", "lang"]));
      case "fix":
        return await fix(parseArgs(rest, ["out", "profile", "lang"]));
      case "demo":
        return await demo(parseArgs(rest, ["profile", "lang"]));
      case "template":
        return await template(rest);
      case undefined:
      case "help":
      case "--help":
        process.stdout.write(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`perfcheck: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof OutputError) {
      process.stderr.write(`perfcheck: ${e.message}\n`);
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

import { promises as fs } from "node:fs";
import { WorkbookFileError } from "../hosts/xlsx/file-error";
import { ioReason } from "../hosts/xlsx/load-workbook";
import { languageOption, parseArgs, stringOption, UsageError, type ParsedArgs } from "./args";
import { checkFiles, exitCode } from "./check-files";
import { demo } from "./demo";
import { collectFiles, samePath } from "./files";
import { fixFile, fixSummary, lostPartLines } from "./fix-file";
import { loadProfile } from "./profile-option";
import { progressBar } from "./progress";
import { htmlReport } from "../report/html";
import { jsonReport } from "../report/json";
import { textReport } from "../report/text";
import { template } from "./template";

const USAGE = `用法 / usage:
  perfcheck check FILE|DIR… [--format text|json|html] [--out FILE] [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck fix FILE --out OUT.xlsx [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck demo [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck template KIND --out FILE.xlsx [--rows N] [--profile NAME|FILE] [--force]
  perfcheck template --list
`;
const FORMATS = ["text", "json", "html"];

/** Writes a report file; a failure is one line on stderr, not a stack trace. */
async function writeReport(out: string, report: string): Promise<boolean> {
  try {
    await fs.writeFile(out, report);
    return true;
  } catch (e) {
    process.stderr.write(`perfcheck: ${out}: 无法写入 (cannot write): ${ioReason(e)}\n`);
    return false;
  }
}

async function check(args: ParsedArgs): Promise<number> {
  if (args.positional.length === 0) throw new UsageError("check needs at least one file or directory");
  const format = stringOption(args, "format") ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${format}`);
  const profile = await loadProfile(stringOption(args, "profile"));
  const files = await collectFiles(args.positional);
  const progress = progressBar(process.stderr, files.length);
  const outcomes = await checkFiles(files, profile, progress.update);
  progress.clear();
  const lang = languageOption(args);
  const out = stringOption(args, "out");
  const report = format === "json" ? jsonReport(outcomes, lang)
    : format === "html" ? htmlReport(outcomes, lang)
    : textReport(outcomes, lang, !out && Boolean(process.stdout.isTTY));
  let written = true;
  if (out) written = await writeReport(out, report);
  else process.stdout.write(report + "\n");
  for (const o of outcomes) if (o.error) process.stderr.write(`perfcheck: ${o.file}: ${o.error}\n`);
  return written ? exitCode(outcomes) : 2;
}

/** `fix FILE --out OUT.xlsx`: an annotated, corrected copy; the input is never written. */
async function fix(args: ParsedArgs): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError("fix needs exactly one .xlsx file");
  const [file] = args.positional;
  const out = stringOption(args, "out");
  if (!out) throw new UsageError("fix 需要用 --out 指定输出文件，原文件不会被修改 (fix needs --out OUT.xlsx; the input is never changed)");
  if (await samePath(file, out)) throw new UsageError(`--out ${out} 就是输入文件，fix 不会覆盖原文件 (--out names the input file itself; fix never overwrites its input)`);
  const profile = await loadProfile(stringOption(args, "profile"));
  const lang = languageOption(args);
  try {
    const outcome = await fixFile(file, out, profile, lang);
    for (const line of lostPartLines(outcome, out)) process.stderr.write(line + "\n");
    process.stdout.write(fixSummary(outcome, out, lang) + "\n");
    return 0;
  } catch (e) {
    if (!(e instanceof WorkbookFileError)) throw e;
    process.stderr.write(`perfcheck: ${e.file}: ${e.reason}\n`);
    return 2;
  }
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

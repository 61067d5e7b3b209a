import { promises as fs } from "node:fs";
import type { Language } from "../core/messages";
import { parseArgs, stringOption, UsageError, type ParsedArgs } from "./args";
import { checkFiles, exitCode } from "./check-files";
import { collectFiles } from "./files";
import { loadProfile } from "./profile-option";
import { jsonReport } from "./report-json";
import { textReport } from "./report-text";

const USAGE = `用法 / usage:
  perfcheck check FILE|DIR… [--format text|json|html] [--out FILE] [--profile NAME|FILE] [--lang zh-CN|en-US]
`;

function language(args: ParsedArgs): Language {
  return stringOption(args, "lang") === "en-US" ? "en-US" : "zh-CN";
}

async function check(args: ParsedArgs): Promise<number> {
  if (args.positional.length === 0) throw new UsageError("check needs at least one file or directory");
  const format = stringOption(args, "format") ?? "text";
  if (!["text", "json"].includes(format)) throw new UsageError(`unknown --format ${format}`);
  const profile = await loadProfile(stringOption(args, "profile"));
  const files = await collectFiles(args.positional);
  const outcomes = await checkFiles(files, profile);
  const lang = language(args);
  const report = format === "json" ? jsonReport(outcomes, lang) : textReport(outcomes, lang, Boolean(process.stdout.isTTY));
  const out = stringOption(args, "out");
  if (out) await fs.writeFile(out, report);
  else process.stdout.write(report + "\n");
  for (const o of outcomes) if (o.error) process.stderr.write(`perfcheck: ${o.file}: ${o.error}\n`);
  return exitCode(outcomes);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await check(parseArgs(rest, ["format", "out", "profile", "lang"]));
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

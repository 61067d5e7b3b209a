import { promises as fs } from "node:fs";
import path from "node:path";
import { unreadableReason } from "../hosts/xlsx/file-error-words";
import { languageOption, stringOption, type ParsedArgs } from "./args";
import { collectFiles } from "./files";
import { fixFile, fixSummary } from "./fix-file";
import { OutputError, outputRefusalText, writeOutput } from "./output-file";
import { loadProfile } from "./profile-option";
import { htmlReport } from "../report/html";
import type { FileOutcome } from "../report/json";
import { summaryLine } from "../report/text";
import { CLI_WORDS } from "./words";

const SAMPLES = path.resolve(__dirname, "../../assets/samples");

/** `demo`: check and fix every sample workbook into ./out (annotated copies and report.html), with a short summary. */
export async function demo(args: ParsedArgs): Promise<number> {
  const lang = languageOption(args);
  const profile = await loadProfile(stringOption(args, "profile"), lang);
  const outDir = path.resolve("out");
  await fs.mkdir(outDir, { recursive: true });
  const shown = (p: string) => path.relative(process.cwd(), p);
  const outcomes: FileOutcome[] = [];
  const lines: string[] = [];
  for (const file of await collectFiles([SAMPLES])) {
    const name = path.basename(file.name);
    const out = path.join(outDir, `${path.basename(name, path.extname(name))}.fixed.xlsx`);
    try {
      const fixed = await fixFile(file, profile, lang);
      await writeOutput(out, fixed.applied.data, true);
      const outcome = { file: name, result: fixed.result };
      outcomes.push(outcome);
      lines.push(name, `  ${summaryLine([outcome], lang)}`, ...fixSummary(fixed, shown(out), lang).split("\n").map((l) => `  ${l}`));
    } catch (e) {
      const reason = e instanceof OutputError ? outputRefusalText(e, lang) : unreadableReason(e, lang);
      outcomes.push({ file: name, error: reason });
      lines.push(name, `  ${reason}`);
    }
  }
  const report = path.join(outDir, "report.html");
  await writeOutput(report, htmlReport(outcomes, lang), true);
  lines.push(summaryLine(outcomes, lang), CLI_WORDS[lang].reportWritten(shown(report)));
  process.stdout.write(lines.join("\n") + "\n");
  return outcomes.some((o) => o.error) ? 2 : 0;
}

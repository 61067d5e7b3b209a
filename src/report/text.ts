import type { Severity } from "../core/findings";
import { describeChange, renderMessage, renderNote, renderUnfilled, unfilledLabel, type Language } from "../core/messages";
import type { ValueWrite } from "../core/plan";
import type { UnfilledPart } from "../core/unfilled";
import { alignColumns } from "./columns";
import type { FileOutcome } from "./json";
import { fileSummaries, severityCounts, SEVERITIES } from "./summary";
import { REPORT_WORDS, type ReportWords } from "./words";

const COLORS: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };

/** `未填写：…` for a table nobody has filled in, `✓ 无问题` for a table in use without findings, else nothing. */
function tableStatus(unfilled: readonly UnfilledPart[], findings: number, least: Severity, language: Language): string {
  const words = REPORT_WORDS[language];
  if (unfilled.length > 0) return `${unfilledLabel(language)}${words.colon}${renderUnfilled(unfilled, language)}`;
  return findings === 0 ? words.clean[least] : "";
}

/** The values a fix wrote, one a line: 表 单元格 含义：原值 → 新值（原因）. */
export function changeLines(changes: readonly ValueWrite[], language: Language): string[] {
  return changes.map((v) => REPORT_WORDS[language].changes.line(describeChange(v, language)));
}

/** The per-file summary table: tables, findings by severity, unfilled tables, and a file that could not be read. */
function summaryTable(outcomes: FileOutcome[], words: ReportWords): string[] {
  const head = [words.summary.file, words.summary.tables, ...SEVERITIES.map((s) => words.severity[s]), words.summary.unfilled, words.summary.status];
  const rows = fileSummaries(outcomes).map((s) => {
    const status = s.error !== undefined ? words.unreadable : s.tables === 0 ? words.noTables : "";
    return [s.file, String(s.tables), ...SEVERITIES.map((sev) => String(s.counts[sev])), String(s.unfilled), status];
  });
  return [words.summary.title, ...alignColumns([head, ...rows], new Set([1, 2, 3, 4, 5])).map((l) => `  ${l.trimEnd()}`)];
}

/** Findings grouped by file, sheet and table, each table's notes first; the values a fix wrote; a summary table and line. */
export function textReport(outcomes: FileOutcome[], language: Language, color: boolean): string {
  const words = REPORT_WORDS[language];
  const paint = (s: Severity, text: string) => (color ? `${COLORS[s]}${text}\x1b[0m` : text);
  const label = (text: string) => text.padEnd(language === "zh-CN" ? 2 : 7);
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(o.file);
    if (!o.result) {
      lines.push(`  ${paint("error", words.unreadable)}: ${o.error ?? ""}`);
      continue;
    }
    if (o.result.tables.length === 0) lines.push(`  ${words.noTables}`);
    for (const [i, t] of o.result.tables.entries()) {
      const findings = o.result.findings.filter((f) => f.sheet === t.sheet && f.table === t.range);
      const status = tableStatus(o.result.totals[i]?.unfilled ?? [], findings.length, o.least ?? "info", language);
      lines.push(`  ${t.sheet} ${t.range} ${t.kind}${t.name ? ` · ${t.name}` : ""}${status ? `  ${status}` : ""}`);
      for (const n of t.notes) lines.push(`    ${label(words.note)} ${(n.cell ?? "").padEnd(6)} ${renderNote(n, language)}`);
      for (const f of findings) {
        lines.push(`    ${paint(f.severity, label(words.severity[f.severity]))} ${f.cell.padEnd(6)} ${renderMessage(f, language)} [${f.rule}]`);
      }
    }
    if (o.changes) {
      lines.push(`  ${words.changes.title}${o.changes.length === 0 ? `${words.colon}${words.changes.none}` : ""}`);
      lines.push(...changeLines(o.changes, language).map((l) => `    ${l}`));
    }
  }
  lines.push("", ...summaryTable(outcomes, words), "", summaryLine(outcomes, language));
  return lines.join("\n");
}

/** `N 个文件，M 张表：错误 e，警告 w，提示 i`: the report's last line. */
export function summaryLine(outcomes: FileOutcome[], language: Language): string {
  const tables = outcomes.reduce((n, o) => n + (o.result?.tables.length ?? 0), 0);
  return REPORT_WORDS[language].summaryLine(outcomes.length, tables, severityCounts(outcomes.flatMap((o) => o.result?.findings ?? [])));
}

import type { Severity } from "../core/findings";
import { renderMessage, renderNote, type Language } from "../core/messages";
import { findingsByTable } from "./by-table";
import type { FileOutcome } from "./json";

const COLORS: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
export const SEVERITY_LABELS: Record<Language, Record<Severity, string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  "en-US": { error: "error", warning: "warning", info: "info" },
};
const NOTE_LABELS: Record<Language, string> = { "zh-CN": "说明", "en-US": "note" };

/** Findings grouped by file, sheet and table, each table's notes first, with a summary line. */
export function textReport(outcomes: FileOutcome[], language: Language, color: boolean): string {
  const paint = (s: Severity, text: string) => (color ? `${COLORS[s]}${text}\x1b[0m` : text);
  const label = (text: string) => text.padEnd(language === "zh-CN" ? 2 : 7);
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(o.file);
    if (!o.result) {
      lines.push(`  ${paint("error", language === "zh-CN" ? "无法读取" : "unreadable")}: ${o.error ?? ""}`);
      continue;
    }
    if (o.result.tables.length === 0) lines.push(language === "zh-CN" ? "  未找到绩效表" : "  no performance table found");
    const findingsOf = findingsByTable(o.result.findings);
    for (const t of o.result.tables) {
      const findings = findingsOf(t);
      lines.push(`  ${t.sheet} ${t.range} ${t.kind}${t.name ? ` · ${t.name}` : ""}${findings.length === 0 ? (language === "zh-CN" ? "  ✓ 无问题" : "  ✓ clean") : ""}`);
      for (const n of t.notes) lines.push(`    ${label(NOTE_LABELS[language])} ${(n.cell ?? "").padEnd(6)} ${renderNote(n, language)}`);
      for (const f of findings) {
        lines.push(`    ${paint(f.severity, label(SEVERITY_LABELS[language][f.severity]))} ${f.cell.padEnd(6)} ${renderMessage(f, language)} [${f.rule}]`);
      }
    }
  }
  lines.push(summaryLine(outcomes, language));
  return lines.join("\n");
}

/** `N 个文件，M 张表：错误 e，警告 w，提示 i`: the report's last line. */
export function summaryLine(outcomes: FileOutcome[], language: Language): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let tables = 0;
  for (const o of outcomes) {
    tables += o.result?.tables.length ?? 0;
    for (const f of o.result?.findings ?? []) counts[f.severity]++;
  }
  return language === "zh-CN"
    ? `${outcomes.length} 个文件，${tables} 张表：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`
    : `${outcomes.length} file(s), ${tables} table(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info`;
}

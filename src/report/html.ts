import type { CheckResult } from "../core/engine";
import { round, type Finding, type Severity } from "../core/findings";
import { describeChange, renderMessage, renderNote, renderUnfilled, unfilledLabel, type Language } from "../core/messages";
import type { Table } from "../core/model";
import { tableKindName } from "../core/messages/table-kinds";
import { SEVERITY_FILL } from "../core/plan";
import type { TableTotals } from "../core/totals";
import type { ValueWrite } from "../core/plan";
import type { FileOutcome } from "./json";
import { fileSummaries, SEVERITIES } from "./summary";
import { REPORT_WORDS, type ReportWords } from "./words";

type Text = ReportWords;

const CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{font-size:1em;margin:1.5em 0 .5em}
.muted{color:#666;font-weight:normal}.badge{display:inline-block;padding:0 .5em;border-radius:3px;margin-right:.5em;white-space:nowrap}
table{border-collapse:collapse;width:100%;margin:.3em 0}td,th{border:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.cell{font-family:monospace}td.cell,td.muted{white-space:nowrap}
table.scores{width:auto}table.scores td,table.scores th{border:none;background:none;padding:.1em .5em}
td.number{text-align:right;font-variant-numeric:tabular-nums}.error-text{color:#c00}.unfilled{color:#8a5a00}ul.notes{color:#555;margin:.3em 0;padding-left:1.5em}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function number(n: number | undefined): string {
  return n === undefined ? "—" : String(round(n, 2));
}

function badge(severity: Severity, text: string): string {
  return `<span class="badge" style="background:${SEVERITY_FILL[severity]}">${escapeHtml(text)}</span>`;
}

/** A score against its weight as a small bar: green from 90%, amber from 60%, red below or above 100%. */
function scoreBar(score: number | undefined, weight: number): string {
  const ratio = score === undefined || weight <= 0 ? 0 : score / weight;
  const color = ratio > 1 || ratio < 0.6 ? "#c62828" : ratio < 0.9 ? "#f9a825" : "#2e7d32";
  const width = Math.round(Math.min(Math.max(ratio, 0), 1) * 160);
  return `<svg width="160" height="12" viewBox="0 0 160 12" aria-hidden="true"><rect width="160" height="12" rx="2" fill="#e0e0e0"/><rect width="${width}" height="12" rx="2" fill="${color}"/></svg>`;
}

function scoreRow(label: string, score: number | undefined, weight: number): string {
  return `<tr><td>${escapeHtml(label)}</td><td>${scoreBar(score, weight)}</td><td>${number(score)} / ${number(weight)}</td></tr>`;
}

/** Each 一级指标 group's score against its weight, the funds block's 执行率 score, the total score and grade. */
function scoreSection(totals: TableTotals, text: Text): string {
  if (totals.groups.length === 0 && totals.totalScore === undefined) return "";
  const rows = totals.groups.map((g) => scoreRow(g.name, g.score, g.weight));
  // TableTotals has no weight for the funds block: it is what the total weight holds beyond the groups.
  const executionWeight = round((totals.totalWeight ?? 0) - totals.groups.reduce((sum, g) => sum + g.weight, 0), 6);
  if (totals.executionScore !== undefined && executionWeight > 0) {
    rows.push(scoreRow(`${text.execution} ${number((totals.executionRate ?? 0) * 100)}%`, totals.executionScore, executionWeight));
  }
  if (totals.totalScore !== undefined) {
    rows.push(`<tr><th>${text.total}</th><td>${scoreBar(totals.totalScore, totals.totalWeight ?? 100)}</td><th>${number(totals.totalScore)} / ${number(totals.totalWeight ?? 100)}${totals.grade ? ` · ${text.grade} ${escapeHtml(totals.grade)}` : ""}</th></tr>`);
  }
  return `<table class="scores">${rows.join("")}</table>`;
}

/** What the reader could not settle, or read by a column's content. */
function notesList(table: Table, language: Language): string {
  if (table.notes.length === 0) return "";
  return `<ul class="notes">${table.notes.map((n) => `<li>${escapeHtml(renderNote(n, language))}</li>`).join("")}</ul>`;
}

/** A table nobody has filled in says so, in place of ✓ (and above its findings when it has some). */
function unfilledStatus(totals: TableTotals | undefined, language: Language): string {
  if (!totals?.unfilled.length) return "";
  return `<p class="unfilled"><strong>${unfilledLabel(language)}</strong> ${escapeHtml(renderUnfilled(totals.unfilled, language))}</p>`;
}

function findingsTable(findings: Finding[], unfilled: boolean, clean: string, language: Language, text: Text): string {
  if (findings.length === 0) return unfilled ? "" : `<p>${clean}</p>`;
  const h = text.findingHeaders;
  const head = `<tr>${[h.severity, h.cell, h.message, h.rule].map((x) => `<th>${x}</th>`).join("")}</tr>`;
  const rows = findings.map(
    (f) => `<tr><td>${badge(f.severity, text.severity[f.severity])}</td><td class="cell">${escapeHtml(f.cell)}</td><td>${escapeHtml(renderMessage(f, language))}</td><td class="muted">${f.rule}</td></tr>`,
  );
  return `<table>${head}${rows.join("")}</table>`;
}

function tableSection(table: Table, totals: TableTotals | undefined, findings: Finding[], clean: string, language: Language, text: Text): string {
  const title = `${escapeHtml(table.sheet)}${table.name ? ` · ${escapeHtml(table.name)}` : ""}`;
  return `<h3>${title} <span class="muted">${tableKindName(table.kind, language)} (${table.kind}) ${table.range}</span></h3>`
    + unfilledStatus(totals, language)
    + notesList(table, language)
    + (totals ? scoreSection(totals, text) : "")
    + findingsTable(findings, Boolean(totals?.unfilled.length), clean, language, text);
}

function counts(findings: Finding[], text: Text): string {
  return SEVERITIES.map((s) => badge(s, `${text.severity[s]} ${findings.filter((f) => f.severity === s).length}`)).join("");
}

function resultSection(result: CheckResult, clean: string, language: Language, text: Text): string {
  if (result.tables.length === 0) return `<p>${text.noTables}</p>`;
  const sections = result.tables.map((t, i) => {
    const findings = result.findings.filter((f) => f.sheet === t.sheet && f.table === t.range);
    return tableSection(t, result.totals[i], findings, clean, language, text);
  });
  return `<p>${text.tables(result.tables.length)} ${counts(result.findings, text)}</p>${sections.join("")}`;
}

/** The values a fix wrote: 表 · 单元格 · 含义 · 原值 → 新值 · 原因. */
function changesSection(changes: ValueWrite[], language: Language, text: Text): string {
  const c = text.changes;
  if (changes.length === 0) return `<h3>${c.title}</h3><p>${c.none}</p>`;
  const head = `<tr>${[c.table, c.cell, c.meaning, c.previous, c.value, c.reason].map((x) => `<th>${x}</th>`).join("")}</tr>`;
  const rows = changes.map((v) => {
    const d = describeChange(v, language);
    return `<tr><td>${escapeHtml(d.table)}</td><td class="cell">${escapeHtml(d.cell)}</td><td>${escapeHtml(d.meaning)}</td><td class="number">${escapeHtml(d.previous)}</td><td class="number">${escapeHtml(d.value)}</td><td>${escapeHtml(d.reason)}</td></tr>`;
  });
  return `<h3>${c.title}</h3><table class="changes">${head}${rows.join("")}</table>`;
}

function fileSection(o: FileOutcome, language: Language, text: Text): string {
  const body = o.result
    ? resultSection(o.result, text.clean[o.least ?? "info"], language, text)
    : `<p class="error-text">${text.unreadable}: ${escapeHtml(o.error ?? "")}</p>`;
  return `<section><h2>${escapeHtml(o.file)}</h2>${body}${o.changes ? changesSection(o.changes, language, text) : ""}</section>`;
}

/** Each file's tables, findings by severity and unfilled tables, or why it could not be read. */
function summaryTable(outcomes: FileOutcome[], text: Text): string {
  const s = text.summary;
  const head = `<tr>${[s.file, s.tables, ...SEVERITIES.map((x) => text.severity[x]), s.unfilled, s.status].map((x) => `<th>${x}</th>`).join("")}</tr>`;
  const rows = fileSummaries(outcomes).map((f) => {
    const status = f.error !== undefined ? `<span class="error-text">${text.unreadable}</span>` : f.tables === 0 ? text.noTables : "";
    const counts = SEVERITIES.map((x) => `<td class="number">${f.counts[x]}</td>`).join("");
    return `<tr><td>${escapeHtml(f.file)}</td><td class="number">${f.tables}</td>${counts}<td class="number">${f.unfilled}</td><td>${status}</td></tr>`;
  });
  return `<h2>${s.title}</h2><table class="summary">${head}${rows.join("")}</table>`;
}

/** A self-contained page (inline CSS and SVG, no script): summary, then notes, score bars and findings per table. */
export function htmlReport(outcomes: FileOutcome[], language: Language): string {
  const text = REPORT_WORDS[language];
  const tables = outcomes.reduce((n, o) => n + (o.result?.tables.length ?? 0), 0);
  const all = outcomes.flatMap((o) => o.result?.findings ?? []);
  return `<!DOCTYPE html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text.title}</title><style>${CSS}</style></head>
<body>
<h1>${text.title}</h1>
<p>${text.files(outcomes.length)}${text.tables(tables)} ${counts(all, text)}</p>
${summaryTable(outcomes, text)}
${outcomes.map((o) => fileSection(o, language, text)).join("\n")}
</body>
</html>
`;
}

import type { Severity } from "../core/findings";
import type { ChangeText, Language } from "../core/messages";

/** Every word the reports print around the engine's own messages, in Chinese and in English. */
export interface ReportWords {
  title: string;
  severity: Record<Severity, string>;
  note: string;
  unreadable: string;
  noTables: string;
  /** A table without findings, by the least severity listed (`--severity`): 无问题 only when every finding would show. */
  clean: Record<Severity, string>;
  /** Between a status word and what it says: `未填写：…`. */
  colon: string;
  files: (n: number) => string;
  tables: (n: number) => string;
  /** `N 个文件，M 张表：错误 e，警告 w，提示 i`: a report's last line. */
  summaryLine: (files: number, tables: number, counts: Record<Severity, number>) => string;
  execution: string;
  total: string;
  grade: string;
  findingHeaders: { severity: string; cell: string; message: string; rule: string };
  /** The per-file summary table. */
  summary: { title: string; file: string; tables: string; unfilled: string; status: string };
  /** The list of values a fix wrote. */
  changes: {
    title: string; none: string; table: string; cell: string; meaning: string; previous: string; value: string; reason: string;
    /** One change on a line of text. */
    line: (c: ChangeText) => string;
  };
  /** The findings workbook (`--format xlsx`). */
  workbook: { findings: string; summary: string; changes: string; file: string; sheet: string; range: string; kind: string; name: string; totalScore: string };
}

export const REPORT_WORDS: Record<Language, ReportWords> = {
  "zh-CN": {
    title: "绩效表校验报告",
    severity: { error: "错误", warning: "警告", info: "提示" },
    note: "说明",
    unreadable: "无法读取",
    noTables: "未找到绩效表",
    clean: { info: "✓ 无问题", warning: "✓ 无错误和警告", error: "✓ 无错误" },
    colon: "：",
    files: (n) => `${n} 个文件，`,
    tables: (n) => `${n} 张表`,
    summaryLine: (files, tables, c) => `${files} 个文件，${tables} 张表：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
    execution: "预算执行率",
    total: "总分",
    grade: "等级",
    findingHeaders: { severity: "级别", cell: "单元格", message: "说明", rule: "规则" },
    summary: { title: "各文件汇总", file: "文件", tables: "表", unfilled: "未填写", status: "状态" },
    changes: {
      title: "写入副本的改动", none: "没有要写入的值", table: "表", cell: "单元格", meaning: "含义", previous: "原值", value: "新值", reason: "原因",
      line: (c) => `${c.table} ${c.cell} ${c.meaning}：${c.previous} → ${c.value}（${c.reason}）`,
    },
    workbook: { findings: "问题清单", summary: "汇总", changes: "改动清单", file: "文件", sheet: "工作表", range: "范围", kind: "类型", name: "名称", totalScore: "总分" },
  },
  "en-US": {
    title: "Performance table check report",
    severity: { error: "error", warning: "warning", info: "info" },
    note: "note",
    unreadable: "unreadable",
    noTables: "no performance table found",
    clean: { info: "✓ clean", warning: "✓ no errors or warnings", error: "✓ no errors" },
    colon: ": ",
    files: (n) => `${n} file(s), `,
    tables: (n) => `${n} table(s)`,
    summaryLine: (files, tables, c) => `${files} file(s), ${tables} table(s): ${c.error} error(s), ${c.warning} warning(s), ${c.info} info`,
    execution: "budget execution rate",
    total: "total score",
    grade: "grade",
    findingHeaders: { severity: "severity", cell: "cell", message: "message", rule: "rule" },
    summary: { title: "Summary by file", file: "file", tables: "tables", unfilled: "unfilled", status: "status" },
    changes: {
      title: "Changes written to the copy", none: "no value to write", table: "table", cell: "cell", meaning: "what", previous: "was", value: "now", reason: "why",
      line: (c) => `${c.table} ${c.cell} ${c.meaning}: ${c.previous} → ${c.value} (${c.reason})`,
    },
    workbook: { findings: "Findings", summary: "Summary", changes: "Changes", file: "file", sheet: "sheet", range: "range", kind: "kind", name: "name", totalScore: "total score" },
  },
};

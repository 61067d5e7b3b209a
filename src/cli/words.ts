import type { Language } from "../core/messages";
import { tableKindName } from "../core/messages/table-kinds";
import type { TemplateInfo, TemplateKind } from "../core/templates";
import type { ProfileProblem } from "../core/profile/schema";

/** Every word the command line says of its own (the reports have theirs in src/report/words.ts), in Chinese and in English. */
export interface CliWords {
  help: string;
  /** Shown under a usage error: where the full help is. */
  seeHelp: string;
  unknownCommand: (command: string) => string;
  unknownOption: (option: string) => string;
  badValue: (option: string, value: string, allowed: readonly string[]) => string;
  needsValue: (option: string) => string;
  takesNoValue: (option: string) => string;
  checkNeedsFiles: string;
  xlsxNeedsOut: string;
  fixNeedsFiles: string;
  fixNeedsOut: string;
  fixOneOut: string;
  reportFormat: (file: string) => string;
  /** `fix`: what was written and where. */
  fixed: (written: number, skipped: number, flagged: number, out: string) => string;
  fixedFolder: (files: number, written: number, failed: number) => string;
  reportWritten: (file: string) => string;
  profileUnknown: (option: string, names: readonly string[]) => string;
  profileNotJson: (option: string, reason: string) => string;
  profileInvalid: (option: string, problems: readonly ProfileProblem[]) => string;
  /** An output refused or not written (`--out`, `--out-dir`, `--report`). */
  output: {
    cannotWrite: (file: string, reason: string) => string;
    exists: (file: string) => string;
    isInput: (file: string, input: string) => string;
  };
  template: {
    usage: string;
    kinds: string;
    /** A kind as `template --list` shows it: its title, and the kind written with it. */
    kind: (kind: TemplateKind, info: TemplateInfo) => string;
    needsKind: string;
    unknownKind: (kind: string) => string;
    rowsFixed: (kind: string) => string;
    rowsRange: (max: number) => string;
    needsOut: string;
    outXlsx: (out: string) => string;
    wrote: (out: string, sheets: string[]) => string;
  };
}

const ZH_HELP = `绩效表校验助手 perfcheck：检查预算绩效工作簿（绩效目标表、自评表、评分表）。

用法：
  perfcheck check 文件|目录… [--format text|json|html|csv|xlsx] [--out 文件 [--force]]
                  [--severity error|warning|info] [--profile 口径|文件] [--lang zh-CN|en-US]
  perfcheck fix 文件 --out 输出.xlsx [--report 报告] [--force] [--profile 口径|文件] [--lang zh-CN|en-US]
  perfcheck fix 文件|目录… --out-dir 输出目录 [--report 报告] [--force] [--profile 口径|文件] [--lang zh-CN|en-US]
  perfcheck demo [--profile 口径|文件] [--lang zh-CN|en-US]
  perfcheck template 类型 --out 文件.xlsx [--rows N] [--profile 口径|文件] [--force]
  perfcheck template --list
  perfcheck --help [--lang en-US]

命令：
  check     检查 .xlsx 文件，目录会递归查找（其中的 .xls 文件会报告为无法读取）
  fix       写出改正并标注的副本：算出的合计写入填错或空着的单元格，问题单元格上色并加批注；原文件不变
  demo      对自带样例运行 check 和 fix，输出到 ./out/
  template  生成标准表样

选项：
  --format      报告格式：text（默认，文字）、json、html、csv（UTF-8 带 BOM）、xlsx（问题清单工作簿，需要 --out）
  --out         check：报告写入此文件；fix：副本写入此文件
  --out-dir     fix：副本写入此目录（保持目录结构，文件名不变）
  --report      fix：把检查结果和改动清单写入报告文件，格式按扩展名（.txt .html .json .xlsx）
  --severity    只列出此级别及以上的问题：error（错误）、warning（错误和警告）、info（全部，默认）
  --profile     口径：default、hubei，或一个 JSON 口径文件
  --lang        报告和提示的语言：zh-CN（默认）、en-US
  --force       覆盖已存在的输出文件（输入文件永远不会被覆盖）
  --help        显示本帮助

退出码：0 没有错误级问题；1 有错误级问题；2 用法错误、有文件无法读取或无法写入输出。
`;

const EN_HELP = `perfcheck (绩效表校验助手): checks budget-performance workbooks (绩效目标表, 自评表, 评分表).

Usage:
  perfcheck check FILE|DIR… [--format text|json|html|csv|xlsx] [--out FILE [--force]]
                  [--severity error|warning|info] [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck fix FILE --out OUT.xlsx [--report REPORT] [--force] [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck fix FILE|DIR… --out-dir OUT [--report REPORT] [--force] [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck demo [--profile NAME|FILE] [--lang zh-CN|en-US]
  perfcheck template KIND --out FILE.xlsx [--rows N] [--profile NAME|FILE] [--force]
  perfcheck template --list
  perfcheck --help [--lang zh-CN]

Commands:
  check     check .xlsx files; folders are searched recursively (an .xls in them is reported as unreadable)
  fix       write a corrected, annotated copy: computed totals into wrong or empty cells, problem cells coloured and noted; the input is never changed
  demo      check and fix the bundled samples into ./out/
  template  write a standard blank table

Options:
  --format      report format: text (default), json, html, csv (UTF-8 with BOM), xlsx (a findings workbook; needs --out)
  --out         check: write the report to this file; fix: write the copy to this file
  --out-dir     fix: write the copies into this folder (same names, same sub-folders)
  --report      fix: write the findings and the list of changes to a report, its format by extension (.txt .html .json .xlsx)
  --severity    list findings of this level and above: error, warning (errors and warnings), info (all, the default)
  --profile     scoring conventions: default, hubei, or a JSON profile file
  --lang        language of reports and messages: zh-CN (default), en-US
  --force       overwrite an existing output file (an input is never overwritten)
  --help        show this help

Exit codes: 0 no error-level finding; 1 at least one; 2 a usage error, an unreadable file or an output that could not be written.
`;

export const CLI_WORDS: Record<Language, CliWords> = {
  "zh-CN": {
    help: ZH_HELP,
    seeHelp: "用 perfcheck --help 查看用法",
    unknownCommand: (c) => `未知的命令 ${c}`,
    unknownOption: (o) => `未知的选项 ${o}`,
    badValue: (o, v, allowed) => `${o} 的值 ${v} 无效，可用：${allowed.join("、")}`,
    needsValue: (o) => `${o} 需要一个值`,
    takesNoValue: (o) => `${o} 不带值`,
    checkNeedsFiles: "check 需要至少一个文件或目录",
    xlsxNeedsOut: "--format xlsx 需要用 --out 指定输出的 .xlsx 文件",
    fixNeedsFiles: "fix 需要至少一个 .xlsx 文件或目录",
    fixNeedsOut: "fix 需要用 --out 指定输出文件（或用 --out-dir 指定输出目录），原文件不会被修改",
    fixOneOut: "--out 只能用于一个文件；多个文件或目录请用 --out-dir",
    reportFormat: (f) => `--report ${f}：报告文件的扩展名应为 .txt、.html、.json 或 .xlsx`,
    fixed: (written, skipped, flagged, out) =>
      `已写入 ${written} 个值${skipped > 0 ? `（${skipped} 个含公式的单元格未改写）` : ""}，标记 ${flagged} 个单元格，输出：${out}`,
    fixedFolder: (files, written, failed) => `${files} 个文件已写出副本，共写入 ${written} 个值${failed > 0 ? `；${failed} 个文件无法处理` : ""}`,
    reportWritten: (f) => `报告：${f}`,
    profileUnknown: (o, names) => `口径 ${o}：既不是内置口径（${names.join("、")}），也不是可读取的文件`,
    profileNotJson: (o, reason) => `口径文件 ${o} 不是有效的 JSON（${reason}）`,
    profileInvalid: (o, problems) => `口径文件 ${o} 有误：${problems.map((p) => `${p.path || "整个文件"}：${p.message}`).join("；")}`,
    output: {
      cannotWrite: (f, reason) => `${f}：无法写入：${reason}`,
      exists: (f) => `${f} 已存在，未覆盖；加 --force 可覆盖`,
      isInput: (f, input) => `--out ${f} 就是输入文件 ${input}（或其链接），不会覆盖输入文件`,
    },
    template: {
      usage: "用法：\n  perfcheck template 类型 --out 文件.xlsx [--rows N] [--profile 口径|文件] [--force]\n  perfcheck template --list\n",
      kinds: "模板类型：",
      kind: (_, { title, writtenWith }) => `${title}${writtenWith ? `（连同${tableKindName(writtenWith, "zh-CN")}一起写入）` : ""}`,
      needsKind: "template 需要一个模板类型 KIND",
      unknownKind: (k) => `未知的模板类型 ${k}`,
      rowsFixed: (k) => `--rows 不适用于 ${k}：指标体系的指标是固定的`,
      rowsRange: (max) => `--rows 应为 1 到 ${max} 的整数`,
      needsOut: "template 需要用 --out 指定输出文件（.xlsx）",
      outXlsx: (out) => `--out ${out}：输出文件应以 .xlsx 结尾`,
      wrote: (out, sheets) => `已写入 ${out}：${sheets.join("、")}`,
    },
  },
  "en-US": {
    help: EN_HELP,
    seeHelp: "see perfcheck --help --lang en-US",
    unknownCommand: (c) => `unknown command ${c}`,
    unknownOption: (o) => `unknown option ${o}`,
    badValue: (o, v, allowed) => `invalid value ${v} for ${o}; use one of ${allowed.join(", ")}`,
    needsValue: (o) => `${o} needs a value`,
    takesNoValue: (o) => `${o} takes no value`,
    checkNeedsFiles: "check needs at least one file or folder",
    xlsxNeedsOut: "--format xlsx needs --out FILE.xlsx",
    fixNeedsFiles: "fix needs at least one .xlsx file or folder",
    fixNeedsOut: "fix needs --out OUT.xlsx (or --out-dir OUT for several files); the input is never changed",
    fixOneOut: "--out takes one file; use --out-dir for several files or folders",
    reportFormat: (f) => `--report ${f}: a report file ends in .txt, .html, .json or .xlsx`,
    fixed: (written, skipped, flagged, out) =>
      `wrote ${written} value(s)${skipped > 0 ? ` (${skipped} formula cell(s) left alone)` : ""}, flagged ${flagged} cell(s), output: ${out}`,
    fixedFolder: (files, written, failed) => `wrote copies of ${files} file(s), ${written} value(s) in all${failed > 0 ? `; ${failed} file(s) could not be fixed` : ""}`,
    reportWritten: (f) => `report: ${f}`,
    profileUnknown: (o, names) => `profile ${o}: no such built-in profile (${names.join(", ")}) or readable file`,
    profileNotJson: (o, reason) => `profile ${o}: not valid JSON (${reason})`,
    profileInvalid: (o, problems) => `profile ${o} is invalid: ${problems.map((p) => `${p.path || "(root)"}: ${p.message}`).join("; ")}`,
    output: {
      cannotWrite: (f, reason) => `${f}: cannot write: ${reason}`,
      exists: (f) => `${f} exists; add --force to overwrite it`,
      isInput: (f, input) => `--out ${f} is the input file ${input} (or a link to it); an input is never overwritten`,
    },
    template: {
      usage: "usage:\n  perfcheck template KIND --out FILE.xlsx [--rows N] [--profile NAME|FILE] [--force]\n  perfcheck template --list\n",
      kinds: "kinds:",
      kind: (kind, { title, writtenWith }) =>
        `${tableKindName(kind, "en-US")} (${title})${writtenWith ? `, written with the ${tableKindName(writtenWith, "en-US").toLowerCase()}` : ""}`,
      needsKind: "template needs one KIND",
      unknownKind: (k) => `unknown kind ${k}`,
      rowsFixed: (k) => `--rows does not apply to ${k}: its indicators are fixed`,
      rowsRange: (max) => `--rows takes a whole number from 1 to ${max}`,
      needsOut: "template needs --out FILE.xlsx",
      outXlsx: (out) => `--out ${out}: the output must be an .xlsx file`,
      wrote: (out, sheets) => `wrote ${out}: ${sheets.join(", ")}`,
    },
  },
};

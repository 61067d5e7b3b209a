import type { Language } from "../../core/messages";
import { fileProblemOf, MAX_FILE_BYTES, type FileProblem } from "./file-error";
import { MAX_INFLATED_BYTES, MAX_SHARED_STRINGS, MAX_SHEET_CELLS, MAX_WORKBOOK_CELLS, MAX_ZIP_ENTRIES } from "./ooxml/limits";

/** A language's words for every reason a file cannot be read, each a function of its own parameters. */
type FileProblemWords = { [C in FileProblem["code"]]: (p: FileProblem & { code: C }) => string };

// Not toLocaleString: loading ICU's number formats costs a command-line start-up more than the rest of a small check.
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");
const megabytes = (bytes: number) => bytes / 1048576;
// A crafted sheet name may hold line breaks (&#10;); the reason stays one line.
const oneLine = (name: string) => name.replace(/\s+/g, " ");

const FILE_PROBLEM_WORDS: Record<Language, FileProblemWords> = {
  "zh-CN": {
    empty: () => "空文件",
    "old-or-encrypted": () => "旧版 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx 并取消密码",
    "not-xlsx": () => "不是 .xlsx 文件",
    "no-sheets": () => "工作簿中没有工作表",
    "not-a-file": () => "不是文件",
    "too-large": (p) => `文件过大（${p.megabytes} MB，上限 ${megabytes(MAX_FILE_BYTES)} MB）`,
    "too-much-inflated": () => `解压后内容过大（超过 ${megabytes(MAX_INFLATED_BYTES)} MB）`,
    "too-many-entries": () => `压缩包中的部件过多（超过 ${thousands(MAX_ZIP_ENTRIES)} 个）`,
    "too-many-cells": () => `工作簿中的单元格过多（超过 ${thousands(MAX_WORKBOOK_CELLS)} 个）`,
    "too-many-shared-strings": () => `共享字符串过多（超过 ${thousands(MAX_SHARED_STRINGS)} 个）`,
    "too-many-sheet-cells": (p) => `工作表「${oneLine(p.sheet)}」的单元格过多（超过 ${thousands(MAX_SHEET_CELLS)} 个）`,
    corrupt: (p) => `文件已损坏或不是工作簿：${p.detail}`,
    "not-found": (p) => `文件或目录不存在 [${p.errno}]`,
    "no-permission": (p) => `没有权限 [${p.errno}]`,
    "is-directory": (p) => `是目录 [${p.errno}]`,
    busy: (p) => `文件被占用，请先在 Excel/WPS 中关闭 [${p.errno}]`,
    "system-error": (p) => `系统错误 [${p.errno}]`,
    internal: (p) => `内部错误：${p.detail}`,
  },
  "en-US": {
    empty: () => "empty file",
    "old-or-encrypted": () => "old .xls or password-protected workbook: save it as .xlsx without a password in Excel or WPS",
    "not-xlsx": () => "not an .xlsx file",
    "no-sheets": () => "the workbook has no sheets",
    "not-a-file": () => "not a file",
    "too-large": (p) => `file too large (${p.megabytes} MB, at most ${megabytes(MAX_FILE_BYTES)} MB)`,
    "too-much-inflated": () => `more than ${megabytes(MAX_INFLATED_BYTES)} MB uncompressed`,
    "too-many-entries": () => `more than ${thousands(MAX_ZIP_ENTRIES)} zip entries`,
    "too-many-cells": () => `more than ${thousands(MAX_WORKBOOK_CELLS)} cells in the workbook`,
    "too-many-shared-strings": () => `more than ${thousands(MAX_SHARED_STRINGS)} shared strings`,
    "too-many-sheet-cells": (p) => `more than ${thousands(MAX_SHEET_CELLS)} cells in sheet ${oneLine(p.sheet)}`,
    corrupt: (p) => `corrupt or not a workbook: ${p.detail}`,
    "not-found": (p) => `no such file or directory [${p.errno}]`,
    "no-permission": (p) => `permission denied [${p.errno}]`,
    "is-directory": (p) => `is a directory [${p.errno}]`,
    busy: (p) => `file is busy: close it in Excel or WPS first [${p.errno}]`,
    "system-error": (p) => `system error [${p.errno}]`,
    internal: (p) => `internal error: ${p.detail}`,
  },
};

type Render = (p: FileProblem) => string;

/** Why a file cannot be read, in the language asked for. */
export function renderFileProblem(problem: FileProblem, language: Language): string {
  // The catalog's type pairs each code with its own parameters; the problem's union type loses that pairing.
  return (FILE_PROBLEM_WORDS[language][problem.code] as Render)(problem);
}

/** What to tell the person about any failure to read a file, in the language asked for. */
export function unreadableReason(e: unknown, language: Language): string {
  return renderFileProblem(fileProblemOf(e), language);
}

import type { Language } from "../../core/messages";
import { fileProblemOf, type FileProblem } from "./file-error";

/** A language's words for every reason a file cannot be read, each a function of its own parameters. */
type FileProblemWords = { [C in FileProblem["code"]]: (p: FileProblem & { code: C }) => string };

// Not toLocaleString: loading ICU's number formats costs a command-line start-up more than the rest of a small check.
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");
// A crafted sheet name may hold line breaks (&#10;); the reason stays one line.
const oneLine = (name: string) => name.replace(/\s+/g, " ");

const FILE_PROBLEM_WORDS: Record<Language, FileProblemWords> = {
  "zh-CN": {
    empty: () => "空文件",
    "old-or-encrypted": () => "旧版 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx 并取消密码",
    "not-xlsx": () => "不是 .xlsx 文件",
    "no-sheets": () => "工作簿中没有工作表",
    "not-a-file": () => "不是文件",
    "too-large": (p) => `文件过大（${p.megabytes} MB，上限 ${p.limit} MB）`,
    "too-much-inflated": (p) => `解压后内容过大（超过 ${p.limit} MB）`,
    "too-many-entries": (p) => `压缩包中的部件过多（超过 ${thousands(p.limit)} 个）`,
    "too-many-cells": (p) => `工作簿中的单元格过多（超过 ${thousands(p.limit)} 个）`,
    "too-many-shared-strings": (p) => `共享字符串过多（超过 ${thousands(p.limit)} 个）`,
    "too-many-sheet-cells": (p) => `工作表「${oneLine(p.sheet)}」的单元格过多（超过 ${thousands(p.limit)} 个）`,
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
    "too-large": (p) => `file too large (${p.megabytes} MB, at most ${p.limit} MB)`,
    "too-much-inflated": (p) => `more than ${p.limit} MB uncompressed`,
    "too-many-entries": (p) => `more than ${thousands(p.limit)} zip entries`,
    "too-many-cells": (p) => `more than ${thousands(p.limit)} cells in the workbook`,
    "too-many-shared-strings": (p) => `more than ${thousands(p.limit)} shared strings`,
    "too-many-sheet-cells": (p) => `more than ${thousands(p.limit)} cells in sheet ${oneLine(p.sheet)}`,
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

import { ioProblem, sizeProblem, MAX_FILE_BYTES, type FileProblem, type FileProblemCode } from "../../../src/hosts/xlsx/file-error";
import { renderFileProblem, unreadableReason } from "../../../src/hosts/xlsx/file-error-words";

/** One problem of every code, with its parameters: a code added without a case here does not compile. */
const EVERY_PROBLEM: { [C in FileProblemCode]: FileProblem & { code: C } } = {
  empty: { code: "empty" },
  "old-or-encrypted": { code: "old-or-encrypted" },
  "not-xlsx": { code: "not-xlsx" },
  "no-sheets": { code: "no-sheets" },
  "not-a-file": { code: "not-a-file" },
  "too-large": { code: "too-large", megabytes: 250, limit: 200 },
  "too-much-inflated": { code: "too-much-inflated", limit: 500 },
  "too-many-entries": { code: "too-many-entries", limit: 10_000 },
  "too-many-cells": { code: "too-many-cells", limit: 2_000_000 },
  "too-many-shared-strings": { code: "too-many-shared-strings", limit: 2_000_000 },
  "too-many-sheet-cells": { code: "too-many-sheet-cells", sheet: "表 1", limit: 1_000_000 },
  corrupt: { code: "corrupt", detail: "truncated zip entry" },
  "not-found": { code: "not-found", errno: "ENOENT" },
  "no-permission": { code: "no-permission", errno: "EACCES" },
  "is-directory": { code: "is-directory", errno: "EISDIR" },
  busy: { code: "busy", errno: "EBUSY" },
  "system-error": { code: "system-error", errno: "EFBIG" },
  internal: { code: "internal", detail: "boom" },
};

const CHINESE = /[\u4e00-\u9fff]/;

describe("why a file cannot be read, worded by one catalog", () => {
  it.each(Object.values(EVERY_PROBLEM))("%j is worded in Chinese and in English, with its parameters", (problem) => {
    const zh = renderFileProblem(problem, "zh-CN");
    const en = renderFileProblem(problem, "en-US");
    expect(zh).toMatch(CHINESE);
    // English but for the sheet name the person gave.
    expect(en.replace("表 1", "")).not.toMatch(CHINESE);
    // Limits are shown with thousands separators.
    const shown = (value: unknown) => (typeof value === "number" ? String(value).replace(/\B(?=(\d{3})+$)/g, ",") : String(value));
    for (const value of Object.values(problem).slice(1)) {
      expect(zh).toContain(shown(value));
      expect(en).toContain(shown(value));
    }
  });

  it("words the limits with their figures", () => {
    expect(renderFileProblem(EVERY_PROBLEM["too-large"], "zh-CN")).toBe("文件过大（250 MB，上限 200 MB）");
    expect(renderFileProblem(EVERY_PROBLEM["too-large"], "en-US")).toBe("file too large (250 MB, at most 200 MB)");
    expect(renderFileProblem(EVERY_PROBLEM["too-many-entries"], "zh-CN")).toBe("压缩包中的部件过多（超过 10,000 个）");
    expect(renderFileProblem(EVERY_PROBLEM["too-many-entries"], "en-US")).toBe("more than 10,000 zip entries");
    expect(sizeProblem(MAX_FILE_BYTES + 1)).toEqual({ code: "too-large", megabytes: 201, limit: 200 });
  });

  it("reads a file system error's code, and keeps it for searching", () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(["ENOENT", "EACCES", "EPERM", "EISDIR", "EBUSY", "ENOSPC"].map((code) => ioProblem(error(code)).code)).toEqual([
      "not-found", "no-permission", "no-permission", "is-directory", "busy", "system-error",
    ]);
    expect(unreadableReason(new Error("no code"), "en-US")).toBe("internal error: no code");
    expect(renderFileProblem(ioProblem(error("EACCES")), "zh-CN")).toBe("没有权限 [EACCES]");
  });
});

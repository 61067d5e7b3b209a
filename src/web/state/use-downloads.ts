import { useState } from "react";
import type { Language } from "../../core/messages";
import type { ValueWrite } from "../../core/plan";
import { corrupt, fileProblemOf, WorkbookFileError, type FileProblem } from "../../hosts/xlsx/file-error";
import { renderFileProblem } from "../../hosts/xlsx/file-error-words";
import { htmlReport } from "../../report/html";
import type { FileOutcome } from "../../report/json";
import { translate } from "../../taskpane/i18n";
import { HTML_TYPE, saveFile, siblingName, XLSX_TYPE } from "../download";
import { loadXlsx } from "../xlsx";
import type { CheckedFile, WebFile } from "./files-state";

/** What the page tells the person about the last download, as data; the words come from the catalog. */
export type DownloadNotice =
  | { kind: "annotated"; name: string; written: number; skipped: number; flagged: number }
  /** Why, as the command line words it: a file the patcher cannot read is corrupt, anything else an internal error. */
  | { kind: "failed"; what: "annotated" | "report"; problem: FileProblem };

/** A checked or unreadable file as the report shows it, in `language`. */
export function outcomeOf(file: WebFile, language: Language): FileOutcome | undefined {
  if (file.status === "checked") return { file: file.name, result: file.check };
  if (file.status === "failed") return { file: file.name, error: renderFileProblem(file.problem, language) };
  return undefined;
}

/** Saves the HTML report (the command line's `check --format html`) of `files` as `name`. */
export function saveReport(files: readonly WebFile[], name: string, language: Language): void {
  const outcomes = files.map((f) => outcomeOf(f, language)).filter((o): o is FileOutcome => o !== undefined);
  saveFile(name, htmlReport(outcomes, language), HTML_TYPE);
}

export interface Downloads {
  busy: boolean;
  notice: DownloadNotice | undefined;
  /** The annotated copy, writing only `values` of the plan (the ones ticked). */
  annotated(values: ValueWrite[]): Promise<void>;
  report(): void;
  dismiss(): void;
}

/** The patcher's copy; a file it cannot patch is corrupt, as `perfcheck fix` says. */
function patchedOrCorrupt<T>(patch: () => T, name: string): T {
  try {
    return patch();
  } catch (e) {
    throw new WorkbookFileError(name, corrupt(e));
  }
}

/** 下载标注版 and 下载报告 for one checked file, in the page's language. */
export function useDownloads(file: CheckedFile, language: Language): Downloads {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<DownloadNotice>();
  const failed = (what: "annotated" | "report", error: unknown) =>
    setNotice({ kind: "failed", what, problem: fileProblemOf(error) });
  return {
    busy,
    notice,
    async annotated(values) {
      setBusy(true);
      setNotice(undefined);
      try {
        const { patchWorkbook } = await loadXlsx();
        const { data, written, skipped, flagged } = patchedOrCorrupt(() => patchWorkbook(file.data, { ...file.check.plan, values }, language), file.name);
        const name = siblingName(file.name, translate(language, "webAnnotatedSuffix"), "xlsx");
        // A fresh array from the patcher, never on a SharedArrayBuffer (the one kind of bytes a Blob refuses).
        saveFile(name, data as Uint8Array<ArrayBuffer>, XLSX_TYPE);
        setNotice({ kind: "annotated", name, written: written.length, skipped: skipped.length, flagged });
      } catch (error) {
        failed("annotated", error);
      } finally {
        setBusy(false);
      }
    },
    report() {
      setNotice(undefined);
      try {
        saveReport([file], siblingName(file.name, translate(language, "webReportSuffix"), "html"), language);
      } catch (error) {
        failed("report", error);
      }
    },
    dismiss: () => setNotice(undefined),
  };
}

/** @jest-environment jsdom */
import "../taskpane/console-guard";
import { fireEvent, render, screen } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import { checkWorkbook } from "../../src/core/engine";
import { LocaleContext, type Locale } from "../../src/taskpane/i18n";
import { strings } from "../../src/taskpane/strings";
import { DownloadBar } from "../../src/web/components/DownloadBar";
import type { CheckedFile } from "../../src/web/state/files-state";
import { selfEvaluationWithoutTotal, workbookFrom } from "../helpers/grid";

// jsdom has no TextDecoder, which the patcher reads XML with in the browser.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** A checked file whose bytes the patcher cannot read (they changed on disk, say): its annotated copy fails. */
function damaged(): CheckedFile {
  const snapshot = workbookFrom(selfEvaluationWithoutTotal());
  return { id: 1, name: "坏.xlsx", status: "checked", data: Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2]), snapshot, check: checkWorkbook(snapshot) };
}

/** What the failure notice says under its title. */
async function failedCopy(locale: Locale): Promise<string> {
  render(
    <LocaleContext.Provider value={locale}>
      <DownloadBar file={damaged()} />
    </LocaleContext.Provider>,
  );
  fireEvent.click(screen.getByRole("button", { name: strings[locale].webDownloadAnnotated }));
  const title = await screen.findByText(strings[locale].webFailedAnnotated);
  return title.parentElement?.textContent?.slice(strings[locale].webFailedAnnotated.length) ?? "";
}

describe("web page: an annotated copy that cannot be made", () => {
  it("says why as the command line does, in Chinese", async () => {
    expect(await failedCopy("zh-CN")).toMatch(/^原因：文件已损坏或不是工作簿：\S/);
  });

  it("and in English when the page is in English", async () => {
    expect(await failedCopy("en-US")).toMatch(/^Reason: corrupt or not a workbook: \S/);
  });
});

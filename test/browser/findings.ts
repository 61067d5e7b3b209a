import type { Page } from "playwright-core";
import type { Finding } from "../../src/core/findings";
import { renderMessage, type Language } from "../../src/core/messages";
import { strings } from "../../src/taskpane/strings";
import { SEVERITY_NAMES } from "../../src/taskpane/severity";

/** A finding's button in the findings list (the task pane's and the web page's), inside its sheet's section. */
export function findingButton(page: Page, f: Finding, language: Language = "zh-CN") {
  const severity = strings[language][SEVERITY_NAMES[f.severity]];
  return page
    .getByRole("region", { name: f.sheet, exact: true })
    .getByRole("button", { name: `${severity} ${f.cell} ${renderMessage(f, language)}`, exact: true });
}

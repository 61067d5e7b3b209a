import { configure, render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { WorkbookHost } from "../../src/hosts/host";

// jsdom computes a style by matching every CSS rule Fluent UI injects, and role queries ask for the style of
// every element they visit, which makes each query take seconds. The pane's behaviour does not depend on
// stylesheet rules (the browser test covers how it looks), so tests see inline styles only. (A Fluent tab's name
// then also holds its hidden bold-width copy: tab queries match the start of the name.)
configure({ defaultHidden: true });
window.getComputedStyle = (element: Element) => (element instanceof HTMLElement ? element.style : document.createElement("div").style);

/** Renders the whole task pane as Excel shows it (office.js ready, the given display language) over `host`. */
export function renderPane(host: WorkbookHost, displayLanguage = "zh-CN") {
  const office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    context: { displayLanguage, officeTheme: { bodyBackgroundColor: "#ffffff" } },
  };
  Object.defineProperty(globalThis, "Office", { value: office, configurable: true, writable: true });
  return render(<App createHost={() => host} />);
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
});

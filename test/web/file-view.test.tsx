/** @jest-environment jsdom */
import "../taskpane/console-guard";
import { render, screen } from "@testing-library/react";
import { LocaleContext, type Locale } from "../../src/taskpane/i18n";
import { FileView } from "../../src/web/components/FileView";
import type { WebFile } from "../../src/web/state/files-state";

const unreadable: WebFile = { id: 1, name: "旧表.xls", status: "failed", problem: { code: "old-or-encrypted" } };

function shown(locale: Locale): void {
  render(
    <LocaleContext.Provider value={locale}>
      <FileView file={unreadable} />
    </LocaleContext.Provider>,
  );
}

describe("web page: an unreadable file", () => {
  it("says why in Chinese", () => {
    shown("zh-CN");
    expect(screen.getByText("无法读取此文件")).toBeTruthy();
    expect(screen.getByText("旧表.xls：旧版 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx 并取消密码")).toBeTruthy();
  });

  it("says why in English when the page is in English", () => {
    shown("en-US");
    expect(screen.getByText("This file cannot be read")).toBeTruthy();
    expect(screen.getByText("旧表.xls: old .xls or password-protected workbook: save it as .xlsx without a password in Excel or WPS")).toBeTruthy();
  });
});

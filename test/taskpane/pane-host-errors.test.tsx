/** @jest-environment jsdom */
import "./console-guard";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { HostError } from "../../src/hosts/host";
import { strings } from "../../src/taskpane/strings";
import { FakeHost } from "./fake-host";
import { workbookWithProblems } from "./fixtures";
import { renderPane } from "./render-pane";

const zh = strings["zh-CN"];
const en = strings["en-US"];

async function validated(host = new FakeHost(workbookWithProblems()), language = "zh-CN") {
  renderPane(host, language);
  fireEvent.click(await screen.findByRole("button", { name: language === "zh-CN" ? "一键校验" : "Validate" }));
  await screen.findByRole("heading", { name: /^(共识别|\d+ tables found)/ });
  return host;
}

describe("task pane: what the host says, in the pane's language", () => {
  it("flags with notes in the pane's language: English pane, English notes", async () => {
    const host = await validated(new FakeHost(workbookWithProblems()), "en-US");
    fireEvent.click(screen.getByRole("button", { name: en.flagCells }));
    await screen.findByText(en.flaggedTitle);
    expect(host.flagCalls.map((c) => c.language)).toEqual(["en-US"]);
  });

  it("refuses a stale plan, says which cells changed, and offers 重新校验", async () => {
    const host = await validated();
    host.failures.set("writeValues", new HostError("StalePlan", "cells changed", [], ["自评表!H19"]));
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    fireEvent.click(await screen.findByRole("button", { name: "写入所选（1）" }));
    const text = zh.hostErrorStalePlan.replace("{subjects}", "自评表!H19");
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.getByText(zh.nothingChanged)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.revalidate }));
    await waitFor(() => expect(host.reads).toEqual(["workbook", "workbook"]));
  });

  it("words an Office.js error by its code in English, not with Excel's message", async () => {
    const host = await validated(new FakeHost(workbookWithProblems()), "en-US");
    host.failures.set("flag", Object.assign(new Error("访问被拒绝"), { code: "AccessDenied" }));
    fireEvent.click(screen.getByRole("button", { name: en.flagCells }));
    expect(await screen.findByText(en.hostErrorAccessDenied)).toBeTruthy();
    expect(screen.queryByText(/访问被拒绝/)).toBeNull();
  });

  it("says so when clearing finds no record (deleted) or a damaged one, never that flags were cleared", async () => {
    const host = await validated();
    host.record = undefined;
    fireEvent.click(screen.getByRole("button", { name: zh.clearFlags }));
    expect(await screen.findByText(zh.clearedNoneTitle)).toBeTruthy();
    expect(screen.queryByText(zh.clearedTitle)).toBeNull();
    host.record = "damaged";
    fireEvent.click(screen.getByRole("button", { name: zh.clearFlags }));
    expect(await screen.findByText(zh.clearedDamagedTitle)).toBeTruthy();
  });

  it("shows 请按 Enter 或点击其他单元格 while Excel waits for cell editing to end", async () => {
    const host = await validated();
    act(() => host.cellEditListener?.(true));
    expect(screen.getByText(zh.cellEditWait)).toBeTruthy();
    expect(zh.cellEditWait).toContain("请按 Enter 或点击其他单元格");
    act(() => host.cellEditListener?.(false));
    expect(screen.queryByText(zh.cellEditWait)).toBeNull();
  });
});

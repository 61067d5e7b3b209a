/** @jest-environment jsdom */
import "./console-guard";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { checkWorkbook } from "../../src/core/engine";
import { builtInProfiles } from "../../src/core/profile";
import type { Finding } from "../../src/core/findings";
import { changeNote, describeChange, flagNote, renderMessage } from "../../src/core/messages";
import { CORRECTED_FILL, NOTE_PREFIX } from "../../src/core/plan";
import type { TableNote } from "../../src/core/model";
import type { TableTotals } from "../../src/core/totals";
import { HostWriteError } from "../../src/hosts/host";
import { BusyIndicator } from "../../src/taskpane/components/BusyIndicator";
import { TableCards } from "../../src/taskpane/components/TableCards";
import { LocaleContext } from "../../src/taskpane/i18n";
import { SEVERITY_NAMES } from "../../src/taskpane/severity";
import { strings } from "../../src/taskpane/strings";
import { selfEvaluationWithoutTotal, workbookFrom } from "../helpers/grid";
import { FakeHost, deferred } from "./fake-host";
import { workbookWithProblems, workbookWithoutTables } from "./fixtures";
import { renderPane } from "./render-pane";

const zh = strings["zh-CN"];
const expected = checkWorkbook(workbookWithProblems());
const byRule = (rule: Finding["rule"]) => {
  const f = expected.findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`the fixture has no ${rule} finding`);
  return f;
};
const scoreTotal = byRule("score-total");

async function validated(host = new FakeHost(workbookWithProblems()), language = "zh-CN") {
  renderPane(host, language);
  fireEvent.click(await screen.findByRole("button", { name: language === "zh-CN" ? "一键校验" : "Validate" }));
  await screen.findByRole("heading", { name: /^(共识别|\d+ tables found)/ });
  return host;
}

/** The finding's button in the list: its accessible name is the severity, the cell and the message. */
function findingButton(f: Finding, language: "zh-CN" | "en-US" = "zh-CN") {
  const severity = strings[language][SEVERITY_NAMES[f.severity]];
  return screen.getByRole("button", { name: `${severity} ${f.cell} ${renderMessage(f, language)}` });
}

describe("task pane: validation", () => {
  it("shows a spinner while reading, then the summary and the findings grouped by sheet and table", async () => {
    const host = new FakeHost(workbookWithProblems());
    const gate = deferred();
    host.gates.set("read", gate.promise);
    renderPane(host);
    fireEvent.click(await screen.findByRole("button", { name: "一键校验" }));
    expect(await screen.findByText(zh.busyValidate)).toBeTruthy();
    expect(screen.getByRole("button", { name: "一键校验" }).hasAttribute("disabled")).toBe(true);
    await act(async () => gate.resolve());

    expect(await screen.findByRole("heading", { name: "共识别 1 张表，4 个问题" })).toBeTruthy();
    expect(host.reads).toEqual(["workbook"]);
    expect(screen.queryByText(zh.busyValidate)).toBeNull();
    expect(screen.queryByText(zh.introText)).toBeNull();

    const sheet = screen.getByRole("region", { name: "自评表" });
    expect(within(sheet).getByRole("heading", { level: 3, name: "自评表 4 个" })).toBeTruthy();
    expect(within(sheet).getByRole("heading", { level: 4, name: "项目支出绩效自评表 · A1:I19 4 个" })).toBeTruthy();
    for (const f of expected.findings) expect(findingButton(f)).toBeTruthy();
    expect(screen.getByText(renderMessage(scoreTotal, "zh-CN"))).toBeTruthy();
  });

  it("says, once the workbook is read, how many sheets it checks; other operations keep their own words", () => {
    const label = (locale: "zh-CN" | "en-US", operation: "validate" | "writeBack", checking: number | undefined) => {
      const { unmount } = render(
        <LocaleContext.Provider value={locale}>
          <BusyIndicator operation={operation} checking={checking} />
        </LocaleContext.Provider>,
      );
      const text = screen.getByRole("status").textContent;
      unmount();
      return text;
    };
    expect(label("zh-CN", "validate", undefined)).toBe("正在读取工作簿…");
    expect(label("zh-CN", "validate", 3)).toBe("正在校验（3 个工作表）…");
    expect(label("en-US", "validate", 3)).toBe("Checking (3 sheets)…");
    expect(label("zh-CN", "writeBack", 3)).toBe(zh.busyWriteBack);
  });

  it("shows a card per table: kind, sheet and range, project, computed total and grade, 一级指标 bars, severity counts", async () => {
    await validated();
    fireEvent.click(screen.getByRole("tab", { name: /^表格（1）/ }));
    const card = screen.getByRole("group", { name: "项目支出绩效自评表 自评表!A1:I19" });
    const inCard = within(card);
    expect(inCard.getByText("自评表 · A1:I19")).toBeTruthy();
    expect(inCard.getByText("老旧小区改造")).toBeTruthy();
    expect(inCard.getByText("计算总分 99 / 100 · 等级 优")).toBeTruthy();
    expect(inCard.getByText("执行率 90%，得分 9")).toBeTruthy();
    const bars = inCard.getByRole("list", { name: "一级指标得分" });
    expect(within(bars).getAllByRole("listitem").map((li) => li.getAttribute("aria-label"))).toEqual([
      "产出指标：50 / 50",
      "效益指标：30 / 30",
      "满意度指标：10 / 10",
    ]);
    expect(inCard.getByText("错误 1")).toBeTruthy();
    expect(inCard.getByText("警告 2")).toBeTruthy();
    expect(inCard.getByText("提示 1")).toBeTruthy();
    // Sheets without tables, with the engine's reason in the pane's words.
    expect(screen.getByRole("heading", { name: zh.sheetsWithoutTables })).toBeTruthy();
    expect(screen.getByText(zh.sheetNoteNoHeader)).toBeTruthy();
    expect(screen.getByText(zh.sheetNoteEmpty)).toBeTruthy();
  });

  it("reads only the active sheet when 当前工作表 is chosen", async () => {
    const host = new FakeHost(workbookWithProblems());
    renderPane(host);
    fireEvent.click(await screen.findByRole("radio", { name: "当前工作表" }));
    fireEvent.click(screen.getByRole("button", { name: "一键校验" }));
    await screen.findByRole("tabpanel");
    expect(host.reads).toEqual(["activeSheet"]);
  });

  it("says so when no table was found, with each sheet's reason", async () => {
    await validated(new FakeHost(workbookWithoutTables()));
    expect(screen.getByText(zh.noTablesTitle)).toBeTruthy();
    expect(screen.getByText("说明")).toBeTruthy();
    expect(screen.getByText(zh.sheetNoteNoHeader)).toBeTruthy();
    expect(screen.getByText(zh.sheetNoteEmpty)).toBeTruthy();
    expect(screen.queryByRole("button", { name: zh.flagCells })).toBeNull();
  });

  it("shows the pane and the findings in English when Excel's display language is English", async () => {
    await validated(new FakeHost(workbookWithProblems()), "en-US");
    expect(screen.getByRole("heading", { name: "1 tables found, 4 problems" })).toBeTruthy();
    expect(findingButton(scoreTotal, "en-US")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: /^Tables \(1\)/ }));
    expect(screen.getByText("Project self-evaluation table")).toBeTruthy();
  });
});

describe("task pane: table notes", () => {
  it("lists what the reader could not settle on the table's card", async () => {
    await validated(new FakeHost(workbookFrom(selfEvaluationWithoutTotal())));
    fireEvent.click(screen.getByRole("tab", { name: /^表格（1）/ }));
    const card = screen.getByRole("group", { name: "项目支出绩效自评表 自评表!A1:I18" });
    const notes = within(card).getByRole("list", { name: zh.tableNotes });
    expect(within(notes).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["没有总分或合计行"]);
    expect(within(card).queryByText(zh.tableReadByContent)).toBeNull();
  });

  it("flags a column read by its content, in the pane's language, on a 绩效运行监控表 too", () => {
    const check = checkWorkbook(workbookFrom(selfEvaluationWithoutTotal()));
    const byContent: TableNote = {
      code: "column-by-content", cell: "G", params: { column: "G", header: "标准", role: "weight", evidence: "total", value: 100 },
    };
    const monitoring: TableTotals = { ...check.totals[0], sheet: "监控表", kind: "monitoring", notes: [byContent] };
    render(
      <LocaleContext.Provider value="en-US">
        <TableCards check={{ ...check, totals: [monitoring] }} onLocate={() => undefined} />
      </LocaleContext.Provider>,
    );
    const card = screen.getByRole("group", { name: "Performance monitoring table 监控表!A1:I18" });
    const [note] = within(within(card).getByRole("list", { name: strings["en-US"].tableNotes })).getAllByRole("listitem");
    expect(within(note).getByText(strings["en-US"].tableReadByContent)).toBeTruthy();
    expect(within(note).getByText("Column G (header “标准”) read by its content as weights: the rows add up to the total 100")).toBeTruthy();
  });
});

describe("task pane: navigating the findings", () => {
  const message = (rule: Finding["rule"]) => renderMessage(byRule(rule), "zh-CN");

  it("filters by one severity at a time, the chosen one pressed, with the counts on the buttons", async () => {
    await validated();
    const all = screen.getByRole("button", { name: "全部 4" });
    const warnings = screen.getByRole("button", { name: "警告 2" });
    expect([all, warnings].map((b) => b.getAttribute("aria-pressed"))).toEqual(["true", "false"]);
    fireEvent.click(warnings);
    expect([all, warnings].map((b) => b.getAttribute("aria-pressed"))).toEqual(["false", "true"]);
    expect(screen.getByText(message("deviation-reason"))).toBeTruthy();
    expect(screen.queryByText(message("score-total"))).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "错误 1" }));
    expect(screen.getByText(message("score-total"))).toBeTruthy();
    expect(screen.queryByText(message("deviation-reason"))).toBeNull();
  });

  it("walks the findings with 下一个/上一个 and the arrow keys, errors first, selecting each cell", async () => {
    const host = await validated();
    const listed = screen.getAllByRole("button", { name: /^(错误|警告|提示) [A-Z]+\d+ / });
    expect(listed.map((b) => b.querySelector("[role=img]")?.getAttribute("aria-label"))).toEqual(["错误", "警告", "警告", "提示"]);
    const next = screen.getByRole("button", { name: zh.findingsNext });
    fireEvent.click(next);
    await waitFor(() => expect(host.selections).toEqual([{ sheet: "自评表", cell: scoreTotal.cell }]));
    expect(findingButton(scoreTotal).getAttribute("aria-current")).toBe("location");
    expect(screen.getByText("1 / 4")).toBeTruthy();
    fireEvent.keyDown(findingButton(scoreTotal), { key: "ArrowDown" });
    expect(screen.getByText("2 / 4")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.findingsPrevious }));
    expect(screen.getByText("1 / 4")).toBeTruthy();
    await waitFor(() => expect(host.selections).toHaveLength(3));
    expect(host.selections[2]).toEqual(host.selections[0]);
  });

  it("says so when the filter hides the current finding, and shows it again on request", async () => {
    await validated();
    fireEvent.click(findingButton(scoreTotal));
    fireEvent.click(screen.getByRole("button", { name: "提示 1" }));
    expect(screen.getByText(`当前问题 自评表!${scoreTotal.cell} 已被筛选、搜索或折叠隐藏。`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.findingsShowCurrent }));
    expect(screen.getByRole("button", { name: "全部 4" }).getAttribute("aria-pressed")).toBe("true");
    expect(findingButton(scoreTotal).getAttribute("aria-current")).toBe("location");
  });

  it("folds a table's findings under its heading, and searches the messages", async () => {
    await validated();
    const table = screen.getByRole("button", { name: "项目支出绩效自评表 · A1:I19 4 个" });
    fireEvent.click(table);
    expect(table.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(message("score-total"))).toBeNull();
    // 下一个 unfolds the group of the finding it goes to.
    fireEvent.click(screen.getByRole("button", { name: zh.findingsNext }));
    expect(screen.getByText(message("score-total"))).toBeTruthy();

    fireEvent.change(screen.getByRole("searchbox", { name: zh.findingsSearch }), { target: { value: "涉及楼数" } });
    expect(screen.getByText(message("target-missed-full-score"))).toBeTruthy();
    expect(screen.queryByText(message("score-total"))).toBeNull();
    fireEvent.change(screen.getByRole("searchbox", { name: zh.findingsSearch }), { target: { value: "没有这样的问题" } });
    expect(screen.getByText(zh.findingsFilteredOut)).toBeTruthy();
  });
});

describe("task pane: selecting cells", () => {
  it("selects a finding's cell in Excel when it is clicked, and a table's range from its card", async () => {
    const host = await validated();
    fireEvent.click(findingButton(scoreTotal));
    await waitFor(() => expect(host.selections).toEqual([{ sheet: "自评表", cell: "H19" }]));
    fireEvent.click(screen.getByRole("tab", { name: /^表格（1）/ }));
    fireEvent.click(screen.getByRole("button", { name: "在 Excel 中选中表格 自评表!A1:I19" }));
    await waitFor(() => expect(host.selections[1]).toEqual({ sheet: "自评表", cell: "A1:I19" }));
  });

  it("shows a failed selection in a MessageBar", async () => {
    const host = await validated();
    host.failures.set("select", new Error("ItemNotFound: sheet 自评表"));
    fireEvent.click(findingButton(scoreTotal));
    expect(await screen.findByText(zh.failedSelect)).toBeTruthy();
    expect(screen.getByText(/ItemNotFound: sheet 自评表/)).toBeTruthy();
  });
});

describe("task pane: 写回合计", () => {
  it("lists the changes in a dialog and writes only after confirmation, then validates again", async () => {
    const host = await validated();
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    const dialog = await screen.findByRole("dialog");
    const row = within(dialog).getByRole("listitem", { name: "自评表!H19 总分 90 → 99" });
    expect(within(row).getByText(`原因：${describeChange(expected.plan.values[0], "zh-CN").reason}`)).toBeTruthy();
    expect(host.calls).toEqual(["read:workbook"]);

    fireEvent.click(within(dialog).getByRole("button", { name: zh.cancel }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(host.writes).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "写入所选（1）" }));
    expect(await screen.findByText(zh.writtenTitle)).toBeTruthy();
    expect(screen.getByText("已写入 1 个单元格，并已重新校验。")).toBeTruthy();
    expect(host.calls).toEqual(["read:workbook", "writeValues", "read:workbook"]);
    expect(host.writes[0]).toEqual(expected.plan);
    expect(screen.getByRole("heading", { name: "共识别 1 张表，3 个问题" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "写回合计（0）" }).hasAttribute("disabled")).toBe(true);
  });

  it("after a write, flags again the flagged cells: a corrected one in its corrected form, the others as they were", async () => {
    const host = await validated();
    fireEvent.click(screen.getByRole("button", { name: zh.flagCells }));
    await screen.findByText("已标记 4 个单元格。点击“清除标记”可恢复原有的填充颜色和批注。");
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "写入所选（1）" }));
    expect(await screen.findByText(zh.writtenTitle)).toBeTruthy();
    expect(host.calls).toEqual(["read:workbook", "flag", "read:workbook", "writeValues", "flag", "read:workbook"]);

    const [write] = expected.plan.values;
    const again = host.flagCalls[1].plan;
    expect(again.values).toEqual([]);
    expect(again.flags.map((f) => `${f.sheet}!${f.cell}`)).toEqual(expected.plan.flags.map((f) => `${f.sheet}!${f.cell}`));
    const corrected = again.flags.find((f) => f.cell === write.cell);
    expect(corrected).toMatchObject({ fill: CORRECTED_FILL, previous: write.value });
    expect(corrected && flagNote(corrected, "zh-CN")).toBe(`${NOTE_PREFIX}${changeNote(write, "zh-CN")}`);
    // The others keep their problem's fill and note.
    expect(again.flags.filter((f) => f.cell !== write.cell)).toEqual(expected.plan.flags.filter((f) => f.cell !== write.cell));
  });

  it("flags nothing again after a write when nothing was flagged", async () => {
    const host = await validated();
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "写入所选（1）" }));
    expect(await screen.findByText(zh.writtenTitle)).toBeTruthy();
    expect(host.flagCalls).toEqual([]);
  });

  it("shows a HostWriteError with the cells that were changed and their old values", async () => {
    const host = await validated();
    host.failures.set("writeValues", new HostWriteError("连接中断", ["自评表!H19"]));
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "写入所选（1）" }));
    expect(await screen.findByText(zh.failedWriteBack)).toBeTruthy();
    expect(screen.getByText("原因：连接中断")).toBeTruthy();
    expect(screen.getByText(zh.changedByWrite)).toBeTruthy();
    expect(screen.getByText("自评表!H19（原值 90）")).toBeTruthy();
    // Nothing was validated again after the failure, and the notice can be dismissed.
    expect(host.calls).toEqual(["read:workbook", "writeValues"]);
    fireEvent.click(screen.getByRole("button", { name: zh.dismiss }));
    expect(screen.queryByText(zh.failedWriteBack)).toBeNull();
  });

  it("still says the totals were written when the validation after it fails", async () => {
    const host = await validated();
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    host.failures.set("read", new Error("RichApi.Error: busy"));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "写入所选（1）" }));
    expect(await screen.findByText(zh.failedValidate)).toBeTruthy();
    expect(screen.getByText(zh.writtenTitle)).toBeTruthy();
    expect(host.calls).toEqual(["read:workbook", "writeValues", "read:workbook"]);
  });

  it("says that nothing was changed when the host refused before writing (a protected sheet)", async () => {
    const host = new FakeHost(workbookWithProblems());
    host.protectedSheets = ["自评表"];
    await validated(host);
    expect(screen.getByText("写回合计和标记不会修改受保护的工作表：自评表。如需修改，请先撤销工作表保护。")).toBeTruthy();
    host.failures.set("writeValues", new HostWriteError("工作表受保护，未做任何修改：自评表", []));
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "写入所选（1）" }));
    expect(await screen.findByText(zh.nothingChanged)).toBeTruthy();
  });
});

describe("task pane: choosing, restoring and out-of-date results", () => {
  /** The fixture with its 分值 total also wrong: two values to write, G19 and H19. */
  function twoWrites(): FakeHost {
    const snapshot = workbookWithProblems();
    const weightTotal = snapshot.sheets[0].cells.find((c) => c.row === 18 && c.col === 6);
    if (!weightTotal) throw new Error("the fixture has no 分值 total at G19");
    weightTotal.value = 95;
    return new FakeHost(snapshot);
  }

  it("writes only the changes left ticked in the dialog", async () => {
    const host = await validated(twoWrites());
    fireEvent.click(screen.getByRole("button", { name: "写回合计（2）" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getAllByRole("listitem").map((li) => li.getAttribute("aria-label"))).toEqual([
      "自评表!G19 合计分值 95 → 100",
      "自评表!H19 总分 90 → 99",
    ]);
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "自评表!G19 合计分值 95 → 100" }));
    expect((within(dialog).getByRole("checkbox", { name: zh.writeChooseAll }) as HTMLInputElement).indeterminate).toBe(true);
    fireEvent.click(within(dialog).getByRole("button", { name: "写入所选（1）" }));
    expect(await screen.findByText(zh.writtenTitle)).toBeTruthy();
    expect(host.writes.map((plan) => plan.values.map((v) => v.cell))).toEqual([["H19"]]);
    expect(screen.getByRole("button", { name: "写回合计（1）" })).toBeTruthy();

    // Unticking everything leaves nothing to write.
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    const again = await screen.findByRole("dialog");
    fireEvent.click(within(again).getByRole("checkbox", { name: zh.writeChooseAll }));
    expect(within(again).getByRole("button", { name: "写入所选（0）" }).hasAttribute("disabled")).toBe(true);
  });

  it("puts back the written values with 恢复原值, keeping a cell edited since, and checks again", async () => {
    const host = await validated(twoWrites());
    fireEvent.click(screen.getByRole("button", { name: "写回合计（2）" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "写入所选（2）" }));
    await screen.findByText(zh.writtenTitle);
    act(() => host.edit("自评表", "G19", 98));
    fireEvent.click(screen.getByRole("button", { name: zh.restoreValues }));
    expect(await screen.findByText(zh.restoredTitle)).toBeTruthy();
    expect(screen.getByText("已恢复 1 个单元格，并已重新校验。 1 个单元格在写入后又被改动，保留了现在的内容。")).toBeTruthy();
    expect(host.restores[0].map((c) => [c.cell, c.before, c.after])).toEqual([["G19", 95, 100], ["H19", 90, 99]]);
    const cell = (col: number) => host.snapshot.sheets[0].cells.find((c) => c.row === 18 && c.col === col)?.value;
    expect([cell(6), cell(7)]).toEqual([98, 90]);
    expect(host.calls.slice(-2)).toEqual(["restoreValues", "read:workbook"]);
    expect(screen.queryByRole("button", { name: zh.restoreValues })).toBeNull();
  });

  it("offers 恢复原值 after a failed write, for the cells it may have changed", async () => {
    const host = await validated();
    host.failures.set("writeValues", new HostWriteError("连接中断", ["自评表!H19"]));
    fireEvent.click(screen.getByRole("button", { name: "写回合计（1）" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "写入所选（1）" }));
    await screen.findByText(zh.failedWriteBack);
    fireEvent.click(screen.getByRole("button", { name: zh.restoreValues }));
    await screen.findByText(zh.restoredTitle);
    expect(host.restores).toEqual([[{ sheet: "自评表", cell: "H19", before: 90, after: 99 }]]);
  });

  it("says where Ctrl+Z works: one step per operation with ExcelApi 1.20, otherwise 恢复原值", async () => {
    await validated();
    expect(screen.getByText(zh.undoGrouped)).toBeTruthy();
    cleanup();
    await validated(new FakeHost(workbookWithProblems(), { notes: true, undoGroup: false }));
    expect(screen.getByText(zh.undoUngrouped)).toBeTruthy();
  });

  it("marks the results out of date when a cell is edited, and 重新校验 refreshes them and keeps the filter", async () => {
    const host = await validated();
    expect(host.watching).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "警告 2" }));
    act(() => host.edit("自评表", "H19", 99));
    expect(screen.getByText(zh.staleTitle)).toBeTruthy();
    expect(screen.getByText("校验后工作簿有改动（自评表!H19）。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: zh.revalidate }));
    expect(await screen.findByRole("heading", { name: "共识别 1 张表，3 个问题" })).toBeTruthy();
    expect(screen.queryByText(zh.staleTitle)).toBeNull();
    expect(screen.getByRole("button", { name: "警告 2" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("checks with the 口径 kept in the workbook, saves a new choice there, and inserts templates with it", async () => {
    const host = new FakeHost(workbookWithProblems());
    host.profileSetting = "hubei";
    await validated(host);
    const select = screen.getByRole("combobox", { name: zh.profileLabel }) as HTMLSelectElement;
    expect(select.value).toBe("hubei");
    // 湖北口径 weighs 执行率 20: the fixture's 10 points of it are now a weight-norm warning.
    const hubei = checkWorkbook(workbookWithProblems(), builtInProfiles.hubei);
    expect(screen.getByRole("heading", { name: `共识别 1 张表，${hubei.findings.length} 个问题` })).toBeTruthy();

    fireEvent.change(select, { target: { value: "default" } });
    expect(await screen.findByRole("heading", { name: "共识别 1 张表，4 个问题" })).toBeTruthy();
    expect(host.profileSetting).toBe("default");
    expect(host.calls).toContain("saveProfile:default");

    fireEvent.change(select, { target: { value: "hubei" } });
    await waitFor(() => expect(host.profileSetting).toBe("hubei"));
    // Once there are results, the templates are their third tab.
    fireEvent.click(screen.getByRole("tab", { name: new RegExp(`^${zh.tabTemplates}`) }));
    fireEvent.click(await screen.findByRole("button", { name: zh.insertTemplate }));
    await waitFor(() => expect(host.templates).toHaveLength(1));
    expect(host.templates[0].options.profile).toBe(builtInProfiles.hubei);
  });
});

describe("task pane: flags", () => {
  it("flags the plan's cells, replaces them on the next flag, and clears them", async () => {
    const host = await validated();
    fireEvent.click(screen.getByRole("button", { name: zh.flagCells }));
    expect(await screen.findByText("已标记 4 个单元格。点击“清除标记”可恢复原有的填充颜色和批注。")).toBeTruthy();
    expect(host.flagCalls).toHaveLength(1);
    expect(host.flagCalls[0]).toEqual({ plan: expected.plan, language: "zh-CN" });
    expect(host.calls).toEqual(["read:workbook", "flag", "read:workbook"]);

    fireEvent.click(screen.getByRole("button", { name: zh.clearFlags }));
    expect(await screen.findByText(zh.clearedTitle)).toBeTruthy();
    expect(host.record).toEqual([]);
    expect(host.calls.slice(-1)).toEqual(["clearFlags"]);
  });

  it("says when flagging replaced a damaged record, and which flagged cells got no note for a threaded comment", async () => {
    const host = await validated();
    host.record = "damaged";
    const commented = expected.plan.flags[0];
    host.commentedCells.add(`${commented.sheet}!${commented.cell}`);
    fireEvent.click(screen.getByRole("button", { name: zh.flagCells }));
    expect(await screen.findByText(zh.flaggedOverDamagedTitle)).toBeTruthy();
    const body = [zh.flaggedBody.replace("{count}", "4"), zh.flaggedCommented.replace("{count}", "1"), zh.flaggedOverDamagedBody].join(" ");
    expect(screen.getByText(body)).toBeTruthy();
  });

  it("tells that 清除标记 restores the cells a failed flagging changed", async () => {
    const host = await validated();
    host.failures.set("flag", new HostWriteError("GeneralException", ["自评表!H12", "自评表!H19"]));
    fireEvent.click(screen.getByRole("button", { name: zh.flagCells }));
    expect(await screen.findByText(zh.failedFlag)).toBeTruthy();
    expect(screen.getByText(zh.changedByFlag)).toBeTruthy();
    expect(screen.getByText("自评表!H12")).toBeTruthy();
    expect(screen.getByText("自评表!H19")).toBeTruthy();
    expect(screen.getByText(zh.restoreByClearing)).toBeTruthy();
  });

  it("shows a failed read in a MessageBar saying nothing was changed", async () => {
    const host = new FakeHost(workbookWithProblems());
    host.failures.set("read", new Error("RichApi.Error: The request failed"));
    renderPane(host);
    fireEvent.click(await screen.findByRole("button", { name: "一键校验" }));
    expect(await screen.findByText(zh.failedValidate)).toBeTruthy();
    expect(screen.getByText("原因：RichApi.Error: The request failed")).toBeTruthy();
    expect(screen.getByText(zh.nothingChanged)).toBeTruthy();
    expect(screen.getByRole("button", { name: "一键校验" }).hasAttribute("disabled")).toBe(false);
  });

  it("says that flags are fill colour only when Excel has no notes API", async () => {
    await validated(new FakeHost(workbookWithProblems(), { notes: false, undoGroup: false }));
    expect(screen.getByText(zh.notesUnsupportedTitle)).toBeTruthy();
    expect(screen.getByText(zh.notesUnsupportedBody)).toBeTruthy();
  });

  it("does not mention notes when Excel has them", async () => {
    await validated();
    expect(screen.queryByText(zh.notesUnsupportedTitle)).toBeNull();
  });
});

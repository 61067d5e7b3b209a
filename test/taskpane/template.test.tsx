/** @jest-environment jsdom */
import "./console-guard";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { defaultProfile } from "../../src/core/profile";
import { TEMPLATES } from "../../src/core/templates";
import { HostWriteError, TemplateTargetNotEmptyError } from "../../src/hosts/host";
import { strings } from "../../src/taskpane/strings";
import { templatePreview } from "../../src/taskpane/template-preview";
import { FakeHost, deferred } from "./fake-host";
import { workbookWithProblems } from "./fixtures";
import { renderPane } from "./render-pane";

const zh = strings["zh-CN"];
const en = strings["en-US"];

/** Renders the pane and opens its 插入模板 section. */
async function openTemplates(host = new FakeHost(workbookWithProblems()), language = "zh-CN") {
  renderPane(host, language);
  const heading = language === "zh-CN" ? zh.templateHeading : en.templateHeading;
  fireEvent.click(await screen.findByRole("button", { name: heading }));
  await screen.findByRole("combobox", { name: language === "zh-CN" ? zh.templateKind : en.templateKind });
  return host;
}

const picker = () => screen.getByRole("combobox", { name: zh.templateKind });
const rows = () => screen.getByRole("spinbutton", { name: zh.templateRows });
const insert = () => screen.getByRole("button", { name: zh.insertTemplate });

describe("task pane: 插入模板", () => {
  it("offers the five templates before any validation, with a preview, and inserts the chosen one on a new sheet", async () => {
    const host = await openTemplates();
    const options = within(picker()).getAllByRole("option").map((o) => o.textContent);
    expect(options).toEqual(Object.values(TEMPLATES).map((info) => info.title));
    expect(host.calls).toEqual([]);

    fireEvent.change(picker(), { target: { value: "target" } });
    const preview = templatePreview("target", 2);
    expect(screen.getByText(`表头：${preview.headers.join("、")}`)).toBeTruthy();
    expect(screen.getByText(`${preview.rows} 行 × ${preview.cols} 列，${preview.inputs} 个待填单元格`)).toBeTruthy();
    expect(screen.getByText("含下拉选项、分值和金额的输入限制")).toBeTruthy();
    expect((rows() as HTMLInputElement).value).toBe("2");

    fireEvent.change(rows(), { target: { value: "4" } });
    fireEvent.blur(rows());
    expect(screen.getByText(`${templatePreview("target", 4).rows} 行 × 6 列，${templatePreview("target", 4).inputs} 个待填单元格`)).toBeTruthy();

    const gate = deferred();
    host.gates.set("insertTemplate", gate.promise);
    fireEvent.click(insert());
    expect(await screen.findByText(zh.busyInsertTemplate)).toBeTruthy();
    expect(insert().hasAttribute("disabled")).toBe(true);
    await act(async () => gate.resolve());

    expect(await screen.findByText(zh.templateInsertedTitle)).toBeTruthy();
    expect(host.templates).toEqual([{ kind: "target", options: { rowsPerGroup: 4, target: "newSheet", profile: defaultProfile } }]);
    expect(screen.getByText(/^已写入 项目绩效目标表!A1:F\d+（新工作表），并选中了第一个待填单元格 项目绩效目标表!B3。$/)).toBeTruthy();
    // The intro stays: inserting a template is no validation.
    expect(screen.getByText(zh.introText)).toBeTruthy();
  });

  it("keeps the number of rows for templates with free rows only, and inserts at the selection when asked", async () => {
    const host = await openTemplates();
    fireEvent.change(picker(), { target: { value: "scoring" } });
    expect(rows().hasAttribute("disabled")).toBe(true);
    expect(screen.getByText(zh.templateRowsFixed)).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: zh.templateSelection }));
    expect(screen.getByText(zh.templateSelectionHint)).toBeTruthy();
    fireEvent.click(insert());
    await screen.findByText(zh.templateInsertedTitle);
    expect(host.templates).toEqual([{ kind: "scoring", options: { rowsPerGroup: undefined, target: "selection", profile: defaultProfile } }]);

    fireEvent.change(picker(), { target: { value: "summary" } });
    expect(screen.getByText(zh.templateSummaryNote)).toBeTruthy();
    expect(screen.getByText(`工作表：${TEMPLATES.scoring.title}、${TEMPLATES.summary.title}`)).toBeTruthy();
  });

  it("says why a selection was refused, naming the cells that hold data, and that nothing changed", async () => {
    const host = await openTemplates();
    fireEvent.click(screen.getByRole("radio", { name: zh.templateSelection }));
    host.failures.set("insertTemplate", new TemplateTargetNotEmptyError("数据", "A2:I26", ["B2", "C5"], 14));
    fireEvent.click(insert());
    expect(await screen.findByText(zh.templateRefusedTitle)).toBeTruthy();
    expect(screen.getByText("模板需要 数据!A2:I26 这片区域为空，但以下单元格已有内容：B2、C5 等，共 14 个。为免覆盖数据，工作簿未做任何修改。请选中一片空白区域的左上角单元格，或改为插入到新工作表。")).toBeTruthy();
  });

  it("shows a failed insert with the areas it may have written, and no word of clearing flags", async () => {
    const host = await openTemplates();
    host.failures.set("insertTemplate", new HostWriteError("GeneralException", ["项目支出绩效自评表!A1:I25"]));
    fireEvent.click(insert());
    expect(await screen.findByText(zh.failedInsertTemplate)).toBeTruthy();
    expect(screen.getByText(zh.changedByInsert)).toBeTruthy();
    expect(screen.getByText("项目支出绩效自评表!A1:I25")).toBeTruthy();
    expect(screen.queryByText(zh.restoreByClearing)).toBeNull();
  });

  it("is in English when Excel is", async () => {
    const host = await openTemplates(undefined, "en-US");
    const picker = screen.getByRole("combobox", { name: en.templateKind });
    expect(within(picker).getAllByRole("option")[0].textContent).toBe(`Project self-evaluation table (${TEMPLATES["self-evaluation"].title})`);
    host.failures.set("insertTemplate", new TemplateTargetNotEmptyError("Data", "A1:I25", ["A1"], 1));
    fireEvent.click(screen.getByRole("button", { name: en.insertTemplate }));
    expect(await screen.findByText(en.templateRefusedTitle)).toBeTruthy();
    expect(screen.getByText(/^The template needs Data!A1:I25 to be empty, but these cells hold data: A1\./)).toBeTruthy();
  });
});

/**
 * The built task pane in Debian's Chromium, with Microsoft's office.js replaced by a bundle of the stand-in Excel
 * over the s08 sample: validate, select, write totals, flag and clear, as a person would; plus office.js missing or
 * never ready, and the size of what the pane loads. Screenshots of each state go to test-artifacts/.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { gzipSync } from "zlib";
import { checkWorkbook, type CheckResult } from "../../src/core/engine";
import type { Finding } from "../../src/core/findings";
import { describeChange, renderMessage } from "../../src/core/messages";
import { NOTE_PREFIX, SEVERITY_FILL } from "../../src/core/plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { buildTemplate, offsetLayout, TEMPLATE_KINDS, TEMPLATES, type TemplateKind, type TemplateLayout } from "../../src/core/templates";
import { LEGACY_FLAG_SHEET } from "../../src/hosts/flag-record";
import { PROFILE_SETTING } from "../../src/hosts/excel/profile-setting";
import { builtInProfiles } from "../../src/core/profile";
import { workbookSnapshot } from "../helpers/exceljs-reference";
import { countBySeverity } from "../../src/taskpane/severity";
import { strings } from "../../src/taskpane/strings";
import { OFFICE_READY_TIMEOUT_MS } from "../../src/taskpane/office";
import { mergeArea, selfEvaluationWithoutTotal, workbookFrom } from "../helpers/grid";
import { buildPane, type BuiltPane, SETUP_TIMEOUT_MS } from "./build-pane";
import { launchChromium } from "./chromium";
import { findingButton } from "./findings";
import { tableCardsSeen } from "./table-cards";
import type { StandInSetup } from "./office-stand-in";
import { bundleOfficeStandIn } from "./office-stand-in-bundle";
import { serveDirectory, type StaticServer } from "./static-server";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const zh = strings["zh-CN"];

interface ExpectedFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
}

let workDir = "";
let built: BuiltPane;
let server: StaticServer;
let browser: Browser;
let officeStandIn = "";
let snapshot: WorkbookSnapshot;
let check: CheckResult;
let expectedFindings: ExpectedFinding[] = [];

beforeAll(async () => {
  // First, so that a machine without Chromium fails at once with the command that fixes it.
  browser = await launchChromium();
  workDir = mkdtempSync(path.join(os.tmpdir(), "perfcheck-browser-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  const s08 = readdirSync(SAMPLES).find((f) => f.startsWith("s08") && f.endsWith(".xlsx"));
  if (!s08) throw new Error(`no s08 sample in ${SAMPLES}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(SAMPLES, s08));
  snapshot = workbookSnapshot(workbook);
  check = checkWorkbook(snapshot);
  expectedFindings = (JSON.parse(readFileSync(path.join(SAMPLES, s08.replace(/\.xlsx$/, ".expected.json")), "utf8")) as { findings: ExpectedFinding[] }).findings;
  [built, officeStandIn] = await Promise.all([buildPane(path.join(workDir, "dist")), bundleOfficeStandIn()]);
  server = await serveDirectory(built.dir);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface OpenedPane {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Requests to anywhere but the test server and the (routed) office.js: aborted, and listed here. */
  external: string[];
  /** The files the page and its worker asked the test server for, by name. */
  served: string[];
}

const opened: OpenedPane[] = [];

afterEach(async () => {
  for (const { context } of opened.splice(0)) await context.close();
});

/**
 * Opens the built pane in a task pane (400 px wide unless `viewport` says), with office.js answered by the stand-in
 * (`workerMissing`: and the pane's check worker script by a 404, as from a partial copy of the build), by a 404, or
 * never; `fakeClock`: the page's timers run on Playwright's clock, which the test moves forward instead of waiting.
 */
async function openPane(
  officeJs: { standIn: StandInSetup; workerMissing?: boolean } | "404" | "hang",
  fakeClock = false,
  viewport = { width: 400, height: 860 },
): Promise<OpenedPane> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2, locale: "zh-CN" });
  if (fakeClock) await context.clock.install();
  const pane: OpenedPane = { context, page: await context.newPage(), consoleErrors: [], external: [], served: [] };
  opened.push(pane);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN) {
      // "hang": the request is left unanswered, as on a network that neither answers nor refuses.
      if (officeJs === "hang") return;
      if (officeJs === "404") await route.fulfill({ status: 404, contentType: "text/plain", body: "not found" });
      else await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: officeStandIn });
    } else if (url.startsWith(`${server.origin}/`)) {
      const file = url.slice(url.lastIndexOf("/") + 1);
      pane.served.push(file);
      if (typeof officeJs === "object" && officeJs.workerMissing && /^check-worker\./.test(file)) await route.fulfill({ status: 404, body: "" });
      else await route.continue();
    } else {
      pane.external.push(url);
      await route.abort();
    }
  });
  pane.page.on("console", (message) => {
    if (message.type() === "error") pane.consoleErrors.push(message.text());
  });
  pane.page.on("pageerror", (error) => pane.consoleErrors.push(String(error)));
  if (typeof officeJs === "object") {
    await pane.page.addInitScript((setup) => {
      Object.assign(window, { __standInSetup: setup });
    }, officeJs.standIn);
  }
  await pane.page.goto(`${server.origin}/taskpane.html`, { waitUntil: officeJs === "hang" ? "commit" : "load" });
  return pane;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${name}.png`), animations: "disabled" });
}

/** The scripts among the files served, in the order asked for. */
function scripts(served: string[]): string[] {
  return served.filter((file) => file.endsWith(".js"));
}

function engineFinding(rule: string, sheet: string, cell: string): Finding {
  const f = check.findings.find((x) => x.rule === rule && x.sheet === sheet && x.cell === cell);
  if (!f) throw new Error(`the engine does not report ${rule} at ${sheet}!${cell}`);
  return f;
}

/** Fills and notes of every sheet but the flag record, from the stand-in workbook in the page. */
function fillsAndNotes(page: Page) {
  return page.evaluate((recordSheet) => {
    const wb = window.__standIn;
    if (!wb) throw new Error("no stand-in workbook on the page");
    return wb.sheets
      .filter((s) => s.name !== recordSheet)
      .map((s) => ({
        name: s.name,
        fills: [...s.cells].filter(([, c]) => c.fill).map(([address, c]) => [address, c.fill]),
        notes: [...s.notes],
      }));
  }, LEGACY_FLAG_SHEET);
}

function cellValue(page: Page, sheet: string, address: string) {
  return page.evaluate(([s, a]) => window.__standIn?.sheet(s)?.cells.get(a)?.value ?? null, [sheet, address]);
}

describe("task pane in Chromium with the stand-in Excel (s08 sample)", () => {
  it("validates, selects, writes totals back, flags and clears", async () => {
    const { page, consoleErrors, external, served } = await openPane({ standIn: { snapshot } });
    await page.getByRole("button", { name: "一键校验" }).waitFor();
    await screenshot(page, "1-ready");

    // Validate: 11 tables, and the sample's planted errors with the engine's messages.
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByRole("heading", { name: `共识别 11 张表，${check.findings.length} 个问题` }).waitFor();
    // Checked in the pane's worker: its script was loaded, and the pane's own copy of the check never was.
    expect(scripts(served)).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/), expect.stringMatching(/^check-worker\.[0-9a-f]+\.js$/)]);
    expect(check.tables).toHaveLength(11);
    const planted = expectedFindings.filter((f) => f.severity === "error");
    expect(planted.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toContain("score-total 抽查2.残疾人儿童康复训练补助!H21");
    // The list is windowed: the errors alone fit on one screen.
    await page.getByRole("button", { name: `错误 ${planted.length}` }).click();
    for (const f of planted) await findingButton(page, engineFinding(f.rule, f.sheet, f.cell)).waitFor();
    const scoreTotal = engineFinding("score-total", "抽查2.残疾人儿童康复训练补助", "H21");
    expect(await page.getByText(renderMessage(scoreTotal, "zh-CN"), { exact: true }).count()).toBe(1);
    await screenshot(page, "2-findings");

    // Clicking a finding selects its cell in Excel.
    await findingButton(page, scoreTotal).click();
    await page.waitForFunction(() => window.__standIn?.selection?.address === "H21");
    expect(await page.evaluate(() => [window.__standIn?.selection, window.__standIn?.activeSheet])).toEqual([
      { sheet: "抽查2.残疾人儿童康复训练补助", address: "H21" },
      "抽查2.残疾人儿童康复训练补助",
    ]);

    // The summary cards, one per table.
    await page.getByRole("tab", { name: "表格（11）" }).click();
    const cards = page.getByRole("group", { name: /^项目支出绩效自评表 抽查/ });
    await cards.first().waitFor();
    expect((await tableCardsSeen(page, /^项目支出绩效自评表 抽查/)).names.size).toBe(11);
    await screenshot(page, "3-tables");
    await page.getByRole("tab", { name: /^问题/ }).click();

    // 写回合计: the dialog lists the plan's changes; nothing is written before 写入.
    expect(check.plan.values.length).toBeGreaterThan(0);
    await page.getByRole("button", { name: `写回合计（${check.plan.values.length}）` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await dialog.getByRole("listitem", { name: "抽查2.残疾人儿童康复训练补助!H21 总分 69 → 96", exact: true }).waitFor();
    expect(await dialog.getByRole("listitem").count()).toBe(check.plan.values.length);
    await screenshot(page, "4-write-dialog");
    expect(await cellValue(page, "抽查2.残疾人儿童康复训练补助", "H21")).toBe(69);
    await dialog.getByRole("button", { name: `写入所选（${check.plan.values.length}）` }).click();
    await page.getByText(zh.writtenTitle).waitFor();
    for (const v of check.plan.values) expect(await cellValue(page, v.sheet, v.cell)).toBe(v.value);
    await page.getByRole("button", { name: "写回合计（0）" }).waitFor();
    await screenshot(page, "5-written");

    // 标记单元格, over a cell with a fill of its own and a cell with the person's own note.
    await page.evaluate(() => {
      const sheet = window.__standIn?.sheet("抽查1.老旧小区完善类改造项目");
      if (!sheet) throw new Error("no sheet 抽查1");
      const h19 = sheet.cells.get("H19");
      if (h19) h19.fill = "#00B0F0";
      sheet.notes.set("E15", "审核意见：请核实");
    });
    const before = await fillsAndNotes(page);
    await page.getByRole("button", { name: zh.flagCells }).click();
    await page.getByText(zh.flaggedTitle).waitFor();
    const flaggedText = await page.getByText(/已标记 \d+ 个单元格/).textContent();
    const flagged = Number(/已标记 (\d+) 个/.exec(flaggedText ?? "")?.[1]);
    const after = await fillsAndNotes(page);
    const sheet1 = after.find((s) => s.name === "抽查1.老旧小区完善类改造项目");
    expect(Object.fromEntries(sheet1?.fills ?? [])).toMatchObject({ H19: SEVERITY_FILL.error, E15: SEVERITY_FILL.info });
    const notes1 = new Map(sheet1?.notes);
    expect(notes1.get("H19")).toMatch(new RegExp(`^${NOTE_PREFIX}`));
    expect(notes1.get("E15")).toBe("审核意见：请核实");
    expect(after.reduce((n, s) => n + s.fills.length, 0)).toBe(flagged);
    expect(flagged).toBeGreaterThan(0);
    await screenshot(page, "6-flagged");

    // 清除标记 puts back every fill and note as it was.
    await page.getByRole("button", { name: zh.clearFlags }).click();
    await page.getByText(zh.clearedTitle).waitFor();
    expect(await fillsAndNotes(page)).toEqual(before);
    await screenshot(page, "7-cleared");

    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });

  it("checks on the pane's own thread, with the same result, when its worker's script does not load", async () => {
    const { page, consoleErrors, external, served } = await openPane({ standIn: { snapshot }, workerMissing: true });
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByRole("heading", { name: `共识别 11 张表，${check.findings.length} 个问题` }).waitFor();
    await findingButton(page, engineFinding("score-total", "抽查2.残疾人儿童康复训练补助", "H21")).waitFor();
    await page.getByRole("button", { name: `写回合计（${check.plan.values.length}）` }).waitFor();
    expect(scripts(served)).toEqual([
      expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/),
      expect.stringMatching(/^check-worker\.[0-9a-f]+\.js$/),
      expect.stringMatching(/^check\.[0-9a-f]+\.js$/),
    ]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });

  it("flags with fill colour only, and says so, where Excel has no notes API (ExcelApi 1.14, Excel 2021 LTSC)", async () => {
    const { page, consoleErrors, external } = await openPane({ standIn: { snapshot, maxApiMinor: 14 } });
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByText(zh.notesUnsupportedTitle).waitFor();
    await page.getByRole("button", { name: zh.flagCells }).click();
    await page.getByText(zh.flaggedTitle).waitFor();
    const state = await fillsAndNotes(page);
    expect(state.reduce((n, s) => n + s.fills.length, 0)).toBe(check.plan.flags.length);
    expect(state.flatMap((s) => s.notes)).toEqual([]);
    await screenshot(page, "8-no-notes");
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });

  it("shows the pane in English when Excel's display language is English", async () => {
    const { page, consoleErrors } = await openPane({ standIn: { snapshot, displayLanguage: "en-US" } });
    await page.getByRole("button", { name: "Validate" }).click();
    await page.getByRole("heading", { name: `11 tables found, ${check.findings.length} problems` }).waitFor();
    const scoreTotal = engineFinding("score-total", "抽查2.残疾人儿童康复训练补助", "H21");
    await page.getByText(renderMessage(scoreTotal, "en-US"), { exact: true }).waitFor();
    await screenshot(page, "9-english");
    expect(consoleErrors).toEqual([]);
  });
});

describe("table notes in Chromium with the stand-in Excel", () => {
  it("lists what the reader could not settle on the table's card: a 自评表 without its 总分 row", async () => {
    const { page, consoleErrors } = await openPane({ standIn: { snapshot: workbookFrom(selfEvaluationWithoutTotal()) } });
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByRole("tab", { name: "表格（1）" }).click();
    const card = page.getByRole("group", { name: "项目支出绩效自评表 自评表!A1:I18" });
    await card.getByRole("list", { name: zh.tableNotes }).getByText("没有总分或合计行", { exact: true }).waitFor();
    await screenshot(page, "11-table-notes");
    expect(consoleErrors).toEqual([]);
  });
});

/** What a sheet of the stand-in workbook holds of a template: merges, formulas, validations, highlights. */
function templateParts(page: Page, sheet: string) {
  return page.evaluate((name) => {
    const s = window.__standIn?.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return {
      merges: s.merges,
      formulas: [...s.cells].filter(([, c]) => c.formula).map(([address, c]) => [address, c.formula]),
      validations: s.validations.map((v) => [v.ref, v.rule]),
      highlights: s.conditionalFormats.map((h) => [h.ref, h.formula, h.fill]),
    };
  }, sheet);
}

/** The same parts as the layout asks for them. */
function partsOf(layout: TemplateLayout) {
  const bound = (x: number | string) => (typeof x === "number" ? x : `=${x}`);
  return {
    merges: layout.merges.map(mergeArea),
    formulas: layout.cells.filter((c) => c.formula !== undefined).map((c) => [c.address, c.formula]),
    validations: layout.validations.map((v) => [
      v.ref,
      v.type === "list"
        ? { list: { inCellDropDown: true, source: v.values.join(",") } }
        : { decimal: v.max === undefined ? { formula1: bound(v.min), operator: "GreaterThanOrEqualTo" } : { formula1: bound(v.min), formula2: bound(v.max), operator: "Between" } },
    ]),
    highlights: layout.conditionalFormats.map((h) => [h.ref, `=${h.formula}`, `#${h.fill}`]),
  };
}

describe("插入模板 in Chromium with the stand-in Excel", () => {
  const data: WorkbookSnapshot = { sheets: [{ name: "数据", cells: [{ row: 1, col: 1, value: 2024 }], merges: [] }] };

  it("inserts each template on new sheets, with its merges, formulas, validations and highlights, then refuses a used selection", async () => {
    const { page, consoleErrors, external } = await openPane({ standIn: { snapshot: data } });
    await page.getByRole("button", { name: zh.templateHeading }).click();
    const picker = page.getByRole("combobox", { name: zh.templateKind });
    const taken: string[] = ["数据"];
    for (const kind of TEMPLATE_KINDS) {
      await picker.selectOption(kind);
      await page.getByRole("button", { name: zh.insertTemplate, exact: true }).click();
      // Sheet names as the host picks them: the 结论一览表's 评分表 comes second, as 评分表(2).
      const sheetNames: Partial<Record<TemplateKind, string>> = {};
      for (const l of buildTemplate(kind)) {
        const title = TEMPLATES[l.kind].title;
        const name = taken.includes(title) ? `${title}(2)` : title;
        sheetNames[l.kind] = name;
        taken.push(name);
      }
      const layouts = buildTemplate(kind, { rowsPerGroup: TEMPLATES[kind].freeRows ? 2 : undefined, sheetNames });
      const last = layouts[layouts.length - 1];
      // A MessageBar's body shares its element with the title: its text is matched unanchored.
      await page.getByText(new RegExp(`已写入 .*${last.sheetName}!${last.ref}（新工作表），并选中了`)).waitFor();
      for (const layout of layouts) expect(await templateParts(page, layout.sheetName)).toEqual(partsOf(layout));
    }
    expect(await page.evaluate(() => window.__standIn?.sheets.map((s) => s.name))).toEqual(taken);
    await screenshot(page, "template");

    // At a selection whose area holds data: refused, naming the cell, with nothing written.
    await page.evaluate(() => {
      const wb = window.__standIn;
      if (!wb) throw new Error("no stand-in workbook on the page");
      wb.activeSheet = "数据";
      wb.selection = { sheet: "数据", address: "A1" };
    });
    await page.getByRole("radio", { name: zh.templateSelection }).check();
    await picker.selectOption("comparison");
    await page.getByRole("button", { name: zh.insertTemplate, exact: true }).click();
    await page.getByText(zh.templateRefusedTitle).waitFor();
    await page.getByText(/模板需要 数据!A1:E\d+ 这片区域为空，但以下单元格已有内容：B2。/).waitFor();
    expect(await templateParts(page, "数据")).toEqual({ merges: [], formulas: [], validations: [], highlights: [] });
    await screenshot(page, "template-refused");

    // Below the data it fits: the comparison table starts at A4.
    await page.evaluate(() => {
      const wb = window.__standIn;
      if (wb) wb.selection = { sheet: "数据", address: "A4" };
    });
    await page.getByRole("button", { name: zh.insertTemplate, exact: true }).click();
    const moved = offsetLayout(buildTemplate("comparison", { rowsPerGroup: 2 })[0], 3, 0);
    await page.getByText(`已写入 数据!${moved.ref}，并选中了第一个待填单元格 数据!B5。`).waitFor();
    expect(await templateParts(page, "数据")).toEqual(partsOf(moved));
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});

describe("task pane in Chromium without Excel", () => {
  it("says that office.js could not be loaded when the CDN answers 404", async () => {
    const { page, consoleErrors, external } = await openPane("404");
    await page.getByText(zh.outsideOfficeNoOfficeJs).waitFor({ timeout: 5_000 });
    await page.getByText(zh.outsideOfficeTitle).waitFor();
    await screenshot(page, "10-no-office-js");
    // The browser's own report of the failed script, and nothing else.
    expect(consoleErrors).toEqual([expect.stringMatching(/Failed to load resource: .*404/)]);
    expect(external).toEqual([]);
  });

  it("says so after 15 s when office.js hangs on the network, instead of staying blank", async () => {
    const { page, external } = await openPane("hang", true);
    // The parser stops at the office.js script, after the inline script that set the note's timer.
    await page.waitForFunction(() => document.scripts.length >= 2);
    await page.clock.fastForward(14_000);
    expect(await page.getByText(/未能加载 Office\.js/).count()).toBe(0);
    await page.clock.fastForward(1_000);
    // The note appears while the page still waits for the script (a screenshot would wait for it too).
    await page.getByText(/未能加载 Office\.js/).waitFor();
    expect(external).toEqual([]);
  });

  it("stops waiting for Office after its timeout when office.js never gets ready", async () => {
    const { page, consoleErrors } = await openPane({ standIn: { snapshot, neverReady: true } }, true);
    await page.getByText(zh.connecting).waitFor();
    await page.waitForFunction(() => window.__standInReadyAsked === true);
    await page.clock.fastForward(OFFICE_READY_TIMEOUT_MS - 1_000);
    expect(await page.getByText(zh.outsideOfficeNoHost).count()).toBe(0);
    await page.clock.fastForward(1_000);
    await page.getByText(zh.outsideOfficeNoHost).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});

describe("the built pane", () => {
  it("loads at most 300 KB of gzipped JavaScript at start, and no exceljs", () => {
    expect(built.initialScripts.length).toBeGreaterThan(0);
    const gzipped = built.initialScripts.reduce((n, src) => n + gzipSync(readFileSync(path.join(built.dir, src))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(300 * 1024);
    expect(built.modules.some((m) => m.includes("./src/core/engine.ts"))).toBe(true);
    expect(built.modules.filter((m) => /node_modules[\\/](exceljs|jszip)[\\/]/.test(m))).toEqual([]);
  });

  it("checks in a worker of its own, named with its content hash in taskpane.html; the engine and its rules are not in the first load", () => {
    const html = readFileSync(path.join(built.dir, "taskpane.html"), "utf8");
    const worker = /<meta name="?perfcheck-check-worker"? content="?(check-worker\.[0-9a-f]+\.js)/.exec(html)?.[1];
    expect(readdirSync(built.dir)).toContain(worker);
    expect(built.initialScripts).not.toContain(worker);
    expect(built.initialModules.filter((m) => /\.\/src\/core\/(engine\.ts|build-plan\.ts|detect\/|rules\/|values\/)/.test(m))).toEqual([]);
    // Where no worker can check, the pane loads the check as a chunk of its own.
    expect(built.asyncScripts).toEqual([expect.stringMatching(/^check\.[0-9a-f]+\.js$/)]);
  });
});

describe("reviewing the results in narrow panes (320 and 350 px)", () => {
  const DOCS = path.resolve(__dirname, "../../docs");
  const S2 = "抽查2.残疾人儿童康复训练补助";
  const S3 = "抽查3.老旧小区完善类改造项目";

  /** The finding buttons in the page: what the windowed list has rendered. */
  const renderedFindings = (page: Page) => page.locator("button[title^='在 Excel 中选中 ']");
  const pressed = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).getAttribute("aria-pressed");
  const background = (page: Page, name: string) =>
    page.getByRole("button", { name, exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor);

  it.each([320, 350])("at %i px: the first finding without scrolling; filter, 下一个/上一个 and keys, search, folding", async (width) => {
    const { page, consoleErrors } = await openPane({ standIn: { snapshot } }, false, { width, height: 640 });
    await page.getByRole("button", { name: "一键校验" }).click();
    const first = renderedFindings(page).first();
    await first.waitFor();
    const box = await first.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(640);
    if (width === 350) await page.screenshot({ path: path.join(DOCS, "taskpane.png"), animations: "disabled" });
    await screenshot(page, `review-${width}-1-first-screen`);

    // Errors first: the first finding shown is an error.
    expect(await first.locator("[role=img]").getAttribute("aria-label")).toBe(zh.severityError);

    // The filter is single-choice, and the chosen button looks unlike the others.
    const counts = countBySeverity(check.findings);
    const all = `全部 ${check.findings.length}`;
    const warnings = `警告 ${counts.warning}`;
    expect([await pressed(page, all), await pressed(page, warnings)]).toEqual(["true", "false"]);
    expect(await background(page, all)).not.toBe(await background(page, warnings));
    await page.getByRole("button", { name: warnings, exact: true }).click();
    expect([await pressed(page, all), await pressed(page, warnings)]).toEqual(["false", "true"]);
    // Away from the buttons, once their transition is over: pressed and unpressed still differ.
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => !document.getAnimations().some((a) => a instanceof CSSTransition));
    expect(await background(page, warnings)).not.toBe(await background(page, all));
    await screenshot(page, `review-${width}-2-warnings`);
    const shownSeverities = await renderedFindings(page).locator("[role=img]").evaluateAll((icons) => icons.map((i) => i.getAttribute("aria-label")));
    expect(new Set(shownSeverities)).toEqual(new Set([zh.severityWarning]));

    // 下一个 selects the first warning's cell in Excel; ↓ and ↑ walk on and back.
    await page.getByRole("button", { name: zh.findingsNext, exact: true }).click();
    const current = page.locator("button[aria-current=location]");
    await current.waitFor();
    await page.getByText(`1 / ${counts.warning}`, { exact: true }).waitFor();
    const firstSelected = await page.evaluate(() => window.__standIn?.selection);
    expect(firstSelected).toBeDefined();
    await page.keyboard.press("ArrowDown");
    await page.getByText(`2 / ${counts.warning}`, { exact: true }).waitFor();
    await page.waitForFunction((before) => window.__standIn?.selection?.address !== before, firstSelected?.address);
    await page.keyboard.press("ArrowUp");
    await page.getByText(`1 / ${counts.warning}`, { exact: true }).waitFor();
    // The current finding is on screen, below the sticky toolbar.
    const toolbar = await page.getByRole("toolbar", { name: zh.findingsToolbar }).boundingBox();
    const currentBox = await current.boundingBox();
    expect(toolbar && currentBox && currentBox.y >= toolbar.y + toolbar.height - 1 && currentBox.y + currentBox.height <= 640).toBe(true);

    // Filtering to errors hides it, and the toolbar says so until 显示 brings it back.
    await page.getByRole("button", { name: `错误 ${counts.error}`, exact: true }).click();
    await page.getByText(/^当前问题 .+ 已被筛选、搜索或折叠隐藏。$/).waitFor();
    await page.getByRole("button", { name: zh.findingsShowCurrent, exact: true }).click();
    expect(await pressed(page, all)).toBe("true");
    await current.waitFor();

    // Search: the cell's address finds its finding.
    const scoreTotal = engineFinding("score-total", S2, "H21");
    await page.getByRole("searchbox", { name: zh.findingsSearch }).fill(`${S2}!H21`);
    await findingButton(page, scoreTotal).waitFor();
    expect(await renderedFindings(page).count()).toBe(check.findings.filter((f) => f.sheet === S2 && f.cell === "H21").length);
    await screenshot(page, `review-${width}-3-search`);
    await page.getByRole("searchbox", { name: zh.findingsSearch }).fill("");

    // Folding a sheet hides its findings; its heading stays, and opens again.
    const sheetHeading = page.getByRole("button", { name: new RegExp(`^${S2} \\d+ 个$`) });
    await sheetHeading.click();
    expect(await sheetHeading.getAttribute("aria-expanded")).toBe("false");
    expect(await findingButton(page, scoreTotal).count()).toBe(0);
    await sheetHeading.click();
    await findingButton(page, scoreTotal).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it("at 320 px: writes only the ticked changes, readable, then 恢复原值 puts them back", async () => {
    const { page, consoleErrors } = await openPane({ standIn: { snapshot } }, false, { width: 320, height: 640 });
    await page.getByRole("button", { name: "一键校验" }).click();
    const count = check.plan.values.length;
    await page.getByRole("button", { name: `写回合计（${count}）` }).click();
    const dialog = page.getByRole("dialog");
    const c7 = check.plan.values.find((v) => v.sheet === S3 && v.cell === "C7");
    if (!c7) throw new Error("s08 plans no write at 抽查3!C7");
    const c7Name = `${S3}!C7 ${describeChange(c7, "zh-CN").meaning} ${c7.previous} → ${c7.value}`;
    const c7Row = dialog.getByRole("listitem", { name: c7Name, exact: true });
    await c7Row.waitFor();
    // Each amount on one line: the old and the new value are never run together.
    const amounts = await c7Row.locator("span[class]").evaluateAll((spans) =>
      spans.filter((s) => /^[\d.]+$/.test(s.textContent ?? "")).map((s) => ({ text: s.textContent, lines: Math.round(s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight)) })),
    );
    expect(amounts).toEqual([
      { text: String(c7.previous), lines: 1 },
      { text: String(c7.value), lines: 1 },
    ]);
    const surface = await dialog.boundingBox();
    expect(surface && surface.x >= 0 && surface.x + surface.width <= 320).toBe(true);
    await dialog.getByRole("checkbox", { name: c7Name }).uncheck();
    await screenshot(page, "review-320-4-write-choice");
    await dialog.getByRole("button", { name: `写入所选（${count - 1}）` }).click();
    await page.getByText(zh.writtenTitle).waitFor();
    for (const v of check.plan.values) expect(await cellValue(page, v.sheet, v.cell)).toBe(v === c7 ? v.previous : v.value);
    // The add-in's own write does not make its results look out of date.
    expect(await page.getByText(zh.staleTitle).count()).toBe(0);
    await screenshot(page, "review-320-5-written");

    await page.getByRole("button", { name: zh.restoreValues }).click();
    await page.getByText(zh.restoredTitle).waitFor();
    for (const v of check.plan.values) expect(await cellValue(page, v.sheet, v.cell)).toBe(v.previous);
    await page.getByRole("button", { name: `写回合计（${count}）` }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it("at 350 px: an edit in Excel marks the results out of date; 重新校验 refreshes them and keeps the filter and the place", async () => {
    const { page, consoleErrors } = await openPane({ standIn: { snapshot } }, false, { width: 350, height: 640 });
    await page.getByRole("button", { name: "一键校验" }).click();
    const errors = page.getByRole("button", { name: /^错误 \d+$/ });
    await errors.click();
    const scoreTotal = engineFinding("score-total", S2, "H21");
    await findingButton(page, scoreTotal).click();
    // A note typed beside the table: the findings stay the same, the results are still marked as out of date.
    await page.evaluate((sheet) => window.__standIn?.edit(sheet, "L30", "已核对"), S2);
    await page.getByText(zh.staleTitle).waitFor();
    await page.getByText(`校验后工作簿有改动（${S2}!L30）。`).waitFor();
    await screenshot(page, "review-350-6-stale");
    await page.getByRole("button", { name: zh.revalidate }).click();
    await page.getByText(zh.staleTitle).waitFor({ state: "detached" });
    expect(await errors.getAttribute("aria-pressed")).toBe("true");
    expect(await findingButton(page, scoreTotal).getAttribute("aria-current")).toBe("location");
    expect(consoleErrors).toEqual([]);
  });

  it("at 320 px: the 口径 comes from the workbook's settings, and a new choice is saved there and checked with", async () => {
    const { page, consoleErrors } = await openPane(
      { standIn: { snapshot, settings: { [PROFILE_SETTING]: "hubei" } } },
      false,
      { width: 320, height: 640 },
    );
    const select = page.getByRole("combobox", { name: zh.profileLabel });
    await select.waitFor();
    expect(await select.inputValue()).toBe("hubei");
    await page.getByRole("button", { name: "一键校验" }).click();
    const hubei = checkWorkbook(snapshot, builtInProfiles.hubei);
    await page.getByRole("heading", { name: `共识别 11 张表，${hubei.findings.length} 个问题` }).waitFor();
    await select.selectOption("default");
    await page.getByRole("heading", { name: `共识别 11 张表，${check.findings.length} 个问题` }).waitFor();
    expect(await page.evaluate((key) => window.__standInSettings?.[key], PROFILE_SETTING)).toBe("default");
    await screenshot(page, "review-320-7-profile");
    expect(consoleErrors).toEqual([]);
  });

  it("renders only the findings and table cards on screen: 20 copies of s08 stay a few dozen rows, and scrolling reaches the last", async () => {
    const copies: WorkbookSnapshot = {
      sheets: Array.from({ length: 20 }, (_, i) => snapshot.sheets.map((s) => ({ ...s, name: `${i + 1}-${s.name}`.slice(0, 31) }))).flat(),
    };
    const copiesCheck = checkWorkbook(copies);
    const total = copiesCheck.findings.length;
    expect(total).toBeGreaterThan(1000);
    const { page, consoleErrors } = await openPane({ standIn: { snapshot: copies } }, false, { width: 350, height: 640 });
    await page.getByRole("button", { name: "一键校验" }).click();
    await renderedFindings(page).first().waitFor({ timeout: 60_000 });
    expect(await renderedFindings(page).count()).toBeLessThan(60);
    expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThan(3000);
    // Scrolled to the end (again while rows drawn for the first time change the list's height), the last row is there.
    await page.waitForFunction(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const buttons = [...document.querySelectorAll("button[title^='在 Excel 中选中 ']")];
      const last = buttons[buttons.length - 1]?.getBoundingClientRect();
      return last !== undefined && last.bottom <= window.innerHeight + 1 && last.bottom > 0;
    });
    expect(await renderedFindings(page).count()).toBeLessThan(60);

    // The table cards too: 220 tables, a few cards in the page at a time, every one of them reached by scrolling.
    const tables = copiesCheck.tables.length;
    expect(tables).toBe(220);
    await page.getByRole("tab", { name: `表格（${tables}）` }).click();
    const seen = await tableCardsSeen(page, /^项目支出绩效自评表 /);
    expect(seen.names.size).toBe(tables);
    expect(seen.mostAtOnce).toBeLessThan(20);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});

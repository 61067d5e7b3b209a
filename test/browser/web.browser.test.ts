/**
 * The built web page (网页版) in Debian's Chromium, served from a local static server as an intranet would: open the
 * s05 and s08 samples with the file picker (s08 with parts exceljs would have dropped), see the findings and table
 * cards, preview a finding's cell, download the annotated copy and the report and check them in node, drop and pick
 * unreadable files, switch languages. Every request must stay on the local server, and the page's CSP must forbid
 * any other. Screenshots go to test-artifacts/.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { gzipSync } from "zlib";
import { checkWorkbook, type CheckResult } from "../../src/core/engine";
import type { Finding } from "../../src/core/findings";
import { describeChange, renderMessage } from "../../src/core/messages";
import { builtInProfiles } from "../../src/core/profile";
import { flagsAfterWrite, NOTE_PREFIX } from "../../src/core/plan";
import { noteText } from "../helpers/exceljs-reference";
import { renderFileProblem } from "../../src/hosts/xlsx/file-error-words";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/ooxml/read";
import { strings } from "../../src/taskpane/strings";
import { BOOKKEEPING_PARTS, packageChanges, PARTS_EXCELJS_DROPPED, withParts, WORKSHEET_PART } from "../web/package-entries";
import { buildPage, type BuiltPage, SETUP_TIMEOUT_MS } from "./build-pane";
import { launchChromium } from "./chromium";
import { findingButton } from "./findings";
import { tableCardsSeen } from "./table-cards";
import { serveDirectory, type StaticServer } from "./static-server";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
/** The README's screenshots. */
const DOCS = path.resolve(__dirname, "../../docs");
const zh = strings["zh-CN"];
const en = strings["en-US"];
const SHEET2 = "抽查2.残疾人儿童康复训练补助";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Sample {
  name: string;
  /** What the page is given: the sample's bytes, with `extraParts` added. */
  bytes: Buffer;
  check: CheckResult;
}

let workDir = "";
let built: BuiltPage;
let server: StaticServer;
let browser: Browser;
let s05: Sample;
let s08: Sample;

function sample(prefix: string, extraParts: Record<string, Uint8Array> = {}): Sample {
  const name = readdirSync(SAMPLES).find((f) => f.startsWith(prefix) && f.endsWith(".xlsx"));
  if (!name) throw new Error(`no ${prefix} sample in ${SAMPLES}`);
  const bytes = Buffer.from(withParts(readFileSync(path.join(SAMPLES, name)), extraParts));
  return { name, bytes, check: checkWorkbook(readWorkbookSnapshot(name, bytes)) };
}

const upload = (s: Sample) => ({ name: s.name, mimeType: XLSX_TYPE, buffer: s.bytes });

beforeAll(async () => {
  // First, so that a machine without Chromium fails at once with the command that fixes it.
  browser = await launchChromium();
  workDir = mkdtempSync(path.join(os.tmpdir(), "perfcheck-web-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  s05 = sample("s05");
  s08 = sample("s08", PARTS_EXCELJS_DROPPED);
  built = await buildPage("web", path.join(workDir, "web"));
  server = await serveDirectory(built.dir);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface OpenedPage {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Every URL the page asked for, the page itself included. */
  requests: string[];
}

const opened: OpenedPage[] = [];

afterEach(async () => {
  for (const { context } of opened.splice(0)) await context.close();
});

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Opens the web page (in a desktop-sized window unless told); requests are recorded, and any not to the test server aborted. */
async function openPage(locale = "zh-CN", viewport = { width: 1440, height: 960 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, locale, acceptDownloads: true });
  const opening: OpenedPage = { context, page: await context.newPage(), consoleErrors: [], requests: [] };
  opened.push(opening);
  context.on("request", (request) => opening.requests.push(request.url()));
  await context.route("**/*", (route) => (route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort()));
  opening.page.on("console", (message) => {
    if (message.type() === "error") opening.consoleErrors.push(message.text());
  });
  opening.page.on("pageerror", (error) => opening.consoleErrors.push(String(error)));
  await opening.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  await opening.page.goto(`${server.origin}/index.html`);
  return opening;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `web-${name}.png`), animations: "disabled" });
}

function engineFinding(check: CheckResult, rule: string, sheet: string, cell: string): Finding {
  const f = check.findings.find((x) => x.rule === rule && x.sheet === sheet && x.cell === cell);
  if (!f) throw new Error(`the engine does not report ${rule} at ${sheet}!${cell}`);
  return f;
}

function overview(check: CheckResult): string {
  return `共识别 ${check.tables.length} 张表，${check.findings.length} 个问题`;
}

/** The scripts the page loaded, by file name. */
function scripts(requests: string[]): string[] {
  return requests.filter((url) => url.endsWith(".js")).map((url) => url.slice(url.lastIndexOf("/") + 1));
}

/** Requests that left the test server: none may. blob: URLs of the page's own downloads stay in the browser. */
function external(requests: string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith(`blob:${server.origin}/`));
}

/** Drops files on the page as a drag from the desktop would. */
async function dropFiles(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, bytes: [...f.bytes] }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return transfer;
  }, payload);
  await page.dispatchEvent("main", "dragenter", { dataTransfer });
  await page.dispatchEvent("main", "dragover", { dataTransfer });
  await page.dispatchEvent("main", "drop", { dataTransfer });
}

describe("web page in Chromium (s05 and s08 samples)", () => {
  it("checks two files, previews a finding, downloads the annotated copy and the report, and explains bad files", async () => {
    const { page, consoleErrors, requests } = await openPage();
    const input = page.locator('input[type="file"]');
    await page.getByRole("heading", { name: zh.appTitle }).waitFor();
    await page.getByText(zh.webDropTitle).first().waitFor();
    await screenshot(page, "1-start");
    // No office.js, and the .xlsx reader and patcher only once a file arrives.
    expect(await page.evaluate(() => "Office" in window)).toBe(false);
    expect(requests.filter((url) => /office/i.test(url))).toEqual([]);
    expect(scripts(requests)).toEqual([expect.stringMatching(/^web\.[0-9a-f]+\.js$/)]);

    // Two files from the picker: both listed, the first shown.
    await input.setInputFiles([upload(s05), upload(s08)]);
    const files = page.getByRole("navigation", { name: "文件（2）" });
    await page.getByRole("heading", { name: overview(s05.check) }).waitFor();
    await files.getByRole("button", { name: new RegExp(`^${s08.name}`) }).click();
    await page.getByRole("heading", { name: overview(s08.check) }).waitFor();
    // One more script, the check worker that read and checked both files off the page's thread; exceljs is not
    // loaded at all, and the patcher (xlsx chunk) not before a download.
    expect(scripts(requests)).toEqual([expect.stringMatching(/^web\.[0-9a-f]+\.js$/), expect.stringMatching(/^check-worker\.[0-9a-f]+\.js$/)]);
    expect(requests.filter((url) => /exceljs|jszip/i.test(url))).toEqual([]);
    expect(s08.check.tables).toHaveLength(11);
    // s08 holds a chart and a macro project, which the annotated copy keeps: no warning about parts it would lose.
    expect(await page.locator(".fui-MessageBar").count()).toBe(0);

    // The findings, with the engine's words; the s08 planted total at 抽查2…!H21.
    const scoreTotal = engineFinding(s08.check, "score-total", SHEET2, "H21");
    const scoreMessage = renderMessage(scoreTotal, "zh-CN");
    await findingButton(page, scoreTotal).waitFor();
    expect(await page.getByText(scoreMessage, { exact: true }).count()).toBe(1);
    for (const [severity, key] of [["error", "severityError"], ["warning", "severityWarning"], ["info", "severityInfo"]] as const) {
      const count = s08.check.findings.filter((f) => f.severity === severity).length;
      await page.getByRole("button", { name: `${zh[key]} ${count}`, exact: true }).waitFor();
    }
    await screenshot(page, "2-findings");

    // Clicking a finding previews the sheet around it: the cell outlined, its row and column headers, its message.
    await findingButton(page, scoreTotal).click();
    const preview = page.getByRole("region", { name: `${SHEET2}!H21 周围的单元格` });
    await preview.waitFor();
    const anchor = preview.locator('td[aria-current="true"]');
    expect(await anchor.getAttribute("data-address")).toBe("H21");
    expect(await anchor.textContent()).toBe("69");
    // The table ends at J21: the window shows the ten rows and eight columns of the table that end there.
    expect(await preview.getByRole("columnheader").allTextContents()).toEqual(["C", "D", "E", "F", "G", "H", "I", "J"]);
    expect(await preview.getByRole("rowheader").allTextContents()).toEqual(["12", "13", "14", "15", "16", "17", "18", "19", "20", "21"]);
    await preview.getByText(scoreMessage, { exact: true }).waitFor();
    expect(await findingButton(page, scoreTotal).getAttribute("aria-current")).toBe("location");
    await screenshot(page, "3-preview");

    // The summary cards, one per table; a card's button previews its table.
    await page.getByRole("tab", { name: "表格（11）" }).click();
    const cards = page.getByRole("group", { name: /^项目支出绩效自评表 抽查/ });
    await cards.first().waitFor();
    expect((await tableCardsSeen(page, /^项目支出绩效自评表 抽查/)).names.size).toBe(11);
    const table2 = s08.check.tables.find((t) => t.sheet === SHEET2);
    if (!table2) throw new Error("no table on 抽查2");
    await page.getByRole("button", { name: `预览表格 ${SHEET2}!${table2.range}` }).click();
    await page.getByRole("region", { name: `${SHEET2}!${table2.range} 周围的单元格` }).waitFor();
    await screenshot(page, "4-tables");
    await page.getByRole("tab", { name: /^问题/ }).click();

    // 下载标注版: the plan patched into the file, as `perfcheck fix` does; every part it does not touch kept byte for byte.
    const [annotated] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: zh.webDownloadAnnotated }).click()]);
    expect(annotated.suggestedFilename()).toBe(s08.name.replace(/\.xlsx$/, ".标注.xlsx"));
    const changes = packageChanges(s08.bytes, readFileSync(await annotated.path()));
    expect(changes.missing).toEqual([]);
    expect(changes.changed.filter((n) => !WORKSHEET_PART.test(n) && !BOOKKEEPING_PARTS.includes(n))).toEqual([]);
    expect(changes.kept).toEqual(expect.arrayContaining([...Object.keys(PARTS_EXCELJS_DROPPED), "xl/sharedStrings.xml", "xl/theme/theme1.xml", "docProps/core.xml"]));
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(await annotated.path());
    expect(copy.getWorksheet(SHEET2)?.getCell("H21").value).toBe(96);
    expect(s08.check.plan.values.length).toBeGreaterThan(0);
    for (const v of s08.check.plan.values) expect(copy.getWorksheet(v.sheet)?.getCell(v.cell).value).toBe(v.value);
    expect(s08.check.plan.flags.length).toBeGreaterThan(0);
    // Every planned value was written: a corrected cell has its corrected fill (green) and note.
    for (const flag of flagsAfterWrite(s08.check.plan, s08.check.plan.values)) {
      const cell = copy.getWorksheet(flag.sheet)?.getCell(flag.cell);
      expect([flag.cell, cell?.fill]).toEqual([flag.cell, expect.objectContaining({ fgColor: { argb: `FF${flag.fill.slice(1).toUpperCase()}` } })]);
      expect(noteText(cell?.note)).toContain(NOTE_PREFIX);
    }
    await page.getByText(`已生成 ${annotated.suggestedFilename()}`).waitFor();
    expect(await page.locator(".fui-MessageBar").count()).toBe(1);
    await screenshot(page, "5-downloaded");

    // 下载报告: the command line's HTML report of this file.
    const [report] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: zh.webDownloadReport, exact: true }).click()]);
    expect(report.suggestedFilename()).toBe(s08.name.replace(/\.xlsx$/, ".报告.html"));
    const html = readFileSync(await report.path(), "utf8");
    expect(html).toContain("<title>绩效表校验报告</title>");
    expect(html).toContain(`<h2>${s08.name}</h2>`);
    expect(html).toContain(scoreMessage.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`));

    // Bad files, dropped and picked: listed as unreadable, with the command line's reason.
    const ole = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]);
    await dropFiles(page, [{ name: "旧表.xls", bytes: ole }]);
    await page.getByText(`旧表.xls：${renderFileProblem({ code: "old-or-encrypted" }, "zh-CN")}`).waitFor();
    await input.setInputFiles([{ name: "损坏.xlsx", mimeType: "application/octet-stream", buffer: Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.from("truncated zip")]) }]);
    await page.getByText(`损坏.xlsx：${renderFileProblem({ code: "corrupt", detail: "" }, "zh-CN")}`).waitFor();
    await input.setInputFiles([{ name: "空.xlsx", mimeType: "application/octet-stream", buffer: Buffer.alloc(0) }]);
    await page.getByText("空.xlsx：空文件").waitFor();
    await input.setInputFiles([{ name: "说明.txt", mimeType: "text/plain", buffer: Buffer.from("不是工作簿\n") }]);
    await page.getByText("说明.txt：不是 .xlsx 文件").waitFor();
    await page.getByRole("navigation", { name: "文件（6）" }).waitFor();
    expect(await page.getByText(zh.webFileUnreadable, { exact: true }).count()).toBe(4);
    await page.getByRole("navigation", { name: "文件（6）" }).getByRole("button", { name: /^旧表\.xls/ }).click();
    await page.getByText(zh.webUnreadableTitle).waitFor();
    await screenshot(page, "6-bad-file");

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(external(requests)).toEqual([]);
  });

  it("follows the browser's language, and switches language on the page", async () => {
    const { page, consoleErrors, requests } = await openPage("en-US");
    await page.getByText(en.webDropTitle).first().waitFor();
    await page.locator('input[type="file"]').setInputFiles([upload(s08)]);
    await page.getByRole("heading", { name: `11 tables found, ${s08.check.findings.length} problems` }).waitFor();
    const scoreTotal = engineFinding(s08.check, "score-total", SHEET2, "H21");
    await findingButton(page, scoreTotal, "en-US").click();
    await page.getByRole("region", { name: `Cells around ${SHEET2}!H21` }).waitFor();
    await screenshot(page, "7-english");
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { name: overview(s08.check) }).waitFor();
    await page.getByRole("region", { name: `${SHEET2}!H21 周围的单元格` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(consoleErrors).toEqual([]);
    expect(external(requests)).toEqual([]);
  });

  it("opened from a file (no server), where the browser allows no worker, checks on the page's own thread", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const errors: string[] = [];
    opened.push({ context, page, consoleErrors: errors, requests: [] });
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(pathToFileURL(path.join(built.dir, "index.html")).href);
    await page.locator('input[type="file"]').setInputFiles([upload(s05)]);
    await page.getByRole("heading", { name: overview(s05.check) }).waitFor();
    expect(errors).toEqual([]);
  });

  it("cannot send anything anywhere: the CSP forbids requests, even to its own server", async () => {
    const { page, requests } = await openPage();
    await page.getByText(zh.webDropTitle).first().waitFor();
    const attempts = await page.evaluate(async (origin) => {
      const outcome = (p: Promise<unknown>) => p.then(() => "sent", () => "blocked");
      return {
        sameOrigin: await outcome(fetch(`${origin}/index.html`)),
        elsewhere: await outcome(fetch("https://example.com/upload", { method: "POST", body: "x" })),
        beacon: (() => {
          try {
            navigator.sendBeacon(`${origin}/beacon`, "x");
          } catch {
            // Refused outright: as good as blocked.
          }
          return "tried";
        })(),
      };
    }, server.origin);
    expect(attempts).toEqual({ sameOrigin: "blocked", elsewhere: "blocked", beacon: "tried" });
    // sendBeacon only queues the beacon: the browser refuses it when it tries to send it, and reports that as a violation.
    await page.waitForFunction((beacon) => window.__cspViolations?.some((v) => v.includes(beacon)), `${server.origin}/beacon`);
    const violations = (await page.evaluate(() => window.__cspViolations)) ?? [];
    expect(violations.length).toBeGreaterThanOrEqual(2);
    expect(violations.filter((v) => !v.startsWith("connect-src"))).toEqual([]);
    expect(external(requests)).toEqual([]);
    expect(requests.filter((url) => /index\.html$|\/beacon$|example\.com/.test(url))).toEqual([`${server.origin}/index.html`]);
  });
});

describe("reviewing on the web page", () => {
  it("remembers the 口径 in the browser, and lists the values the annotated copy writes, writing only the ticked ones", async () => {
    const { page, consoleErrors, requests } = await openPage("zh-CN", { width: 1280, height: 800 });
    const profile = page.getByRole("combobox", { name: zh.profileLabel });
    expect(await profile.inputValue()).toBe("default");
    await profile.selectOption("hubei");
    await page.locator('input[type="file"]').setInputFiles([upload(s08)]);
    const snapshot = readWorkbookSnapshot(s08.name, s08.bytes);
    const hubei = checkWorkbook(snapshot, builtInProfiles.hubei);
    await page.getByRole("heading", { name: overview(hubei) }).waitFor();
    // Back to the default 口径: the file is checked again at once.
    await page.getByRole("combobox", { name: zh.profileLabel }).selectOption("default");
    await page.getByRole("heading", { name: overview(s08.check) }).waitFor();

    // The values 下载标注版 would write, as the pane's dialog lists them, each ticked.
    const values = s08.check.plan.values;
    const list = page.getByRole("list", { name: `标注版将写入的值（${values.length}）` });
    const names = values.map((v) => {
      const d = describeChange(v, "zh-CN");
      return `${v.sheet}!${v.cell} ${d.meaning} ${d.previous} → ${d.value}`;
    });
    expect(await list.getByRole("listitem").evaluateAll((items) => items.map((li) => li.getAttribute("aria-label")))).toEqual(names);
    const c7 = values.findIndex((v) => v.cell === "C7");
    expect(c7).toBeGreaterThanOrEqual(0);
    await list.getByRole("checkbox", { name: names[c7] }).uncheck();
    const scoreTotal = engineFinding(s08.check, "score-total", SHEET2, "H21");
    await findingButton(page, scoreTotal).click();
    await page.getByRole("region", { name: `${SHEET2}!H21 周围的单元格` }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(DOCS, "web.png"), animations: "disabled" });

    const [annotated] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: zh.webDownloadAnnotated }).click()]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(await annotated.path());
    values.forEach((v, i) => expect([v.cell, copy.getWorksheet(v.sheet)?.getCell(v.cell).value]).toEqual([v.cell, i === c7 ? v.previous : v.value]));

    // The next visit starts with the 口径 last chosen.
    await profile.selectOption("hubei");
    await page.reload();
    expect(await page.getByRole("combobox", { name: zh.profileLabel }).inputValue()).toBe("hubei");
    expect(consoleErrors).toEqual([]);
    expect(external(requests)).toEqual([]);
  });

  it("at 350 px: the filter, 下一个 and the preview work in a narrow window", async () => {
    const { page, consoleErrors } = await openPage("zh-CN", { width: 350, height: 700 });
    await page.locator('input[type="file"]').setInputFiles([upload(s08)]);
    await page.getByRole("heading", { name: overview(s08.check) }).waitFor();
    const errors = s08.check.findings.filter((f) => f.severity === "error");
    await page.getByRole("button", { name: `${zh.severityError} ${errors.length}`, exact: true }).click();
    await page.getByRole("button", { name: zh.findingsNext, exact: true }).click();
    await page.getByText(`1 / ${errors.length}`, { exact: true }).waitFor();
    await page.getByRole("region", { name: new RegExp(" 周围的单元格$") }).waitFor();
    await screenshot(page, "8-narrow");
    expect(consoleErrors).toEqual([]);
  });
});

describe("the built web page", () => {
  it("loads at most 200 KB of gzipped JavaScript at start, the engine in a worker, the patcher later; no exceljs, no office.js", () => {
    expect(built.initialScripts).toHaveLength(1);
    const gzipped = built.initialScripts.reduce((n, src) => n + gzipSync(readFileSync(path.join(built.dir, src))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(200 * 1024);
    expect(built.initialModules.some((m) => m.includes("./src/core/engine.ts"))).toBe(false);
    expect(built.initialModules.filter((m) => /\.\/src\/core\/(build-plan\.ts|detect\/|rules\/|values\/)/.test(m))).toEqual([]);
    expect(built.initialModules.filter((m) => /node_modules[\\/]fflate[\\/]|src[\\/]hosts[\\/]xlsx[\\/](ooxml|patch)[\\/]/.test(m))).toEqual([]);
    expect(built.modules.filter((m) => /node_modules[\\/](exceljs|jszip)[\\/]/.test(m))).toEqual([]);
    // Loaded later: the patcher (xlsx) for downloads, and checking on the page (check) where no worker can start.
    expect([...built.asyncScripts].sort()).toEqual([expect.stringMatching(/^check\.[0-9a-f]+\.js$/), expect.stringMatching(/^xlsx\.[0-9a-f]+\.js$/)]);
    const xlsx = built.asyncScripts.find((f) => f.startsWith("xlsx."));
    expect(gzipSync(readFileSync(path.join(built.dir, xlsx ?? ""))).length).toBeLessThanOrEqual(40 * 1024);
    const html = readFileSync(path.join(built.dir, "index.html"), "utf8");
    const worker = /<meta name="?perfcheck-check-worker"? content="?(check-worker\.[0-9a-f]+\.js)/.exec(html)?.[1];
    expect(readdirSync(built.dir)).toContain(worker);
    expect(html).toMatch(/worker-src 'self';/);
    expect(html).not.toMatch(/office/i);
    expect(html).toMatch(/<meta http-equiv="?Content-Security-Policy"? content="[^"]*connect-src 'none'/);
    expect(html).toMatch(/script-src 'self';/);
  });
});

/**
 * The web page as a person meets it: the built page (dist/web) in Debian's Chromium, served over HTTP, given a
 * workbook through its file picker. Measured in the page: from the picker's change event to the first frame that
 * shows a finding, to the first frame that shows the whole workbook's result (no progress indicator left), and the
 * longest main-thread task from then until the page has settled (the Long Tasks API, or the longest gap between
 * animation frames where the browser does not report long tasks).
 */
import type { Browser } from "playwright-core";
import { launchChromium } from "../test/browser/chromium";
import { serveDirectory } from "../test/browser/static-server";
import { longestTaskCpuMs, TRACE_CATEGORIES } from "./main-thread-trace";

/** How long the page is watched after the whole result is shown: what it renders and collects after. */
const SETTLE_MS = 2000;
const TIMEOUT_MS = 120_000;

export interface WebPageTiming {
  workload: string;
  bytes: number;
  runs: number;
  /** Median ms from choosing the file to the first frame with a finding on screen. */
  firstFindingsMs: number;
  /** Median ms from choosing the file to the first frame with the whole result on screen. */
  wholeResultMs: number;
  /** The longest main-thread task over all runs, from choosing the file until SETTLE_MS after the whole result. */
  longestTaskMs: number;
  /** The most processor time a main-thread task took over all runs, in the same span (Chromium's trace). */
  longestTaskCpuMs: number;
  /** How the longest task was seen: reported long tasks, or gaps between animation frames. */
  probe: "longtask" | "frame gap";
}

interface RunProbe {
  firstFindingsMs: number;
  wholeResultMs: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  probe: WebPageTiming["probe"];
}

declare global {
  interface Window {
    __benchProbe?: { start?: number; shown?: number; whole?: number; longest: number; longtask: boolean; frameGap: number };
  }
}

/**
 * Installed before the page's own scripts: the clock starts when a file is chosen. A string, not a function: the
 * bench runs under tsx, whose compiled functions call a naming helper the page does not have. Of the task in which
 * the file is chosen, only what follows the change event counts: before it, that task is Playwright decoding the
 * file it hands the picker (150–300 ms for 1 MB), which a person's file picker does not do in the page.
 */
const PROBE = `(() => {
  const probe = { longest: 0, longtask: false, frameGap: 0 };
  window.__benchProbe = probe;
  if (PerformanceObserver.supportedEntryTypes?.includes("longtask")) {
    probe.longtask = true;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (probe.start === undefined) continue;
        const end = entry.startTime + entry.duration;
        if (end >= probe.start) probe.longest = Math.max(probe.longest, end - Math.max(entry.startTime, probe.start));
      }
    }).observe({ type: "longtask" });
  }
  // A finding is a button in a sheet's region of the findings tab (the group headings are the ones that fold). The
  // whole result is shown when no progress indicator is left (one says the other sheets are still being checked).
  const findingShown = () => document.querySelector('[role="tabpanel"] section[aria-label] button:not([aria-expanded])') !== null;
  const wholeShown = () => findingShown() && document.querySelector('[role="progressbar"]') === null;
  let last = 0;
  const frame = (now) => {
    if (last > 0) probe.frameGap = Math.max(probe.frameGap, now - last);
    last = now;
    if (probe.shown === undefined && findingShown()) probe.shown = now;
    if (probe.whole === undefined && wholeShown()) probe.whole = now;
    requestAnimationFrame(frame);
  };
  document.addEventListener("change", (event) => {
    if (probe.start !== undefined || !(event.target instanceof HTMLInputElement) || event.target.type !== "file") return;
    probe.start = performance.now();
    last = probe.start;
    requestAnimationFrame(frame);
  }, { capture: true });
})();`;

async function oneRun(browser: Browser, origin: string, name: string, bytes: Buffer): Promise<RunProbe> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE });
    await page.goto(`${origin}/index.html`);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.locator('input[type="file"]').setInputFiles([{ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes }]);
    await page.waitForFunction(() => window.__benchProbe?.whole !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 100 });
    await page.waitForTimeout(SETTLE_MS);
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
    const probe = await page.evaluate(() => window.__benchProbe);
    if (probe?.start === undefined || probe.shown === undefined || probe.whole === undefined) throw new Error("the bench probe saw no file chosen or no finding shown");
    return {
      firstFindingsMs: Math.round(probe.shown - probe.start),
      wholeResultMs: Math.round(probe.whole - probe.start),
      longestTaskCpuMs: longestTaskCpuMs(trace),
      longestTaskMs: Math.round(probe.longtask ? probe.longest : probe.frameGap),
      probe: probe.longtask ? "longtask" : "frame gap",
    };
  } finally {
    await context.close();
  }
}

/** `runs` fresh page loads of the built web page in `dir`, each given the workbook once; one unmeasured load first. */
export async function webPageTiming(dir: string, workload: string, name: string, bytes: Buffer, runs: number): Promise<WebPageTiming> {
  const browser = await launchChromium();
  const server = await serveDirectory(dir);
  try {
    const probes: RunProbe[] = [];
    for (let run = 0; run <= runs; run++) {
      const probe = await oneRun(browser, server.origin, name, bytes);
      if (run > 0) probes.push(probe);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return {
      workload,
      bytes: bytes.length,
      runs,
      firstFindingsMs: median(probes.map((p) => p.firstFindingsMs)),
      wholeResultMs: median(probes.map((p) => p.wholeResultMs)),
      longestTaskMs: Math.max(...probes.map((p) => p.longestTaskMs)),
      longestTaskCpuMs: Math.max(...probes.map((p) => p.longestTaskCpuMs)),
      probe: probes[0].probe,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

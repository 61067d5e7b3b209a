/**
 * office.js for the browser test: bundled with esbuild into an IIFE and served in place of Microsoft's CDN copy.
 * It builds window.Office (onReady in Excel, a display language, a theme, the stand-in's requirement sets) and
 * window.Excel over a StandInWorkbook made from the snapshot the test injected, and exposes that workbook as
 * window.__standIn so the test can look at the cells, fills, notes and selection.
 */
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { StandInWorkbook, standInGlobals } from "../stand-in/excel-stand-in";

/** What the test puts on the page (page.addInitScript) before this script runs. */
export interface StandInSetup {
  snapshot: WorkbookSnapshot;
  displayLanguage?: string;
  /** The highest ExcelApi minor version: 14 behaves like Excel 2021 LTSC (no notes). */
  maxApiMinor?: number;
  /** Never answer Office.onReady, as an office.js that cannot reach its host. */
  neverReady?: boolean;
  /** The workbook's document settings (Office.context.document.settings) when it opens. */
  settings?: Record<string, unknown>;
}

declare global {
  interface Window {
    __standInSetup?: StandInSetup;
    __standIn?: StandInWorkbook;
    /** The document settings as last saved by the add-in (saveAsync). */
    __standInSettings?: Record<string, unknown>;
    /** Set once the pane has asked Office.onReady, and so has started its wait for Office. */
    __standInReadyAsked?: boolean;
  }
}

const setup = window.__standInSetup;
if (!setup) throw new Error("office stand-in: window.__standInSetup was not set before office.js loaded");

const workbook = StandInWorkbook.fromSnapshot(setup.snapshot);
const { Excel, Office: officeRequirements } = standInGlobals(workbook, { maxApiMinor: setup.maxApiMinor, syncDelayMs: 5 });
// Settings are set in memory and kept "in the file" only by saveAsync, as in Office.
const pending: Record<string, unknown> = { ...setup.settings };
const settings = {
  get: (name: string) => (name in pending ? pending[name] : null),
  set: (name: string, value: unknown) => {
    pending[name] = value;
  },
  saveAsync: (callback?: (result: { status: string }) => void) => {
    window.__standInSettings = { ...pending };
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  },
};

const Office = {
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady: () => {
    window.__standInReadyAsked = true;
    return setup.neverReady ? new Promise<never>(() => undefined) : Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
  },
  context: {
    displayLanguage: setup.displayLanguage ?? "zh-CN",
    officeTheme: { bodyBackgroundColor: "#FFFFFF" },
    requirements: officeRequirements.context.requirements,
    document: { settings },
  },
};

Object.assign(window, { Office, Excel, __standIn: workbook, __standInSettings: { ...setup.settings } });

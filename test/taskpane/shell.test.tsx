/** @jest-environment jsdom */
import "./console-guard";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { localeFromLanguage, translate } from "../../src/taskpane/i18n";
import { detectOfficeEnvironment, themeFromBackground } from "../../src/taskpane/office";
import { strings } from "../../src/taskpane/strings";

/** The little of office.js that the shell touches. */
interface OfficeStub {
  HostType: { Excel: "Excel" };
  onReady: () => Promise<{ host: string | null; platform: string | null }>;
  context: {
    displayLanguage: string;
    officeTheme?: { bodyBackgroundColor: string };
    requirements: { isSetSupported: (name: string, version?: string) => boolean };
    /** Where the pane finds the 口径 kept in the workbook. */
    document: { settings: { get: (name: string) => unknown } };
  };
}

function installOffice(stub: OfficeStub): void {
  Object.defineProperty(globalThis, "Office", { value: stub, configurable: true, writable: true });
}

function excel(displayLanguage: string, bodyBackgroundColor = "#ffffff"): OfficeStub {
  return {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    // The pane creates its ExcelHost, which asks for the notes (1.18) and undo-group (1.20) requirement sets.
    context: {
      displayLanguage,
      officeTheme: { bodyBackgroundColor },
      requirements: { isSetSupported: () => true },
      document: { settings: { get: () => null } },
    },
  };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, "Office");
});

describe("task pane shell", () => {
  it("shows the Chinese title and introduction in Excel with a Chinese display language", async () => {
    installOffice(excel("zh-CN"));
    render(<App />);
    expect(await screen.findByText(strings["zh-CN"].introText)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "绩效表校验助手" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "检查内容" })).toBeTruthy();
    expect(screen.queryByText("请在 Excel 中打开本加载项")).toBeNull();
    expect(screen.getByRole("button", { name: "一键校验" })).toBeTruthy();
  });

  it("shows the English title in Excel with an en-US display language", async () => {
    installOffice(excel("en-US", "#1f1f1f"));
    render(<App />);
    expect(await screen.findByText(strings["en-US"].introText)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Performance Table Checker" })).toBeTruthy();
  });

  it("asks to open the add-in in Excel when office.js is not loaded", async () => {
    jest.spyOn(navigator, "language", "get").mockReturnValue("zh-CN");
    render(<App />);
    expect(await screen.findByText("请在 Excel 中打开本加载项")).toBeTruthy();
    expect(screen.getByText(strings["zh-CN"].outsideOfficeNoOfficeJs)).toBeTruthy();
    expect(screen.queryByText(strings["zh-CN"].introText)).toBeNull();
  });

  it("asks to open the add-in in Excel when the page is opened in a plain browser", async () => {
    jest.spyOn(navigator, "language", "get").mockReturnValue("en-GB");
    installOffice({ ...excel("en-US"), onReady: () => Promise.resolve({ host: null, platform: null }) });
    render(<App />);
    expect(await screen.findByText("Please open this add-in in Excel")).toBeTruthy();
    expect(screen.getByText(strings["en-US"].outsideOfficeNoHost)).toBeTruthy();
  });
});

describe("detectOfficeEnvironment", () => {
  it("gives up when Office.onReady does not answer in time", async () => {
    installOffice({ ...excel("zh-CN"), onReady: () => new Promise(() => undefined) });
    await expect(detectOfficeEnvironment(20)).resolves.toEqual({ kind: "no-host" });
  });

  it("reports Excel's display language and theme", async () => {
    installOffice(excel("zh-TW", "#262626"));
    await expect(detectOfficeEnvironment()).resolves.toEqual({
      kind: "excel",
      displayLanguage: "zh-TW",
      theme: "dark",
    });
  });

  it("treats another Office application as outside Excel", async () => {
    installOffice({ ...excel("zh-CN"), onReady: () => Promise.resolve({ host: "Word", platform: "PC" }) });
    await expect(detectOfficeEnvironment()).resolves.toEqual({ kind: "no-host" });
  });
});

describe("themeFromBackground", () => {
  it.each([
    ["#ffffff", "light"],
    ["#F3F3F3", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["#1f1f1f", "dark"],
    [undefined, "light"],
    ["not a colour", "light"],
  ])("%s → %s", (color, theme) => {
    expect(themeFromBackground(color)).toBe(theme);
  });
});

describe("i18n", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh", "zh-CN"],
    ["ZH-cn", "zh-CN"],
    ["en-US", "en-US"],
    ["de-DE", "en-US"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
  ])("display language %s → %s", (language, locale) => {
    expect(localeFromLanguage(language)).toBe(locale);
  });

  it("translates a key into the chosen language", () => {
    expect(translate("zh-CN", "appTitle")).toBe("绩效表校验助手");
    expect(translate("en-US", "appTitle")).toBe("Performance Table Checker");
  });

  it("has every key translated in every language", () => {
    const keys = Object.keys(strings["zh-CN"]).sort();
    for (const catalog of Object.values(strings)) {
      expect(Object.keys(catalog).sort()).toEqual(keys);
      expect(Object.values(catalog).filter((text) => text.trim() === "")).toEqual([]);
    }
  });

});

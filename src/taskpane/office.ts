/**
 * How the task pane finds out where it runs. This is the shell's only contact with Office.js; the
 * workbook itself will be reached through the engine's host interface, not from here.
 */

export type ThemeName = "light" | "dark";

/** Where the page runs, as far as the shell needs to know. */
export type OfficeEnvironment =
  | { kind: "excel"; displayLanguage: string | undefined; theme: ThemeName }
  /** office.js did not load (no network to the CDN, or a broken intranet copy). */
  | { kind: "no-office-js" }
  /** office.js loaded, but the page is not inside Excel (a plain browser, another Office app, or no answer in time). */
  | { kind: "no-host" };

export const OFFICE_READY_TIMEOUT_MS = 10_000;

export async function detectOfficeEnvironment(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<OfficeEnvironment> {
  // `typeof` on an undeclared global is safe: it tells whether the office.js script ran at all.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { kind: "no-office-js" };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (!info || info.host !== Office.HostType.Excel) return { kind: "no-host" };
    return {
      kind: "excel",
      displayLanguage: Office.context.displayLanguage,
      theme: themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Office's body background decides the theme: a dark colour (relative luminance below 0.5) means dark. */
export function themeFromBackground(color: string | undefined): ThemeName {
  const match = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim()) : null;
  if (!match) return "light";
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

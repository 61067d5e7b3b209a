/** The workbook setting (Office document settings, saved inside the file) that holds the chosen 口径. */
export const PROFILE_SETTING = "perfcheck.profile";

/** The 口径 saved in the open workbook, if one was chosen. */
export function savedProfile(): string | undefined {
  const value: unknown = Office.context.document.settings.get(PROFILE_SETTING);
  return typeof value === "string" ? value : undefined;
}

/** Keeps the 口径 in the workbook's settings; it travels with the file once the workbook is saved. */
export function saveProfile(name: string): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(PROFILE_SETTING, name);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
    });
  });
}

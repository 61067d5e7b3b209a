/** Offers `data` as a download named `name`, through a blob: URL: nothing is sent anywhere. */
export function saveFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; a minute covers slow disks before the blob is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "s08.xlsx" → "s08.标注.xlsx": a file name beside the original, with `suffix` before the new extension. */
export function siblingName(name: string, suffix: string, extension: string): string {
  const base = name.replace(/\.(xlsx|xlsm|xls)$/i, "");
  return `${base}.${suffix}.${extension}`;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const HTML_TYPE = "text/html;charset=utf-8";

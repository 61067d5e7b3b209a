import type { HostCapabilities } from "../host";

/** Notes need ExcelApi 1.18 (absent on every LTSC build); one undo group per operation needs 1.20. */
export function excelCapabilities(): HostCapabilities {
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { notes: supports("1.18"), undoGroup: supports("1.20") };
}

import type { CellEdit } from "../host";
import { LEGACY_FLAG_SHEET } from "../flag-record";

/**
 * Calls `listener` for each edit of cells that this add-in did not make (worksheets.onChanged, ExcelApi 1.9; whose
 * change it was needs ExcelApi 1.14, and without it the pane ignores what happens while it writes). Resolves to the
 * function that stops listening.
 */
export async function watchChanges(listener: (edit: CellEdit) => void): Promise<() => Promise<void>> {
  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    if (event.triggerSource === "ThisLocalAddin") return;
    const sheet = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(event.worksheetId);
      ws.load("name");
      await context.sync();
      return ws.isNullObject ? undefined : ws.name;
    });
    if (sheet !== LEGACY_FLAG_SHEET) listener({ sheet, address: event.address });
  };
  const subscription = await Excel.run(async (context) => {
    const added = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return added;
  });
  return () =>
    Excel.run(subscription.context, async (context) => {
      subscription.remove();
      await context.sync();
    });
}

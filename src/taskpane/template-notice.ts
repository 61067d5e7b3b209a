import type { StringParams } from "./i18n";
import type { StringKey } from "./strings";
import type { Notice } from "./state/pane-state";

export type TemplateNotice = Extract<Notice, { kind: "templateInserted" | "templateRefused" }>;

type Translate = (key: StringKey, params?: StringParams) => string;

/** The MessageBar of an inserted or refused template: a refusal names the cells in the way and says nothing changed. */
export function templateNoticeText(notice: TemplateNotice, t: Translate): { intent: "success" | "warning"; title: string; body: string } {
  const list = (items: string[]) => items.join(t("listSeparator"));
  if (notice.kind === "templateInserted") {
    const tables = notice.tables.map((table) => {
      const where = `${table.sheet}!${table.range}`;
      return table.newSheet ? t("templateInsertedNewSheet", { sheet: where }) : where;
    });
    const cell = `${notice.selected.sheet}!${notice.selected.cell}`;
    return { intent: "success", title: t("templateInsertedTitle"), body: t("templateInsertedBody", { tables: list(tables), cell }) };
  }
  const named = list(notice.occupied);
  const rest = notice.occupiedCount - notice.occupied.length;
  const cells = rest > 0 ? t("templateRefusedMore", { cells: named, count: notice.occupiedCount, rest }) : named;
  return { intent: "warning", title: t("templateRefusedTitle"), body: t("templateRefusedBody", { range: notice.range, cells }) };
}

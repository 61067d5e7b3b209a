import type { TableKind } from "../core/model";
import { tableKindName } from "../core/messages/table-kinds";
import { useLocale } from "./i18n";

/** Table kind names (项目支出绩效自评表 …) in the pane's language, from the engine's one catalog of them. */
export function useTableKindName(): (kind: TableKind) => string {
  const locale = useLocale();
  return (kind) => tableKindName(kind, locale);
}

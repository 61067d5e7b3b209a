import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslate } from "../i18n";
import type { SheetWithoutTables } from "../results";
import { SheetNotes } from "./SheetsWithoutTables";

/** When no table was found at all: say so, with each sheet's reason. */
export function NoTablesFound({ sheets }: { sheets: SheetWithoutTables[] }) {
  const t = useTranslate();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("noTablesTitle")}</MessageBarTitle>
        {t("noTablesBody")}
        <SheetNotes sheets={sheets} />
      </MessageBarBody>
    </MessageBar>
  );
}

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslate } from "../i18n";

/** Without ExcelApi 1.18 (Excel 2021 LTSC and older) flags cannot carry notes: say so where flagging is offered. */
export function NotesUnsupported() {
  const t = useTranslate();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("notesUnsupportedTitle")}</MessageBarTitle>
        {t("notesUnsupportedBody")}
      </MessageBarBody>
    </MessageBar>
  );
}

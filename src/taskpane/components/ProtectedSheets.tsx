import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLocale, useTranslate } from "../i18n";

/** Protected sheets are read, but the host refuses to write or flag them: say so before the person tries. */
export function ProtectedSheets({ sheets }: { sheets: string[] }) {
  const t = useTranslate();
  const separator = useLocale() === "zh-CN" ? "、" : ", ";
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("protectedTitle")}</MessageBarTitle>
        {t("protectedBody", { sheets: sheets.join(separator) })}
      </MessageBarBody>
    </MessageBar>
  );
}

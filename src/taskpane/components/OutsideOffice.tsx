import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslate } from "../i18n";

/** Shown when the page is opened outside Excel, or office.js could not be loaded. */
export function OutsideOffice({ reason }: { reason: "no-office-js" | "no-host" }) {
  const t = useTranslate();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("outsideOfficeTitle")}</MessageBarTitle>
        {t(reason === "no-office-js" ? "outsideOfficeNoOfficeJs" : "outsideOfficeNoHost")}
      </MessageBarBody>
    </MessageBar>
  );
}

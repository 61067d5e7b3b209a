import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ArrowClockwise16Regular } from "@fluentui/react-icons";
import type { CellEdit } from "../../hosts/host";
import { useTranslate } from "../i18n";
import { EDITS_SHOWN } from "../state/pane-state";

/** The workbook changed after the check: the results may be out of date, and 重新校验 refreshes them. */
export function StaleNotice({ edits, busy, onRecheck }: { edits: CellEdit[]; busy: boolean; onRecheck(): void }) {
  const t = useTranslate();
  const named = edits.slice(0, EDITS_SHOWN).map((e) => (e.sheet ? `${e.sheet}!${e.address}` : e.address));
  const cells = named.join(t("listSeparator")) + (edits.length > EDITS_SHOWN ? t("listMore") : "");
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("staleTitle")}</MessageBarTitle>
        {t("staleBody", { cells })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" icon={<ArrowClockwise16Regular />} disabled={busy} onClick={onRecheck}>
          {t("revalidate")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

import { Divider, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookHost } from "../../hosts/host";
import { useTranslate } from "../i18n";
import { usePane } from "../state/use-pane";
import { ActionsBar } from "./ActionsBar";
import { BusyIndicator } from "./BusyIndicator";
import { Intro } from "./Intro";
import { NoticeBar } from "./NoticeBar";
import { ProtectedSheets } from "./ProtectedSheets";
import { ResultOverview } from "./ResultOverview";
import { Results } from "./Results";
import { TemplateSection } from "./TemplateSection";
import { ValidateBar } from "./ValidateBar";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  notices: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The add-in inside Excel: validate, see the results, change the workbook; every workbook call goes through `host`. */
export function Pane({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const t = useTranslate();
  const [state, commands] = usePane(host);
  const [capabilities] = useState(() => host.capabilities());
  const { validation, busy } = state;
  return (
    <div className={styles.pane}>
      <ValidateBar scope={state.scope} busy={busy !== null} onScope={commands.setScope} onValidate={() => void commands.validate()} />
      <TemplateSection busy={busy !== null} onInsert={(kind, options) => void commands.insertTemplate(kind, options)} />
      {busy && <BusyIndicator operation={busy} />}
      {state.waitingForCellEdit && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{t("cellEditWait")}</MessageBarBody>
        </MessageBar>
      )}
      {state.notices.length > 0 && (
        <div className={styles.notices}>
          {state.notices.map((notice, i) => (
            <NoticeBar key={`${notice.kind}-${i}`} notice={notice} onDismiss={() => commands.dismiss(i)} onRevalidate={() => void commands.validate()} />
          ))}
        </div>
      )}
      {validation ? (
        <>
          <ResultOverview check={validation.check} />
          {validation.protectedSheets.length > 0 && <ProtectedSheets sheets={validation.protectedSheets} />}
          {validation.check.tables.length > 0 && (
            <ActionsBar
              plan={validation.check.plan}
              busy={busy !== null}
              notesSupported={capabilities.notes}
              onWriteBack={() => void commands.writeBack()}
              onFlag={() => void commands.flag()}
              onClearFlags={() => void commands.clearFlags()}
            />
          )}
          <Divider />
          <Results check={validation.check} onSelect={(sheet, cell) => void commands.select(sheet, cell)} />
        </>
      ) : (
        <Intro />
      )}
    </div>
  );
}

import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { TemplateKind } from "../../core/templates";
import type { InsertTemplateOptions, WorkbookHost } from "../../hosts/host";
import { useTranslate } from "../i18n";
import { usePane } from "../state/use-pane";
import { ActionsBar } from "./ActionsBar";
import { BusyIndicator } from "./BusyIndicator";
import { Intro } from "./Intro";
import { NoticeBar } from "./NoticeBar";
import { ProtectedSheets } from "./ProtectedSheets";
import { ResultOverview } from "./ResultOverview";
import { Results } from "./Results";
import { StaleNotice } from "./StaleNotice";
import { TemplateForm } from "./TemplateForm";
import { TemplateSection } from "./TemplateSection";
import { ValidateBar } from "./ValidateBar";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  notices: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** The add-in inside Excel: validate, see the results, change the workbook; every workbook call goes through `host`. */
export function Pane({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const t = useTranslate();
  const [state, commands] = usePane(host);
  const [capabilities] = useState(() => host.capabilities());
  const { validation, busy } = state;
  // Before a check, 插入模板 folds under the validate bar; after it, the templates are a tab of the results.
  const insert = (kind: TemplateKind, options: InsertTemplateOptions) => void commands.insertTemplate(kind, options);
  const restore = state.lastWrite.length > 0 && busy === null ? () => void commands.restore() : undefined;
  return (
    <div className={styles.pane}>
      <ValidateBar
        scope={state.scope}
        profile={state.profile}
        busy={busy !== null}
        onScope={commands.setScope}
        onProfile={(profile) => void commands.setProfile(profile)}
        onValidate={() => void commands.validate()}
      />
      {busy && <BusyIndicator operation={busy} checking={state.checking} />}
      {state.waitingForCellEdit && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{t("cellEditWait")}</MessageBarBody>
        </MessageBar>
      )}
      {(state.notices.length > 0 || state.edits.length > 0) && (
        <div className={styles.notices}>
          {state.edits.length > 0 && <StaleNotice edits={state.edits} busy={busy !== null} onRecheck={() => void commands.validate()} />}
          {state.notices.map((notice, i) => (
            <NoticeBar
              key={`${notice.kind}-${i}`}
              notice={notice}
              onDismiss={() => commands.dismiss(i)}
              onRestore={restore}
              onRevalidate={() => void commands.validate()}
            />
          ))}
        </div>
      )}
      {validation ? (
        <>
          <ResultOverview check={validation.check} />
          {validation.protectedSheets.length > 0 && <ProtectedSheets sheets={validation.protectedSheets} />}
          {validation.check.tables.length > 0 && (
            <ActionsBar
              check={validation.check}
              busy={busy !== null}
              notesSupported={capabilities.notes}
              undoGroup={capabilities.undoGroup}
              onWriteBack={(values) => void commands.writeBack(values)}
              onFlag={() => void commands.flag()}
              onClearFlags={() => void commands.clearFlags()}
            />
          )}
          <Results check={validation.check} onSelect={(sheet, cell) => void commands.select(sheet, cell)} templates={<TemplateForm busy={busy !== null} onInsert={insert} />} />
        </>
      ) : (
        <>
          <TemplateSection busy={busy !== null} onInsert={insert} />
          <Intro />
        </>
      )}
    </div>
  );
}

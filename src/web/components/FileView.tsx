import { Body1, Divider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { CellActionContext, type CellAction } from "../../taskpane/cell-action";
import { ResultOverview } from "../../taskpane/components/ResultOverview";
import { Results } from "../../taskpane/components/Results";
import { renderFileProblem } from "../../hosts/xlsx/file-error-words";
import { useLocale, useTranslate } from "../../taskpane/i18n";
import type { CheckedFile, WebFile } from "../state/files-state";
import { DownloadBar } from "./DownloadBar";
import { SheetPreview, type PreviewTarget } from "./SheetPreview";
import { readingLabel } from "./reading-label";

const useStyles = makeStyles({
  view: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.1fr)",
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: "start",
    "@media (max-width: 1100px)": { gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalL },
  },
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  preview: {
    position: "sticky",
    top: tokens.spacingVerticalL,
    "@media (max-width: 1100px)": { position: "static", gridRow: 1 },
  },
  name: { wordBreak: "break-all" },
});

/** On the page, clicking a finding or a table previews its cells. */
const WEB_CELL_ACTION: CellAction = { cellLabel: "webPreviewCell", tableLabel: "webPreviewTable" };

/** A checked file: the task pane's overview and results, downloads, and a preview where the pane would select in Excel. */
function CheckedView({ file }: { file: CheckedFile }) {
  const t = useTranslate();
  const styles = useStyles();
  const [target, setTarget] = useState<PreviewTarget>();
  const preview = (sheet: string, address: string) => setTarget({ sheet, address });
  return (
    <CellActionContext.Provider value={WEB_CELL_ACTION}>
      <div className={styles.view}>
        <div className={styles.results}>
          {/* The first sheet's result, while the rest are checked: nothing to download from yet. */}
          {file.checkingRest !== undefined && <Spinner size="tiny" labelPosition="after" label={t("webFileCheckingRest", { sheets: file.checkingRest })} />}
          <ResultOverview check={file.check} />
          {file.check.tables.length > 0 && file.checkingRest === undefined && <DownloadBar file={file} />}
          <Divider />
          <Results check={file.check} onSelect={preview} />
        </div>
        <aside className={styles.preview}>
          <SheetPreview snapshot={file.snapshot} check={file.check} target={target} />
        </aside>
      </div>
    </CellActionContext.Provider>
  );
}

/** The file shown: still being read, unreadable (with the command line's reason), or its results. */
export function FileView({ file }: { file: WebFile }) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  if (file.status === "reading") return <Spinner size="small" labelPosition="after" label={readingLabel(file, t)} />;
  if (file.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("webUnreadableTitle")}</MessageBarTitle>
          <Body1 as="p" className={styles.name}>
            {t("webUnreadableBody", { file: file.name, reason: renderFileProblem(file.problem, locale) })}
          </Body1>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <CheckedView key={file.id} file={file} />;
}

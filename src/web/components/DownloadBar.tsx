import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, DismissRegular, DocumentArrowDown20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { renderFileProblem } from "../../hosts/xlsx/file-error-words";
import { changeRows } from "../../taskpane/changes";
import { ChangeList } from "../../taskpane/components/ChangeList";
import { useLocale, useTranslate } from "../../taskpane/i18n";
import type { CheckedFile } from "../state/files-state";
import { useDownloads, type DownloadNotice } from "../state/use-downloads";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

function NoticeText({ notice }: { notice: DownloadNotice }) {
  const t = useTranslate();
  const locale = useLocale();
  if (notice.kind === "failed") {
    return (
      <>
        <MessageBarTitle>{t(notice.what === "annotated" ? "webFailedAnnotated" : "webFailedReport")}</MessageBarTitle>
        {t("failureDetail", { message: renderFileProblem(notice.problem, locale) })}
      </>
    );
  }
  const skipped = notice.skipped > 0 ? ` ${t("webAnnotatedSkipped", { count: notice.skipped })}` : "";
  return (
    <>
      <MessageBarTitle>{t("webAnnotatedSaved", { file: notice.name })}</MessageBarTitle>
      {t("webAnnotatedSavedBody", { written: notice.written, flagged: notice.flagged }) + skipped}
    </>
  );
}

/**
 * 下载标注版 (the command line's `fix`) and 下载报告 (its HTML report) for the file shown. Before the download, the
 * values the annotated copy would write, each with a checkbox: only the ticked ones are written.
 */
export function DownloadBar({ file }: { file: CheckedFile }) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const downloads = useDownloads(file, locale);
  const { notice } = downloads;
  const rows = changeRows(file.check.plan.values, locale);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const chosen = new Set(rows.map((r) => r.key).filter((k) => !unticked.has(k)));
  const toggle = (key: string) => setUnticked((u) => (u.has(key) ? new Set([...u].filter((k) => k !== key)) : new Set([...u, key])));
  const heading = t("webChangesHeading", { count: rows.length });
  return (
    <section className={styles.bar}>
      {rows.length === 0 ? (
        <Caption1 className={styles.hint}>{t("webChangesNone")}</Caption1>
      ) : (
        <div>
          <Subtitle2 as="h3">{heading}</Subtitle2>
          <ChangeList rows={rows} chosen={chosen} onToggle={toggle} label={heading} />
        </div>
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          icon={<DocumentArrowDown20Regular />}
          disabled={downloads.busy}
          onClick={() => void downloads.annotated(rows.filter((r) => chosen.has(r.key)).map((r) => r.write))}
        >
          {t("webDownloadAnnotated")}
        </Button>
        <Button icon={<ArrowDownload20Regular />} onClick={downloads.report}>
          {t("webDownloadReport")}
        </Button>
        {downloads.busy && <Spinner size="tiny" labelPosition="after" label={t("webBusyAnnotated")} />}
      </div>
      <Caption1 className={styles.hint}>{t("webDownloadHint")}</Caption1>
      {notice && (
        <MessageBar intent={notice.kind === "failed" ? "error" : "success"} layout="multiline">
          <MessageBarBody>
            <NoticeText notice={notice} />
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t("dismiss")} icon={<DismissRegular />} onClick={downloads.dismiss} />}
          />
        </MessageBar>
      )}
    </section>
  );
}

import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowImport20Regular, Eraser20Regular, PaintBucket20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { CheckResult } from "../../core/engine";
import type { ValueWrite } from "../../core/plan";
import { changeRows } from "../changes";
import { useLocale, useTranslate } from "../i18n";
import { NotesUnsupported } from "./NotesUnsupported";
import { WriteBackDialog } from "./WriteBackDialog";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface ActionsBarProps {
  check: CheckResult;
  busy: boolean;
  notesSupported: boolean;
  /** One undo step per operation (ExcelApi 1.20). */
  undoGroup: boolean;
  onWriteBack(values: ValueWrite[]): void;
  onFlag(): void;
  onClearFlags(): void;
}

/**
 * The three changes the pane can make to the workbook: write totals (the ones ticked in a dialog), flag, clear flags;
 * and whether Ctrl+Z undoes them.
 */
export function ActionsBar({ check, busy, notesSupported, undoGroup, onWriteBack, onFlag, onClearFlags }: ActionsBarProps) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const { plan } = check;
  return (
    <section className={styles.actions} aria-label={t("actionsHeading")}>
      <div className={styles.buttons}>
        <Button size="small" icon={<ArrowImport20Regular />} disabled={busy || plan.values.length === 0} onClick={() => setConfirming(true)}>
          {t("writeBack", { count: plan.values.length })}
        </Button>
        <Button size="small" icon={<PaintBucket20Regular />} disabled={busy || plan.flags.length === 0} onClick={onFlag}>
          {t("flagCells")}
        </Button>
        <Button size="small" icon={<Eraser20Regular />} disabled={busy} onClick={onClearFlags}>
          {t("clearFlags")}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{t(undoGroup ? "undoGrouped" : "undoUngrouped")}</Caption1>
      {!notesSupported && <NotesUnsupported />}
      <WriteBackDialog
        open={confirming}
        rows={confirming ? changeRows(plan.values, locale) : []}
        onCancel={() => setConfirming(false)}
        onConfirm={(values) => {
          setConfirming(false);
          onWriteBack(values);
        }}
      />
    </section>
  );
}

import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowImport20Regular, Eraser20Regular, PaintBucket20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { WritePlan } from "../../core/plan";
import { useTranslate } from "../i18n";
import { NotesUnsupported } from "./NotesUnsupported";
import { WriteBackDialog } from "./WriteBackDialog";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface ActionsBarProps {
  plan: WritePlan;
  busy: boolean;
  notesSupported: boolean;
  onWriteBack(): void;
  onFlag(): void;
  onClearFlags(): void;
}

/** The three changes the pane can make to the workbook: write totals (after a confirming dialog), flag, clear flags. */
export function ActionsBar({ plan, busy, notesSupported, onWriteBack, onFlag, onClearFlags }: ActionsBarProps) {
  const t = useTranslate();
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className={styles.actions}>
      <Subtitle2 as="h2">{t("actionsHeading")}</Subtitle2>
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
      <Caption1 className={styles.hint}>{t("actionsHint")}</Caption1>
      {!notesSupported && <NotesUnsupported />}
      <WriteBackDialog
        open={confirming}
        values={plan.values}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onWriteBack();
        }}
      />
    </section>
  );
}

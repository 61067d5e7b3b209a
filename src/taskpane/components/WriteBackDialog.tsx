import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ValueWrite } from "../../core/plan";
import type { ChangeRow } from "../changes";
import { useTranslate } from "../i18n";
import { ChangeList } from "./ChangeList";

const useStyles = makeStyles({
  intro: { margin: 0, marginBottom: tokens.spacingVerticalXS },
  // Narrow panes: the dialog takes the pane's width, and its list scrolls inside it.
  surface: { maxWidth: "min(600px, calc(100vw - 16px))", paddingInline: tokens.spacingHorizontalM },
});

interface WriteBackDialogProps {
  open: boolean;
  rows: ChangeRow[];
  onConfirm(values: ValueWrite[]): void;
  onCancel(): void;
}

/** Lists every cell 写回合计 would change, each with a checkbox; only the ticked ones are written, after 写入所选. */
export function WriteBackDialog({ open, rows, onConfirm, onCancel }: WriteBackDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface className={styles.surface}>
        {/* Mounted per opening: every change is ticked again each time the dialog opens. */}
        {open && <ChooseChanges rows={rows} onConfirm={onConfirm} onCancel={onCancel} />}
      </DialogSurface>
    </Dialog>
  );
}

function ChooseChanges({ rows, onConfirm, onCancel }: Omit<WriteBackDialogProps, "open">) {
  const t = useTranslate();
  const styles = useStyles();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(rows.map((r) => r.key)));
  const toggle = (key: string) => setChosen((c) => (c.has(key) ? new Set([...c].filter((k) => k !== key)) : new Set([...c, key])));
  const allState = chosen.size === rows.length ? true : chosen.size === 0 ? false : "mixed";
  return (
    <DialogBody>
      <DialogTitle>{t("writeDialogTitle")}</DialogTitle>
      <DialogContent>
        <p className={styles.intro}>{t("writeDialogChoose", { count: rows.length })}</p>
        <Checkbox
          checked={allState}
          label={t("writeChooseAll")}
          onChange={() => setChosen(allState === true ? new Set() : new Set(rows.map((r) => r.key)))}
        />
        <ChangeList rows={rows} chosen={chosen} onToggle={toggle} label={t("writeDialogTitle")} />
      </DialogContent>
      <DialogActions>
        <Button
          appearance="primary"
          disabled={chosen.size === 0}
          onClick={() => onConfirm(rows.filter((r) => chosen.has(r.key)).map((r) => r.write))}
        >
          {t("writeChosen", { count: chosen.size })}
        </Button>
        <Button appearance="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}

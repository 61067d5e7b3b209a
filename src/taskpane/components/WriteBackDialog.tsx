import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ValueWrite } from "../../core/plan";
import { formatValue } from "../format";
import { useTranslate } from "../i18n";

const useStyles = makeStyles({
  intro: { margin: 0, marginBottom: tokens.spacingVerticalS },
  addressColumn: { width: "50%" },
  address: { wordBreak: "break-all" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  changed: { textAlign: "end", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
});

interface WriteBackDialogProps {
  open: boolean;
  values: ValueWrite[];
  onConfirm(): void;
  onCancel(): void;
}

/** Lists every cell 写回合计 will change (sheet!cell, old, new); nothing is written until the person confirms. */
export function WriteBackDialog({ open, values, onConfirm, onCancel }: WriteBackDialogProps) {
  const t = useTranslate();
  const styles = useStyles();
  const empty = t("emptyValue");
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("writeDialogTitle")}</DialogTitle>
          <DialogContent>
            <p className={styles.intro}>{t("writeDialogIntro", { count: values.length })}</p>
            <Table size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.addressColumn}>{t("columnCell")}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{t("columnOld")}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{t("columnNew")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {values.map((v) => (
                  <TableRow key={`${v.sheet}!${v.cell}`}>
                    <TableCell className={styles.address}>{`${v.sheet}!${v.cell}`}</TableCell>
                    <TableCell className={styles.number}>{formatValue(v.previous, empty)}</TableCell>
                    <TableCell className={styles.changed}>{formatValue(v.value, empty)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t("confirmWrite")}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t("cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

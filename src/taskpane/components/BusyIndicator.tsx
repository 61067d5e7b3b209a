import { Spinner } from "@fluentui/react-components";
import { useTranslate, type StringKey } from "../i18n";
import type { Operation } from "../state/pane-state";

const LABELS: Record<Operation, StringKey> = {
  validate: "busyValidate",
  writeBack: "busyWriteBack",
  flag: "busyFlag",
  clear: "busyClear",
  insertTemplate: "busyInsertTemplate",
  restore: "busyRestore",
};

/** Shown while an operation runs in Excel; a validation says when it has read the workbook and checks its sheets. */
export function BusyIndicator({ operation, checking }: { operation: Operation; checking: number | undefined }) {
  const t = useTranslate();
  const label = operation === "validate" && checking !== undefined ? t("busyChecking", { sheets: checking }) : t(LABELS[operation]);
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={label} />
    </div>
  );
}

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

/** Shown while an operation runs in Excel. */
export function BusyIndicator({ operation }: { operation: Operation }) {
  const t = useTranslate();
  return (
    <div role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={t(LABELS[operation])} />
    </div>
  );
}

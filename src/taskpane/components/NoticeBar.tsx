import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndo16Regular, DismissRegular } from "@fluentui/react-icons";
import { formatValue } from "../format";
import { useTranslate, type StringKey } from "../i18n";
import type { ChangedCell, Notice } from "../state/pane-state";
import { templateNoticeText } from "../template-notice";

type Failure = Extract<Notice, { kind: "failed" }>;

const FAILURE_TITLES: Record<Failure["operation"], StringKey> = {
  validate: "failedValidate",
  writeBack: "failedWriteBack",
  flag: "failedFlag",
  clear: "failedClear",
  select: "failedSelect",
  insertTemplate: "failedInsertTemplate",
  restore: "failedRestore",
  watch: "failedWatch",
  saveProfile: "failedSaveProfile",
};

const CHANGED_INTROS: Partial<Record<Failure["operation"], StringKey>> = {
  writeBack: "changedByWrite",
  flag: "changedByFlag",
  clear: "changedByClear",
  insertTemplate: "changedByInsert",
  restore: "changedByRestore",
};

/** Failures of what never changes cells: nothing to say about what was changed. */
const READ_ONLY: ReadonlySet<Failure["operation"]> = new Set(["select", "watch", "saveProfile"]);

/** Host error codes the catalog words itself; any other failure shows the host's message. */
const HOST_ERRORS: Record<string, StringKey> = {
  StalePlan: "hostErrorStalePlan",
  SheetProtected: "hostErrorSheetProtected",
  AccessDenied: "hostErrorAccessDenied",
  ItemNotFound: "hostErrorItemNotFound",
  InvalidArgument: "hostErrorInvalidArgument",
  GeneralException: "hostErrorGeneralException",
  InvalidOperationInCellEditMode: "hostErrorInvalidOperationInCellEditMode",
  ResponsePayloadSizeLimitExceeded: "hostErrorResponsePayloadSizeLimitExceeded",
};

const useStyles = makeStyles({
  paragraph: { margin: 0, marginTop: tokens.spacingVerticalXS },
  cells: { margin: 0, marginTop: tokens.spacingVerticalXXS, paddingInlineStart: tokens.spacingHorizontalL, wordBreak: "break-all" },
});

interface NoticeBarProps {
  notice: Notice;
  onDismiss(): void;
  /** Offered after a write of values, failed or not: puts back what it changed. */
  onRestore?: () => void;
  /** Offered when a plan was refused because cells changed since the check. */
  onRevalidate?: () => void;
}

/**
 * What happened in the last operation, in a Fluent MessageBar; a failure says what was and was not changed. After a
 * write of values the bar offers 恢复原值; a plan refused because cells changed since the check offers to check again.
 */
export function NoticeBar({ notice, onDismiss, onRestore, onRevalidate }: NoticeBarProps) {
  const t = useTranslate();
  const restorable = onRestore && (notice.kind === "written" || (notice.kind === "failed" && notice.operation === "writeBack"));
  const stale = onRevalidate && notice.kind === "failed" && notice.code === "StalePlan";
  const dismiss = (
    <MessageBarActions
      containerAction={<Button appearance="transparent" aria-label={t("dismiss")} icon={<DismissRegular />} onClick={onDismiss} />}
    >
      {stale && <Button onClick={onRevalidate}>{t("revalidate")}</Button>}
      {restorable && (
        <Button size="small" icon={<ArrowUndo16Regular />} onClick={onRestore}>
          {t("restoreValues")}
        </Button>
      )}
    </MessageBarActions>
  );
  if (notice.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(FAILURE_TITLES[notice.operation])}</MessageBarTitle>
          <FailureDetails failure={notice} />
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  if (notice.kind === "templateInserted" || notice.kind === "templateRefused") {
    const { intent, title, body } = templateNoticeText(notice, t);
    return (
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  if (notice.kind === "cleared" && notice.record !== "read") {
    const [title, body]: [StringKey, StringKey] = notice.record === "none" ? ["clearedNoneTitle", "clearedNoneBody"] : ["clearedDamagedTitle", "clearedDamagedBody"];
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(title)}</MessageBarTitle>
          {t(body)}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  const withSkipped = (body: string, skipped: number, key: StringKey) => [body, skipped > 0 ? t(key, { count: skipped }) : ""].join(" ").trim();
  const [title, body]: [StringKey, string] =
    notice.kind === "written"
      ? ["writtenTitle", withSkipped(t("writtenBody", { count: notice.written }), notice.skipped, "writtenSkipped")]
      : notice.kind === "restored"
        ? ["restoredTitle", withSkipped(t("restoredBody", { count: notice.restored }), notice.skipped, "restoredSkipped")]
      : notice.kind === "flagged"
        ? [
            notice.damagedRecord ? "flaggedOverDamagedTitle" : "flaggedTitle",
            [
              t("flaggedBody", { count: notice.count }),
              notice.commented > 0 ? t("flaggedCommented", { count: notice.commented }) : "",
              notice.damagedRecord ? t("flaggedOverDamagedBody") : "",
            ].join(" ").trim(),
          ]
        : ["clearedTitle", [t("clearedBody"), notice.kept > 0 ? t("clearedKept", { count: notice.kept }) : ""].join(" ").trim()];
  return (
    <MessageBar intent={notice.kind === "flagged" && notice.damagedRecord ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(title)}</MessageBarTitle>
        {body}
      </MessageBarBody>
      {dismiss}
    </MessageBar>
  );
}

function FailureDetails({ failure }: { failure: Failure }) {
  const t = useTranslate();
  const styles = useStyles();
  const intro = CHANGED_INTROS[failure.operation];
  const describe = (cell: ChangedCell) =>
    "before" in cell ? t("oldValue", { cell: cell.address, value: formatValue(cell.before, t("emptyValue")) }) : cell.address;
  return (
    <>
      {failure.code && HOST_ERRORS[failure.code]
        ? t(HOST_ERRORS[failure.code], { subjects: (failure.subjects ?? []).join(t("listSeparator")) })
        : t("failureDetail", { message: failure.message })}
      {failure.changed.length === 0 || !intro ? (
        !READ_ONLY.has(failure.operation) && <p className={styles.paragraph}>{t("nothingChanged")}</p>
      ) : (
        <>
          <p className={styles.paragraph}>{t(intro)}</p>
          <ul className={styles.cells}>
            {failure.changed.map((cell) => (
              <li key={cell.address}>{describe(cell)}</li>
            ))}
          </ul>
          {(failure.operation === "flag" || failure.operation === "clear") && <p className={styles.paragraph}>{t("restoreByClearing")}</p>}
        </>
      )}
    </>
  );
}

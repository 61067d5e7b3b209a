import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
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
};

const CHANGED_INTROS: Partial<Record<Failure["operation"], StringKey>> = {
  writeBack: "changedByWrite",
  flag: "changedByFlag",
  clear: "changedByClear",
  insertTemplate: "changedByInsert",
};

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

/**
 * What happened in the last operation, in a Fluent MessageBar; a failure says what was and was not changed, and a
 * plan refused because cells changed since the check offers to check again.
 */
export function NoticeBar({ notice, onDismiss, onRevalidate }: { notice: Notice; onDismiss(): void; onRevalidate?(): void }) {
  const t = useTranslate();
  const dismiss = (
    <MessageBarActions
      containerAction={<Button appearance="transparent" aria-label={t("dismiss")} icon={<DismissRegular />} onClick={onDismiss} />}
    />
  );
  if (notice.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(FAILURE_TITLES[notice.operation])}</MessageBarTitle>
          <FailureDetails failure={notice} />
        </MessageBarBody>
        {notice.code === "StalePlan" && onRevalidate ? (
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label={t("dismiss")} icon={<DismissRegular />} onClick={onDismiss} />}
          >
            <Button onClick={onRevalidate}>{t("revalidate")}</Button>
          </MessageBarActions>
        ) : (
          dismiss
        )}
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
  const [title, body]: [StringKey, string] =
    notice.kind === "written"
      ? ["writtenTitle", [t("writtenBody", { count: notice.written }), notice.skipped > 0 ? t("writtenSkipped", { count: notice.skipped }) : ""].join(" ").trim()]
      : notice.kind === "flagged"
        ? ["flaggedTitle", t("flaggedBody", { count: notice.count })]
        : ["clearedTitle", [t("clearedBody"), notice.kept > 0 ? t("clearedKept", { count: notice.kept }) : ""].join(" ").trim()];
  return (
    <MessageBar intent="success" layout="multiline">
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
        failure.operation !== "select" && <p className={styles.paragraph}>{t("nothingChanged")}</p>
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

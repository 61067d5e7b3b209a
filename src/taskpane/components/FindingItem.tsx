import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { createFocusOutlineStyle } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Finding } from "../../core/findings";
import { renderMessage } from "../../core/messages";
import { useCellAction } from "../cell-action";
import { useLocale, useTranslate } from "../i18n";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "auto 3.5em 1fr",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundSelected },
  },
  icon: { paddingTop: "2px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

interface FindingItemProps {
  finding: Finding;
  /** The finding last selected or navigated to. */
  current: boolean;
  className?: string;
  onSelect(): void;
}

/** One finding: its cell and message; clicking it selects the cell in Excel (or, on the web page, previews it). */
export const FindingItem = forwardRef<HTMLButtonElement, FindingItemProps>(function FindingItem({ finding, current, className, onSelect }, ref) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const action = useCellAction();
  const address = `${finding.sheet}!${finding.cell}`;
  return (
    <button
      ref={ref}
      type="button"
      className={mergeClasses(styles.item, styles.focus, current && styles.current, className)}
      title={t(action.cellLabel, { cell: address })}
      aria-current={current ? "location" : undefined}
      onClick={onSelect}
    >
      <span className={styles.icon}>
        <SeverityIcon severity={finding.severity} />
      </span>
      <span className={styles.cell}>{finding.cell}</span>
      <span>{renderMessage(finding, locale)}</span>
    </button>
  );
});

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { createFocusOutlineStyle } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { renderMessage } from "../../core/messages";
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
  icon: { paddingTop: "2px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

/** One finding: its cell and message; clicking it selects the cell in Excel. */
export function FindingItem({ finding, onSelect }: { finding: Finding; onSelect(sheet: string, cell: string): void }) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, styles.focus)}
      title={t("selectCell", { cell: `${finding.sheet}!${finding.cell}` })}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      <span className={styles.icon}>
        <SeverityIcon severity={finding.severity} />
      </span>
      <span className={styles.cell}>{finding.cell}</span>
      <span>{renderMessage(finding, locale)}</span>
    </button>
  );
}

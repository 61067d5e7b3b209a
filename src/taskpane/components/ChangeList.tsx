import { Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ChangeRow } from "../changes";
import { useTranslate } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  choosable: { gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalXS },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  where: { wordBreak: "break-all", color: tokens.colorNeutralForeground2 },
  meaning: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  // Each amount stays on one line; a long pair breaks at the arrow, never inside a number.
  values: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalXS, fontVariantNumeric: "tabular-nums" },
  amount: { whiteSpace: "nowrap" },
  old: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  new: { fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground3 },
});

interface ChangeListProps {
  rows: ChangeRow[];
  /** With `chosen`, each row has a checkbox; without, the list only shows. */
  chosen?: ReadonlySet<string>;
  onToggle?: (key: string) => void;
  label: string;
}

/** Each change as 表 · 单元格 · 含义, 原值 → 新值, and 原因: one readable block per cell, even 320 px wide. */
export function ChangeList({ rows, chosen, onToggle, label }: ChangeListProps) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((row) => {
        const { table, cell, meaning, previous, value, reason } = row.text;
        const name = `${row.write.sheet}!${cell} ${meaning} ${previous} → ${value}`;
        return (
          <li key={row.key} className={mergeClasses(styles.row, chosen && styles.choosable)} aria-label={name}>
            {chosen && onToggle && <Checkbox checked={chosen.has(row.key)} aria-label={name} onChange={() => onToggle(row.key)} />}
            <div className={styles.body}>
              <Caption1 className={styles.where}>
                {`${table} · ${cell} · `}
                <span className={styles.meaning}>{meaning}</span>
              </Caption1>
              <span className={styles.values}>
                <span className={mergeClasses(styles.amount, styles.old)}>{previous}</span>
                <span aria-hidden="true">→</span>
                <span className={mergeClasses(styles.amount, styles.new)}>{value}</span>
              </span>
              <Caption1 className={styles.reason}>{t("changeReason", { reason })}</Caption1>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate } from "../i18n";
import type { SheetWithoutTables } from "../results";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
});

/** The sheets in which no table was recognised, each with the engine's reason. */
export function SheetNotes({ sheets }: { sheets: SheetWithoutTables[] }) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {sheets.map((s) => (
        <li key={s.sheet}>
          {s.sheet}
          {s.noteKey && <Caption1 className={styles.note}>{t(s.noteKey)}</Caption1>}
        </li>
      ))}
    </ul>
  );
}

/** Shown under the table cards when some sheets had no table. */
export function SheetsWithoutTables({ sheets }: { sheets: SheetWithoutTables[] }) {
  const t = useTranslate();
  if (sheets.length === 0) return null;
  return (
    <section>
      <Subtitle2 as="h3">{t("sheetsWithoutTables")}</Subtitle2>
      <SheetNotes sheets={sheets} />
    </section>
  );
}

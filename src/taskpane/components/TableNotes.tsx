import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { Info16Regular } from "@fluentui/react-icons";
import { renderNote } from "../../core/messages";
import type { NoteCode, TableNote } from "../../core/model";
import { useLocale, useTranslate } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  note: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  icon: { flexShrink: 0, alignSelf: "center", color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0 },
});

/** Notes saying a column's role was taken from its values, not its header: a reading to double-check. */
const READ_BY_CONTENT: ReadonlySet<NoteCode> = new Set<NoteCode>(["column-by-content", "relative-weights"]);

/** What the reader could not settle about a table, or read by a column's content, in the pane's language. */
export function TableNotes({ notes }: { notes: TableNote[] }) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t("tableNotes")}>
      {notes.map((note, i) => (
        <li key={i} className={styles.note}>
          <Info16Regular className={styles.icon} aria-hidden="true" />
          {READ_BY_CONTENT.has(note.code) && (
            <Badge className={styles.badge} size="small" appearance="tint" color="informative">
              {t("tableReadByContent")}
            </Badge>
          )}
          <Caption1>{renderNote(note, locale)}</Caption1>
        </li>
      ))}
    </ul>
  );
}

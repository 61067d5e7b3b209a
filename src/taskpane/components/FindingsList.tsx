import { Caption1Strong, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/engine";
import type { Finding } from "../../core/findings";
import { useTranslate } from "../i18n";
import { groupFindings } from "../results";
import { useTableKindName } from "../table-kinds";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  sheet: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  sheetName: { wordBreak: "break-all" },
  table: { color: tokens.colorNeutralForeground3, paddingInlineStart: tokens.spacingHorizontalS },
  items: { listStyle: "none", margin: 0, padding: 0 },
});

interface FindingsListProps {
  check: Pick<CheckResult, "tables">;
  findings: readonly Finding[];
  onSelect(sheet: string, cell: string): void;
}

/** Findings grouped by sheet, then by table. */
export function FindingsList({ check, findings, onSelect }: FindingsListProps) {
  const t = useTranslate();
  const kindName = useTableKindName();
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {groupFindings(check, findings).map(({ sheet, tables }) => (
        <section key={sheet} className={styles.sheet} aria-label={sheet}>
          <Subtitle2 as="h3" className={styles.sheetName}>
            {sheet}
          </Subtitle2>
          {tables.map(({ table, findings: items }) => (
            <div key={table?.range ?? ""}>
              <Caption1Strong as="h4" className={styles.table}>
                {table ? `${kindName(table.kind)} · ${table.range}` : t("findingsOutsideTables")}
              </Caption1Strong>
              <ul className={styles.items}>
                {items.map((f, i) => (
                  <li key={`${f.cell}-${f.rule}-${i}`}>
                    <FindingItem finding={f} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

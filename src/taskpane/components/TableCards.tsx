import { makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/engine";
import { findingsOf, sheetsWithoutTables } from "../results";
import { SheetsWithoutTables } from "./SheetsWithoutTables";
import { TableCard } from "./TableCard";

const useStyles = makeStyles({
  cards: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** A summary card per detected table, then the sheets without tables. */
export function TableCards({ check, onLocate }: { check: CheckResult; onLocate(sheet: string, range: string): void }) {
  const styles = useStyles();
  return (
    <div className={styles.cards}>
      {check.totals.map((totals) => (
        <TableCard key={`${totals.sheet}!${totals.range}`} totals={totals} findings={findingsOf(totals, check.findings)} onLocate={onLocate} />
      ))}
      <SheetsWithoutTables sheets={sheetsWithoutTables(check)} />
    </div>
  );
}

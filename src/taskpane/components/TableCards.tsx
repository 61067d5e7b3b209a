import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { CheckResult } from "../../core/engine";
import { findingsByTable } from "../../report/by-table";
import { sheetsWithoutTables } from "../results";
import { useWindowedRows } from "../use-windowed-rows";
import { SheetsWithoutTables } from "./SheetsWithoutTables";
import { TableCard } from "./TableCard";

const useStyles = makeStyles({
  cards: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // The space between cards is part of each card's slot, so that the heights measured add up to the list's.
  slot: { display: "flow-root", paddingBottom: tokens.spacingVerticalM },
});

/** Until a card is drawn once, its height is guessed: a 自评表's card with its 一级指标 bars. */
const ESTIMATED_CARD_HEIGHT = 200;
const estimate = () => ESTIMATED_CARD_HEIGHT;

const tableKey = (t: { sheet: string; range: string }) => `${t.sheet}!${t.range}`;

/** A summary card per detected table, then the sheets without tables. Windowed: only the cards on screen are in the page. */
export function TableCards({ check, onLocate }: { check: CheckResult; onLocate(sheet: string, range: string): void }) {
  const styles = useStyles();
  const findingsOf = useMemo(() => findingsByTable(check.findings), [check.findings]);
  const keys = useMemo(() => check.totals.map(tableKey), [check.totals]);
  const windowed = useWindowedRows(keys, estimate);
  return (
    <div className={styles.cards}>
      <div ref={windowed.containerRef}>
        <div style={{ height: windowed.before }} aria-hidden="true" />
        {check.totals.slice(windowed.start, windowed.end).map((totals) => (
          <div key={tableKey(totals)} ref={windowed.measure} data-row-key={tableKey(totals)} className={styles.slot}>
            <TableCard totals={totals} findings={findingsOf(totals)} onLocate={onLocate} />
          </div>
        ))}
        <div style={{ height: windowed.after }} aria-hidden="true" />
      </div>
      <SheetsWithoutTables sheets={sheetsWithoutTables(check)} />
    </div>
  );
}

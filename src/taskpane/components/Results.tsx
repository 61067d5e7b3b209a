import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { CheckResult } from "../../core/engine";
import { useTranslate } from "../i18n";
import { sheetsWithoutTables } from "../results";
import { FindingsPanel } from "./FindingsPanel";
import { NoTablesFound } from "./NoTablesFound";
import { TableCards } from "./TableCards";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

type ResultTab = "findings" | "tables" | "templates";

interface ResultsProps {
  check: CheckResult;
  onSelect(sheet: string, cell: string): void;
  /** The pane's template form, on a third tab once there are results (the web page has none). */
  templates?: ReactNode;
}

/** The findings and the table cards (and the templates), on tabs; or why nothing was found. */
export function Results({ check, onSelect, templates }: ResultsProps) {
  const t = useTranslate();
  const styles = useStyles();
  const [tab, setTab] = useState<ResultTab>("findings");
  if (check.tables.length === 0) {
    return (
      <>
        <NoTablesFound sheets={sheetsWithoutTables(check)} />
        {templates}
      </>
    );
  }
  return (
    <section className={styles.results}>
      <TabList
        className={styles.tabs}
        aria-label={t("resultsTabs")}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value === "tables" || data.value === "templates" ? data.value : "findings")}
      >
        <Tab value="findings">{t("tabFindings", { count: check.findings.length })}</Tab>
        <Tab value="tables">{t("tabTables", { count: check.tables.length })}</Tab>
        {templates && <Tab value="templates">{t("tabTemplates")}</Tab>}
      </TabList>
      <div role="tabpanel">
        {tab === "findings" && <FindingsPanel check={check} onSelect={onSelect} />}
        {tab === "tables" && <TableCards check={check} onLocate={onSelect} />}
        {tab === "templates" && templates}
      </div>
    </section>
  );
}

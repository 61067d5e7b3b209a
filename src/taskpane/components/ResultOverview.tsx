import { Body1Strong, makeStyles } from "@fluentui/react-components";
import type { CheckResult } from "../../core/engine";
import { useTranslate } from "../i18n";

const useStyles = makeStyles({ overview: { margin: 0 } });

/** One line on the whole result: how many tables and problems (the filter buttons give them by severity). */
export function ResultOverview({ check }: { check: CheckResult }) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <Body1Strong as="h2" className={styles.overview} aria-live="polite">
      {t("overviewTables", { tables: check.tables.length, findings: check.findings.length })}
    </Body1Strong>
  );
}

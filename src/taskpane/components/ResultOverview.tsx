import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckResult } from "../../core/engine";
import { useTranslate } from "../i18n";
import { countBySeverity } from "../severity";
import { SeverityBadges } from "./SeverityBadges";

const useStyles = makeStyles({
  overview: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** One line on the whole result: how many tables and problems, and the problems by severity. */
export function ResultOverview({ check }: { check: CheckResult }) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <section className={styles.overview} aria-live="polite">
      <Subtitle2 as="h2">{t("overviewTables", { tables: check.tables.length, findings: check.findings.length })}</Subtitle2>
      <SeverityBadges counts={countBySeverity(check.findings)} />
    </section>
  );
}

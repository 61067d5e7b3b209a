import { Subtitle2 } from "@fluentui/react-components";
import type { CheckResult } from "../../core/engine";
import { useTranslate } from "../i18n";

/** One line on the whole result: how many tables and problems (the filter buttons give them by severity). */
export function ResultOverview({ check }: { check: CheckResult }) {
  const t = useTranslate();
  return (
    <Subtitle2 as="h2" aria-live="polite">
      {t("overviewTables", { tables: check.tables.length, findings: check.findings.length })}
    </Subtitle2>
  );
}

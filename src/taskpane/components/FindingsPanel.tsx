import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CheckResult } from "../../core/engine";
import { useTranslate } from "../i18n";
import { countBySeverity } from "../severity";
import { FindingsList } from "./FindingsList";
import { SeverityFilter, type SeveritySelection } from "./SeverityFilter";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** The findings, filterable by severity. */
export function FindingsPanel({ check, onSelect }: { check: CheckResult; onSelect(sheet: string, cell: string): void }) {
  const t = useTranslate();
  const styles = useStyles();
  const [shown, setShown] = useState<SeveritySelection>({ error: true, warning: true, info: true });
  if (check.findings.length === 0) return <Body1>{t("noFindings")}</Body1>;
  const visible = check.findings.filter((f) => shown[f.severity]);
  return (
    <div className={styles.panel}>
      <SeverityFilter
        counts={countBySeverity(check.findings)}
        shown={shown}
        onToggle={(s) => setShown((current) => ({ ...current, [s]: !current[s] }))}
      />
      {visible.length === 0 ? (
        <Body1>{t("findingsFilteredOut")}</Body1>
      ) : (
        <FindingsList check={check} findings={visible} onSelect={onSelect} />
      )}
    </div>
  );
}

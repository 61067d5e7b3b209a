import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState, type KeyboardEvent } from "react";
import type { CheckResult } from "../../core/engine";
import { renderMessage } from "../../core/messages";
import { findingMatches, findingsView, groupBySeverity, groupsOf, rowsByKey, type SeverityChoice } from "../findings-view";
import { useLocale, useTranslate } from "../i18n";
import { countBySeverity } from "../severity";
import { useElementHeight } from "../use-element-height";
import { FindingsList } from "./FindingsList";
import { FindingsToolbar } from "./FindingsToolbar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  hidden: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The finding last chosen: its key, and its place in the list then (where 下一个 goes on when it is gone). */
interface Current {
  key: string;
  index: number;
}

const isTextField = (target: EventTarget) => target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

/**
 * The findings, errors first, under folding sheet and table headings, with a sticky toolbar: a single-choice
 * severity filter, a search, and 上一个/下一个 (also ↑/↓ in the list, Enter/Shift+Enter in the search). The state
 * lives as long as the results are shown, so checking again keeps the filter, the folds and the current finding.
 */
export function FindingsPanel({ check, onSelect }: { check: CheckResult; onSelect(sheet: string, cell: string): void }) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const [choice, setChoice] = useState<SeverityChoice>("all");
  const [query, setQuery] = useState("");
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState<Current>();
  const [focus, setFocus] = useState<{ key: string }>();
  const [toolbar, toolbarHeight] = useElementHeight();

  const groups = useMemo(() => groupBySeverity(check, check.findings), [check]);
  const rows = useMemo(() => rowsByKey(groups), [groups]);
  const view = useMemo(
    () => findingsView(groups, collapsed, (f) => findingMatches(f, choice, query, () => renderMessage(f, locale))),
    [groups, collapsed, choice, query, locale],
  );

  if (check.findings.length === 0) return <Body1>{t("noFindings")}</Body1>;

  const currentRow = current && rows.get(current.key);
  const index = currentRow ? view.order.findIndex((r) => r.key === currentRow.key) : -1;
  const hidden = currentRow !== undefined && !view.rows.some((r) => r.key === currentRow.key);

  const expand = (keys: string[]) => setCollapsed((c) => new Set([...c].filter((k) => !keys.includes(k))));

  const choose = (key: string, navigated: boolean) => {
    const row = rows.get(key);
    if (!row) return;
    setCurrent({ key, index: view.order.findIndex((r) => r.key === key) });
    if (navigated) {
      expand(groupsOf(row.finding));
      setFocus({ key });
    }
    onSelect(row.finding.sheet, row.finding.cell);
  };

  const step = (by: 1 | -1) => {
    const order = view.order;
    if (order.length === 0) return;
    let next: number;
    if (index >= 0) next = index + by;
    // The current finding is filtered out or gone since a re-check: go on from where it was.
    else if (current) next = by > 0 ? Math.min(current.index, order.length - 1) : current.index - 1;
    else next = by > 0 ? 0 : order.length - 1;
    choose(order[Math.max(0, Math.min(order.length - 1, next))].key, true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (isTextField(e.target) || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
    e.preventDefault();
    step(e.key === "ArrowDown" ? 1 : -1);
  };

  const showCurrent = () => {
    if (!currentRow) return;
    setChoice("all");
    setQuery("");
    expand(groupsOf(currentRow.finding));
    setFocus({ key: currentRow.key });
  };

  return (
    <div className={styles.panel} style={{ ["--findings-toolbar-height" as string]: `${toolbarHeight}px` }} onKeyDown={onKeyDown}>
      <FindingsToolbar
        ref={toolbar}
        counts={countBySeverity(check.findings)}
        choice={choice}
        query={query}
        index={index >= 0 ? index + 1 : undefined}
        shown={view.order.length}
        onChoose={setChoice}
        onQuery={setQuery}
        onStep={step}
      >
        {hidden && (
          <div className={styles.hidden} role="status">
            <Caption1>{t("findingsCurrentHidden", { cell: `${currentRow.finding.sheet}!${currentRow.finding.cell}` })}</Caption1>
            <Button size="small" appearance="transparent" onClick={showCurrent}>
              {t("findingsShowCurrent")}
            </Button>
          </div>
        )}
      </FindingsToolbar>
      {view.rows.length === 0 ? (
        <Body1>{t("findingsFilteredOut")}</Body1>
      ) : (
        <FindingsList
          rows={view.rows}
          currentKey={current?.key}
          focus={focus}
          toolbarHeight={toolbarHeight}
          onToggle={(key) => setCollapsed((c) => (c.has(key) ? new Set([...c].filter((k) => k !== key)) : new Set([...c, key])))}
          onChoose={(key) => choose(key, false)}
        />
      )}
    </div>
  );
}

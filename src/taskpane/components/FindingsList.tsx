import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import type { ListRow } from "../findings-view";
import { useTranslate } from "../i18n";
import { useTableKindName } from "../table-kinds";
import { useWindowedRows } from "../use-windowed-rows";
import { FindingItem } from "./FindingItem";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  // A row holds its heading's margin (flow-root), so that the height measured is all the room the row takes.
  row: { display: "flow-root", scrollMarginTop: "calc(var(--findings-toolbar-height, 0px) + 4px)" },
  heading: { margin: 0 },
  toggle: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    width: "100%",
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  sheet: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  table: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, paddingInlineStart: tokens.spacingHorizontalL },
  name: { flexGrow: 1, minWidth: 0, wordBreak: "break-all" },
  count: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  finding: { paddingInlineStart: tokens.spacingHorizontalL },
});

/** Until a row is drawn once, its height is guessed by kind: headings are one line, a finding two. */
const ESTIMATED_HEIGHT: Record<ListRow["kind"], number> = { sheet: 36, table: 28, finding: 48 };

interface FindingsListProps {
  rows: ListRow[];
  currentKey: string | undefined;
  /** A finding row to bring into view and focus; a new object each time it is asked for. */
  focus: { key: string } | undefined;
  /** Height of the sticky toolbar above the list: rows scrolled to stay below it. */
  toolbarHeight: number;
  onToggle(groupKey: string): void;
  onChoose(key: string): void;
}

/**
 * The findings under their sheet and table headings, which fold. Windowed: only the rows on screen are in the page.
 * Each sheet's rows sit in a region named after the sheet.
 */
export function FindingsList({ rows, currentKey, focus, toolbarHeight, onToggle, onChoose }: FindingsListProps) {
  const t = useTranslate();
  const kindName = useTableKindName();
  const styles = useStyles();
  const keys = useMemo(() => rows.map((r) => r.key), [rows]);
  const estimate = useCallback((i: number) => ESTIMATED_HEIGHT[rows[i]?.kind ?? "finding"], [rows]);
  const windowed = useWindowedRows(keys, estimate);
  const elements = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | undefined>(undefined);

  useLayoutEffect(() => {
    if (!focus) return;
    pendingFocus.current = focus.key;
    windowed.scrollTo(keys.indexOf(focus.key), toolbarHeight);
    // Only a new request scrolls (not a re-render); the row is focused below once it is rendered.
  }, [focus]);

  useLayoutEffect(() => {
    const key = pendingFocus.current;
    const element = key === undefined ? undefined : elements.current.get(key);
    if (!element) return;
    pendingFocus.current = undefined;
    element.scrollIntoView?.({ block: "nearest" });
    element.focus({ preventScroll: true });
  });

  const groupToggle = (row: Extract<ListRow, { kind: "sheet" | "table" }>, label: string) => (
    <button type="button" className={mergeClasses(styles.toggle, styles[row.kind])} aria-expanded={!row.collapsed} onClick={() => onToggle(row.key)}>
      {row.collapsed ? <ChevronRight16Regular aria-hidden="true" /> : <ChevronDown16Regular aria-hidden="true" />}
      <SeverityIcon severity={row.worst} decorative />
      <span className={styles.name}>{label}</span>
      <Caption1 className={styles.count}>{t("findingsGroupCount", { count: row.count })}</Caption1>
    </button>
  );

  const render = (row: ListRow): ReactNode => {
    if (row.kind === "sheet") return <h3 className={styles.heading}>{groupToggle(row, row.sheet)}</h3>;
    if (row.kind === "table") {
      const label = row.table ? `${kindName(row.table.kind)} · ${row.table.range}` : t("findingsOutsideTables");
      return <h4 className={styles.heading}>{groupToggle(row, label)}</h4>;
    }
    return (
      <FindingItem
        ref={(element) => {
          if (element) elements.current.set(row.key, element);
          else elements.current.delete(row.key);
        }}
        className={styles.finding}
        finding={row.finding}
        current={row.key === currentKey}
        onSelect={() => onChoose(row.key)}
      />
    );
  };

  // The rendered rows, by sheet: a sheet's region holds its heading (when on screen) and its rows.
  const sections: { sheet: string; rows: ListRow[] }[] = [];
  for (const row of rows.slice(windowed.start, windowed.end)) {
    const sheet = row.kind === "finding" ? row.finding.sheet : row.sheet;
    const last = sections[sections.length - 1];
    if (last?.sheet === sheet) last.rows.push(row);
    else sections.push({ sheet, rows: [row] });
  }

  return (
    <div ref={windowed.containerRef}>
      <div style={{ height: windowed.before }} aria-hidden="true" />
      {sections.map((section) => (
        <section key={section.sheet} aria-label={section.sheet}>
          {section.rows.map((row) => (
            <div key={row.key} ref={windowed.measure} data-row-key={row.key} className={styles.row}>
              {render(row)}
            </div>
          ))}
        </section>
      ))}
      <div style={{ height: windowed.after }} aria-hidden="true" />
    </div>
  );
}

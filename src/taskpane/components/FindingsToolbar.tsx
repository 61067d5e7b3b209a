import { Button, Caption1, Input, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular, Search16Regular } from "@fluentui/react-icons";
import { forwardRef, type ReactNode } from "react";
import type { SeverityChoice } from "../findings-view";
import { useTranslate } from "../i18n";
import type { SeverityCounts } from "../severity";
import { SeverityFilter } from "./SeverityFilter";

const useStyles = makeStyles({
  toolbar: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  search: { flexGrow: 1, minWidth: "6rem" },
  position: { flexShrink: 0, minWidth: "3.5em", textAlign: "center", fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 },
});

interface FindingsToolbarProps {
  counts: SeverityCounts;
  choice: SeverityChoice;
  query: string;
  /** 1-based position of the current finding among those shown, or undefined when none is current. */
  index: number | undefined;
  shown: number;
  /** Said under the controls: that the current finding is hidden. */
  children?: ReactNode;
  onChoose(choice: SeverityChoice): void;
  onQuery(query: string): void;
  onStep(step: 1 | -1): void;
}

/** Sticks to the top while the findings scroll: the severity filter, the search, 上一个/下一个 and where one is. */
export const FindingsToolbar = forwardRef<HTMLDivElement, FindingsToolbarProps>(function FindingsToolbar(
  { counts, choice, query, index, shown, children, onChoose, onQuery, onStep },
  ref,
) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <div ref={ref} className={styles.toolbar} role="toolbar" aria-label={t("findingsToolbar")}>
      <SeverityFilter counts={counts} choice={choice} onChoose={onChoose} />
      <div className={styles.line}>
        <Input
          className={styles.search}
          size="small"
          type="search"
          contentBefore={<Search16Regular aria-hidden="true" />}
          aria-label={t("findingsSearch")}
          placeholder={t("findingsSearchPlaceholder")}
          value={query}
          onChange={(_, data) => onQuery(data.value)}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          }}
        />
        <Button
          size="small"
          icon={<ArrowUp16Regular />}
          aria-label={t("findingsPrevious")}
          title={t("findingsPreviousTitle")}
          aria-keyshortcuts="ArrowUp"
          disabled={shown === 0}
          onClick={() => onStep(-1)}
        />
        <Button
          size="small"
          icon={<ArrowDown16Regular />}
          aria-label={t("findingsNext")}
          title={t("findingsNextTitle")}
          aria-keyshortcuts="ArrowDown"
          disabled={shown === 0}
          onClick={() => onStep(1)}
        />
        <Caption1 className={styles.position} aria-live="polite">
          {t("findingsPosition", { index: index ?? "–", count: shown })}
        </Caption1>
      </div>
      {children}
    </div>
  );
});

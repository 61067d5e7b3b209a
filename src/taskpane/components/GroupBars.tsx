import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupTotal } from "../../core/totals";
import { formatNumber } from "../format";
import { useTranslate } from "../i18n";

const useStyles = makeStyles({
  bars: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  bar: {
    display: "grid",
    gridTemplateColumns: "6em 1fr 5em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  value: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  track: { fill: tokens.colorNeutralBackground5 },
  full: { fill: tokens.colorPaletteGreenBackground3 },
  partial: { fill: tokens.colorBrandBackground },
  over: { fill: tokens.colorPaletteRedBackground3 },
});

/** One small SVG bar per 一级指标 group: its score against its weight. Groups without a weight have nothing to show. */
export function GroupBars({ groups }: { groups: GroupTotal[] }) {
  const t = useTranslate();
  const styles = useStyles();
  const weighted = groups.filter((g) => g.weight > 0);
  if (weighted.length === 0) return null;
  return (
    <div className={styles.bars} role="list" aria-label={t("tableGroups")}>
      {weighted.map((g) => {
        const score = g.score === undefined ? "—" : formatNumber(g.score, 2);
        const label = t("tableGroupBar", { name: g.name, score, weight: formatNumber(g.weight, 2) });
        const ratio = g.score === undefined ? 0 : Math.max(0, Math.min(g.score / g.weight, 1));
        const tone = g.score === undefined ? styles.partial : g.score > g.weight ? styles.over : g.score === g.weight ? styles.full : styles.partial;
        return (
          <div key={g.cell} className={styles.bar} role="listitem" aria-label={label}>
            <Caption1 className={styles.name} title={g.name}>
              {g.name}
            </Caption1>
            <svg width="100%" height="8" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
              <rect className={styles.track} x="0" y="0" width="100" height="8" rx="2" />
              <rect className={tone} x="0" y="0" width={ratio * 100} height="8" rx="2" />
            </svg>
            <Caption1 className={styles.value}>{`${score} / ${formatNumber(g.weight, 2)}`}</Caption1>
          </div>
        );
      })}
    </div>
  );
}

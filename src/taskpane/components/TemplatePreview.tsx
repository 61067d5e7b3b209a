import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateKind } from "../../core/templates";
import { useTranslate } from "../i18n";
import { templatePreview } from "../template-preview";

const useStyles = makeStyles({
  preview: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
});

/** What the chosen template holds: its sheets, size, header labels and checks. */
export function TemplatePreview({ kind, rowsPerGroup }: { kind: TemplateKind; rowsPerGroup?: number }) {
  const t = useTranslate();
  const styles = useStyles();
  const preview = templatePreview(kind, rowsPerGroup);
  const list = (items: string[]) => items.join(t("listSeparator"));
  return (
    <div className={styles.preview}>
      <Caption1>{t("templateSheets", { sheets: list(preview.sheets) })}</Caption1>
      <Caption1>{t("templateSize", { rows: preview.rows, cols: preview.cols, inputs: preview.inputs })}</Caption1>
      <Caption1>{t("templateHeaders", { headers: list(preview.headers) })}</Caption1>
      {preview.features.length > 0 && <Caption1>{t("templateFeatures", { features: list(preview.features.map((key) => t(key))) })}</Caption1>}
      {kind === "summary" && <Caption1>{t("templateSummaryNote")}</Caption1>}
    </div>
  );
}

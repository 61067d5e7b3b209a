import { Body1Strong, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentAdd48Regular, FolderOpen20Regular, ShieldCheckmark16Regular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useTranslate } from "../../taskpane/i18n";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL,
    paddingInline: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "center",
  },
  compact: { paddingBlock: tokens.spacingVerticalM },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  icon: { color: tokens.colorBrandForeground1 },
  hint: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
});

interface FileDropProps {
  /** Files are being dragged over the page (drops anywhere are taken; see useFileDrop). */
  dragging: boolean;
  /** Smaller, beside the file list, once files are open. */
  compact: boolean;
  onFiles(files: File[]): void;
}

/** Where files come in: a file picker (several at once), and the target of a drag from the desktop. */
export function FileDrop({ dragging, compact, onFiles }: FileDropProps) {
  const t = useTranslate();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={mergeClasses(styles.zone, compact && styles.compact, dragging && styles.dragging)} aria-label={t("webDropTitle")}>
      {!compact && <DocumentAdd48Regular className={styles.icon} aria-hidden="true" />}
      <Body1Strong>{t("webDropTitle")}</Body1Strong>
      <Button appearance={compact ? "secondary" : "primary"} icon={<FolderOpen20Regular />} onClick={() => input.current?.click()}>
        {t("webChooseFiles")}
      </Button>
      <Caption1 className={styles.hint}>
        <ShieldCheckmark16Regular aria-hidden="true" />
        {t("webDropHint")}
      </Caption1>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xls"
        multiple
        hidden
        aria-label={t("webChooseFiles")}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          // Cleared, so that choosing the same file again reads it again.
          e.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </section>
  );
}

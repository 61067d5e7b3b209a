import { Badge, Button, Spinner, Subtitle2, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, Dismiss16Regular, DocumentTable20Regular } from "@fluentui/react-icons";
import { useLocale, useTranslate } from "../../taskpane/i18n";
import { countBySeverity } from "../../taskpane/severity";
import { SeverityBadges } from "../../taskpane/components/SeverityBadges";
import type { WebFile } from "../state/files-state";
import { saveReport } from "../state/use-downloads";
import { readingLabel } from "./reading-label";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  items: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXXS },
  entry: {
    flexGrow: 1,
    minWidth: 0,
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  focus: createFocusOutlineStyle(),
  selected: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1 },
  },
  icon: { color: tokens.colorBrandForeground1, gridRow: "span 2" },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  status: { justifySelf: "start" },
});

function FileStatus({ file }: { file: WebFile }) {
  const t = useTranslate();
  if (file.status === "reading") return <Spinner size="extra-tiny" labelPosition="after" label={readingLabel(file, t)} />;
  if (file.status === "failed") {
    return (
      <Badge appearance="tint" color="danger">
        {t("webFileUnreadable")}
      </Badge>
    );
  }
  return <SeverityBadges counts={countBySeverity(file.check.findings)} />;
}

interface FileListProps {
  files: WebFile[];
  selected: number | undefined;
  onSelect(id: number): void;
  onRemove(id: number): void;
}

/** The files given to the page, each with its findings by severity; one is shown at a time. */
export function FileList({ files, selected, onSelect, onRemove }: FileListProps) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const heading = t("webFilesHeading", { count: files.length });
  const done = files.every((f) => f.status !== "reading");
  return (
    <nav className={styles.list} aria-label={heading}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      <ul className={styles.items}>
        {files.map((file) => (
          <li key={file.id} className={styles.item}>
            <button
              type="button"
              className={mergeClasses(styles.entry, styles.focus, file.id === selected && styles.selected)}
              aria-current={file.id === selected ? "page" : undefined}
              title={file.name}
              onClick={() => onSelect(file.id)}
            >
              <DocumentTable20Regular className={styles.icon} aria-hidden="true" />
              <span className={styles.name}>{file.name}</span>
              <span className={styles.status}>
                <FileStatus file={file} />
              </span>
            </button>
            <Button
              appearance="subtle"
              size="small"
              icon={<Dismiss16Regular />}
              aria-label={t("webRemoveFile", { file: file.name })}
              title={t("webRemoveFile", { file: file.name })}
              onClick={() => onRemove(file.id)}
            />
          </li>
        ))}
      </ul>
      {files.length > 1 && (
        <Button
          size="small"
          icon={<ArrowDownload20Regular />}
          disabled={!done}
          onClick={() => saveReport(files, `${t("webAllReportsName")}.html`, locale)}
        >
          {t("webDownloadAllReports")}
        </Button>
      )}
    </nav>
  );
}

import { Button, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { TaskListSquareLtr20Regular } from "@fluentui/react-icons";
import type { ReadScope } from "../../hosts/host";
import { useTranslate } from "../i18n";
import { ProfileSelect } from "./ProfileSelect";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  scope: { flexWrap: "wrap" },
  profile: { flexGrow: 1 },
});

interface ValidateBarProps {
  scope: ReadScope;
  profile: string;
  busy: boolean;
  onScope(scope: ReadScope): void;
  onProfile(profile: string): void;
  onValidate(): void;
}

/** The scope (整个工作簿 / 当前工作表), the 口径, and the primary 一键校验 button, in two short lines. */
export function ValidateBar({ scope, profile, busy, onScope, onProfile, onValidate }: ValidateBarProps) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <section className={styles.bar}>
      <RadioGroup
        className={styles.scope}
        layout="horizontal"
        aria-label={t("scopeLabel")}
        value={scope}
        onChange={(_, data) => onScope(data.value === "activeSheet" ? "activeSheet" : "workbook")}
        disabled={busy}
      >
        <Radio value="workbook" label={t("scopeWorkbook")} />
        <Radio value="activeSheet" label={t("scopeActiveSheet")} />
      </RadioGroup>
      <div className={styles.line}>
        <Button appearance="primary" icon={<TaskListSquareLtr20Regular />} disabled={busy} onClick={onValidate}>
          {t("validate")}
        </Button>
        <ProfileSelect className={styles.profile} profile={profile} disabled={busy} hint="profilePaneHint" hintAsTooltip onChange={onProfile} />
      </div>
    </section>
  );
}

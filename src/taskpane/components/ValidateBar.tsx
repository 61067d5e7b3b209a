import { Button, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { TaskListSquareLtr20Regular } from "@fluentui/react-icons";
import type { ReadScope } from "../../hosts/host";
import { useTranslate } from "../i18n";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

interface ValidateBarProps {
  scope: ReadScope;
  busy: boolean;
  onScope(scope: ReadScope): void;
  onValidate(): void;
}

/** The scope choice (整个工作簿 / 当前工作表) and the primary 一键校验 button. */
export function ValidateBar({ scope, busy, onScope, onValidate }: ValidateBarProps) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <section className={styles.bar}>
      <Field label={t("scopeLabel")}>
        <RadioGroup
          layout="horizontal"
          value={scope}
          onChange={(_, data) => onScope(data.value === "activeSheet" ? "activeSheet" : "workbook")}
          disabled={busy}
        >
          <Radio value="workbook" label={t("scopeWorkbook")} />
          <Radio value="activeSheet" label={t("scopeActiveSheet")} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" size="large" icon={<TaskListSquareLtr20Regular />} disabled={busy} onClick={onValidate}>
        {t("validate")}
      </Button>
    </section>
  );
}

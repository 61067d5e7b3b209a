import { Button, Caption1, Field, Radio, RadioGroup, Select, SpinButton, makeStyles, tokens } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { MAX_ROWS_PER_GROUP, TEMPLATE_KINDS, TEMPLATES, isTemplateKind, type TemplateKind } from "../../core/templates";
import type { InsertTemplateOptions, TemplateTarget } from "../../hosts/host";
import { useTranslate } from "../i18n";
import { useTableKindName } from "../table-kinds";
import { TemplatePreview } from "./TemplatePreview";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  insert: { alignSelf: "flex-start" },
});

const DEFAULT_ROWS = 2;

interface TemplateFormProps {
  busy: boolean;
  onInsert(kind: TemplateKind, options: InsertTemplateOptions): void;
}

/** The template to insert, its indicator rows per group, where it goes, and the 插入 button. */
export function TemplateForm({ busy, onInsert }: TemplateFormProps) {
  const t = useTranslate();
  const kindName = useTableKindName();
  const styles = useStyles();
  const [kind, setKind] = useState<TemplateKind>("self-evaluation");
  const [rows, setRows] = useState(DEFAULT_ROWS);
  const [target, setTarget] = useState<TemplateTarget>("newSheet");
  const freeRows = TEMPLATES[kind].freeRows;
  const rowsPerGroup = freeRows ? rows : undefined;

  const changeRows = (value: number | null | undefined, typed: string | undefined) => {
    const next = value ?? Number(typed);
    if (Number.isInteger(next)) setRows(Math.min(MAX_ROWS_PER_GROUP, Math.max(1, next)));
  };

  return (
    <div className={styles.form}>
      <Field label={t("templateKind")}>
        <Select value={kind} disabled={busy} onChange={(_, data) => isTemplateKind(data.value) && setKind(data.value)}>
          {TEMPLATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t("templateOption", { title: TEMPLATES[k].title, name: kindName(k) })}
            </option>
          ))}
        </Select>
      </Field>
      <TemplatePreview kind={kind} rowsPerGroup={rowsPerGroup} />
      <Field label={t("templateRows")} hint={freeRows ? undefined : t("templateRowsFixed")}>
        <SpinButton
          value={freeRows ? rows : null}
          min={1}
          max={MAX_ROWS_PER_GROUP}
          disabled={busy || !freeRows}
          onChange={(_, data) => changeRows(data.value, data.displayValue)}
        />
      </Field>
      <Field label={t("templateTarget")}>
        <RadioGroup
          layout="horizontal"
          value={target}
          disabled={busy}
          onChange={(_, data) => setTarget(data.value === "selection" ? "selection" : "newSheet")}
        >
          <Radio value="newSheet" label={t("templateNewSheet")} />
          <Radio value="selection" label={t("templateSelection")} />
        </RadioGroup>
      </Field>
      {target === "selection" && <Caption1 className={styles.hint}>{t("templateSelectionHint")}</Caption1>}
      <Button className={styles.insert} icon={<TableAdd20Regular />} disabled={busy} onClick={() => onInsert(kind, { rowsPerGroup, target })}>
        {t("insertTemplate")}
      </Button>
    </div>
  );
}

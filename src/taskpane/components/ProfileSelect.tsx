import { Field, Select, makeStyles, mergeClasses } from "@fluentui/react-components";
import { useTranslate, type StringKey } from "../i18n";
import { PROFILE_IDS, profileNameKey } from "../profiles";

const useStyles = makeStyles({
  // The label takes its own width, not the third of the row a horizontal Field gives it.
  field: { gridTemplateColumns: "auto 1fr" },
});

interface ProfileSelectProps {
  profile: string;
  disabled?: boolean;
  /** Where the choice is kept (the workbook, or this browser): under the field, or as its tooltip where room is short. */
  hint: StringKey;
  hintAsTooltip?: boolean;
  className?: string;
  onChange(profile: string): void;
}

/** 口径: the built-in profile the workbook is checked with (and templates are inserted with). */
export function ProfileSelect({ profile, disabled, hint, hintAsTooltip = false, className, onChange }: ProfileSelectProps) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <Field
      className={mergeClasses(styles.field, className)}
      label={t("profileLabel")}
      hint={hintAsTooltip ? undefined : t(hint)}
      orientation="horizontal"
      size="small"
    >
      <Select size="small" value={profile} disabled={disabled} title={hintAsTooltip ? t(hint) : undefined} onChange={(_, data) => onChange(data.value)}>
        {PROFILE_IDS.map((id) => {
          const name = profileNameKey(id);
          return (
            <option key={id} value={id}>
              {name ? t(name) : id}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}

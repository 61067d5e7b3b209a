import { Field, Select } from "@fluentui/react-components";
import { useTranslate, type StringKey } from "../i18n";
import { PROFILE_IDS, profileNameKey } from "../profiles";

interface ProfileSelectProps {
  profile: string;
  disabled?: boolean;
  /** Where the choice is kept (the workbook, or this browser). */
  hint: StringKey;
  className?: string;
  onChange(profile: string): void;
}

/** 口径: the built-in profile the workbook is checked with (and templates are inserted with). */
export function ProfileSelect({ profile, disabled, hint, className, onChange }: ProfileSelectProps) {
  const t = useTranslate();
  return (
    <Field className={className} label={t("profileLabel")} hint={t(hint)} orientation="horizontal" size="small">
      <Select size="small" value={profile} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
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

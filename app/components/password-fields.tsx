// A new password, typed twice, with the rule as a hint.
import type { FieldMetadata } from "@conform-to/react";
import { TextField } from "~/components/form-field";
import { useT } from "~/i18n/use-t";

export function NewPasswordFields({ fields }: { fields: { password: FieldMetadata<string | undefined>; confirm: FieldMetadata<string | undefined> } }) {
  const t = useT();
  const p = t.accounts.password;
  return (
    <>
      <TextField field={fields.password} label={p.new} type="password" autoComplete="new-password" hint={p.hint} />
      <TextField field={fields.confirm} label={p.confirm} type="password" autoComplete="new-password" />
    </>
  );
}

// The fields of a person (invite and edit), for administrators.
import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { SelectField, TextField } from "~/components/form-field";
import { useT } from "~/i18n/use-t";

type Field = FieldMetadata<string | number | boolean | undefined>;

export function UserFields({
  fields,
  units,
}: {
  fields: { name: Field; email: Field; unitId: Field; isAdmin: Field; locale: Field };
  units: Array<{ id: number; name: string }>;
}) {
  const t = useT();
  const u = t.accounts.admin.users;
  const f = fields as unknown as Record<"name" | "email" | "unitId" | "locale", FieldMetadata<string | undefined>>;
  return (
    <>
      <TextField field={f.name} label={u.name} autoComplete="off" />
      <TextField field={f.email} label={u.email} type="email" autoComplete="off" />
      <SelectField field={f.unitId} label={u.unit} options={[{ value: "", label: u.noUnit }, ...units.map((x) => ({ value: String(x.id), label: x.name }))]} />
      <SelectField field={f.locale} label={u.locale} options={[{ value: "sv", label: "Svenska" }, { value: "en", label: "English" }]} />
      <div className="field field--check">
        <input {...getInputProps(fields.isAdmin as FieldMetadata<boolean | undefined>, { type: "checkbox" })} />
        <label htmlFor={fields.isAdmin.id}>{u.isAdmin}</label>
      </div>
    </>
  );
}

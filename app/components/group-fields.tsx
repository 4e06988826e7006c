// The fields of a group (new and edit), for administrators.
import type { FieldMetadata } from "@conform-to/react";
import { SelectField, TextAreaField, TextField } from "~/components/form-field";
import { useT } from "~/i18n/use-t";

type Field = FieldMetadata<string | number | undefined>;

export function GroupFields({
  fields,
  parents,
}: {
  fields: { name: Field; shortName: Field; kind: Field; parentGroupId: Field; description: Field };
  parents: Array<{ id: number; name: string }>;
}) {
  const t = useT();
  const g = t.accounts.admin.groups;
  return (
    <>
      <TextField field={fields.name} label={g.name} />
      <TextField field={fields.shortName} label={g.shortName} />
      <SelectField
        field={fields.kind}
        label={g.kind}
        options={(["styrgrupp", "verksamhetsgrupp", "forum", "other"] as const).map((k) => ({ value: k, label: t.groupKinds[k] }))}
      />
      <SelectField field={fields.parentGroupId} label={g.parent} options={[{ value: "", label: g.noParent }, ...parents.map((p) => ({ value: String(p.id), label: p.name }))]} />
      <TextAreaField field={fields.description} label={g.description} />
    </>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getUnitForAdmin, updateUnit } from "~/admin";
import { TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import agendaStyles from "~/styles/agenda.css";
import { notFound, parseId, requireAdmin } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { unitSchema } from "~/validation/accounts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, () => data?.unit.name ?? "");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const unit = await getUnitForAdmin(getDb(), parseId(params.unitId));
  if (!unit) throw notFound();
  return { unit };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const id = parseId(params.unitId);
  if (!(await getUnitForAdmin(getDb(), id))) throw notFound();
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: unitSchema(t) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await updateUnit(getDb(), admin.id, id, submission.value);
  if (!result.ok) return data(submission.reply({ fieldErrors: { name: [t.accounts.admin.units.duplicate] } }), { status: 400 });
  return data({ ...submission.reply(), saved: true });
}

export default function AdminUnitPage() {
  const { unit } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const u = t.accounts.admin.units;
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { name: unit.name, organisation: unit.organisation ?? "" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: unitSchema(t) }),
  });
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin/units">{u.title}</Link>
      </p>
      <h1>{unit.name}</h1>
      {lastResult && "saved" in lastResult ? (
        <p className="notice notice--ok" role="status">
          {t.accounts.admin.saved}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack card">
        <TextField field={fields.name} label={u.name} />
        <TextField field={fields.organisation} label={u.organisation} />
        <button type="submit" className="button">
          {u.save}
        </button>
      </Form>
    </>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { createUnit, listUnitsForAdmin } from "~/admin";
import { TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import agendaStyles from "~/styles/agenda.css";
import { requireAdmin } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { unitSchema } from "~/validation/accounts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.admin.units.title);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { units: await listUnitsForAdmin(getDb()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: unitSchema(t) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await createUnit(getDb(), admin.id, submission.value);
  if (!result.ok) return data(submission.reply({ fieldErrors: { name: [t.accounts.admin.units.duplicate] } }), { status: 400 });
  return redirect("/admin/units");
}

export default function AdminUnitsPage() {
  const { units } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const u = t.accounts.admin.units;
  const [form, fields] = useForm({ lastResult, shouldValidate: "onBlur", onValidate: ({ formData }) => parseWithZod(formData, { schema: unitSchema(t) }) });
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin">{t.accounts.admin.title}</Link>
      </p>
      <h1>{u.title}</h1>
      {units.length === 0 ? (
        <p>{u.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table--cards">
            <thead>
              <tr>
                <th scope="col">{u.name}</th>
                <th scope="col">{u.organisation}</th>
                <th scope="col">{t.accounts.admin.users.title}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.id}>
                  <td data-label={u.name}>
                    <Link to={`/admin/units/${unit.id}`}>{unit.name}</Link>
                  </td>
                  <td data-label={u.organisation}>{unit.organisation ?? "–"}</td>
                  <td data-label={t.accounts.admin.users.title}>{u.staff(Number(unit.staff))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-unit" className="card">
        <h2 id="new-unit">{u.newTitle}</h2>
        <Form method="post" {...getFormProps(form)} className="stack">
          <TextField field={fields.name} label={u.name} />
          <TextField field={fields.organisation} label={u.organisation} />
          <button type="submit" className="button">
            {u.create}
          </button>
        </Form>
      </section>
    </>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { inviteUser, listUnitsForAdmin, listUsersForAdmin } from "~/admin";
import { UserFields } from "~/components/user-fields";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import agendaStyles from "~/styles/agenda.css";
import { requireAdmin } from "~/utils/auth.server";
import { publicUrl } from "~/utils/config.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { userSchema } from "~/validation/accounts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.admin.users.title);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const users = await listUsersForAdmin(getDb());
  const invited = users.find((u) => String(u.id) === url.searchParams.get("invited"));
  const units = (await listUnitsForAdmin(getDb())).map((u) => ({ id: u.id, name: u.name }));
  return { users, units, invited: invited ? { email: invited.email, kept: url.searchParams.get("mail") === "kept", failed: url.searchParams.get("mail") === "failed" } : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: userSchema(t) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await inviteUser(getDb(), admin, submission.value, publicUrl(request));
  if (!result.ok) {
    const field = result.error === "unitMissing" ? "unitId" : "email";
    return data(submission.reply({ fieldErrors: { [field]: [t.accounts.admin.users[result.error]] } }), { status: 400 });
  }
  return redirect(`/admin/users?invited=${result.id}&mail=${result.mail.status}`);
}

export default function AdminUsersPage() {
  const { users, units, invited } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const u = t.accounts.admin.users;
  const [form, fields] = useForm({
    id: `invite-${users.length}`,
    lastResult,
    defaultValue: { locale: "sv" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: userSchema(t) }),
  });
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin">{t.accounts.admin.title}</Link>
      </p>
      <h1>{u.title}</h1>
      {invited ? (
        <p className="notice notice--ok" role="status">
          {u.invited_(invited.email)} {invited.kept ? <Link to="/admin/mail">{u.mailKept}</Link> : null}
          {invited.failed ? <Link to="/admin/mail">{u.mailRetrying}</Link> : null}
        </p>
      ) : null}
      {users.length === 0 ? (
        <p>{u.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table--cards">
            <thead>
              <tr>
                <th scope="col">{u.name}</th>
                <th scope="col">{u.email}</th>
                <th scope="col">{u.unit}</th>
                <th scope="col">{u.status}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td data-label={u.name}>
                    <Link to={`/admin/users/${user.id}`}>{user.name}</Link>
                    {user.isAdmin ? ` (${u.isAdmin.toLowerCase()})` : null}
                  </td>
                  <td data-label={u.email}>{user.email}</td>
                  <td data-label={u.unit}>{user.unitName ?? "–"}</td>
                  <td data-label={u.status}>{u[user.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="invite-heading" className="card">
        <h2 id="invite-heading">{u.newTitle}</h2>
        <p>{u.newIntro}</p>
        <Form method="post" {...getFormProps(form)} className="stack">
          <UserFields fields={fields} units={units} />
          <button type="submit" className="button">
            {u.create}
          </button>
        </Form>
      </section>
    </>
  );
}

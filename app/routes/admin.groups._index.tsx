import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { createGroup, listGroupsForAdmin } from "~/admin";
import { GroupFields } from "~/components/group-fields";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import agendaStyles from "~/styles/agenda.css";
import { requireAdmin } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { groupSchema } from "~/validation/accounts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.admin.groups.title);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { groups: await listGroupsForAdmin(getDb()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: groupSchema(t) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await createGroup(getDb(), admin.id, submission.value);
  if (!result.ok) return data(submission.reply({ fieldErrors: { parentGroupId: [t.accounts.admin.groups[result.error]] } }), { status: 400 });
  return redirect(`/groups/${result.id}/members`);
}

export default function AdminGroupsPage() {
  const { groups } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const g = t.accounts.admin.groups;
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { kind: "styrgrupp" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: groupSchema(t) }),
  });
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin">{t.accounts.admin.title}</Link>
      </p>
      <h1>{g.title}</h1>
      {groups.length === 0 ? (
        <p>{g.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table--cards">
            <thead>
              <tr>
                <th scope="col">{g.name}</th>
                <th scope="col">{g.kind}</th>
                <th scope="col">{g.parent}</th>
                <th scope="col">{t.accounts.members.manage}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.id}>
                  <td data-label={g.name}>
                    <Link to={`/admin/groups/${group.id}`}>{group.name}</Link> ({group.short_name})
                  </td>
                  <td data-label={g.kind}>{t.groupKinds[group.kind]}</td>
                  <td data-label={g.parent}>{group.parent_short_name ?? "–"}</td>
                  <td data-label={t.accounts.members.manage}>
                    <Link to={`/groups/${group.id}/members`}>{g.members(Number(group.members))}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-group" className="card">
        <h2 id="new-group">{g.newTitle}</h2>
        <Form method="post" {...getFormProps(form)} className="stack">
          <GroupFields fields={fields} parents={groups.map((p) => ({ id: p.id, name: p.name }))} />
          <button type="submit" className="button">
            {g.create}
          </button>
        </Form>
      </section>
    </>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getGroupForAdmin, listGroupsForAdmin, updateGroup } from "~/admin";
import { GroupFields } from "~/components/group-fields";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import agendaStyles from "~/styles/agenda.css";
import { notFound, parseId, requireAdmin } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { groupSchema } from "~/validation/accounts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, () => data?.group.name ?? "");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const id = parseId(params.groupId);
  const group = await getGroupForAdmin(getDb(), id);
  if (!group) throw notFound();
  const parents = (await listGroupsForAdmin(getDb())).filter((g) => g.id !== id).map((g) => ({ id: g.id, name: g.name }));
  return { group, parents };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const id = parseId(params.groupId);
  if (!(await getGroupForAdmin(getDb(), id))) throw notFound();
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: groupSchema(t) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await updateGroup(getDb(), admin.id, id, submission.value);
  if (!result.ok) return data(submission.reply({ fieldErrors: { parentGroupId: [t.accounts.admin.groups[result.error]] } }), { status: 400 });
  return data({ ...submission.reply(), saved: true });
}

export default function AdminGroupPage() {
  const { group, parents } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const g = t.accounts.admin.groups;
  const [form, fields] = useForm({
    lastResult,
    defaultValue: {
      name: group.name,
      shortName: group.short_name,
      kind: group.kind,
      parentGroupId: group.parent_group_id ? String(group.parent_group_id) : "",
      description: group.description ?? "",
    },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: groupSchema(t) }),
  });
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin/groups">{g.title}</Link>
      </p>
      <h1>{group.name}</h1>
      <p>
        <Link to={`/groups/${group.id}/members`}>{t.accounts.members.manage}</Link>
      </p>
      {lastResult && "saved" in lastResult ? (
        <p className="notice notice--ok" role="status">
          {t.accounts.admin.saved}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack card">
        <GroupFields fields={fields} parents={parents} />
        <button type="submit" className="button">
          {g.save}
        </button>
      </Form>
    </>
  );
}

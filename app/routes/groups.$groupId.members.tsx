import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import type { Role } from "../../db/schema";
import { addMember, getGroupForAdmin, listCandidates, listMembers, removeMember, updateMember } from "~/admin";
import { SelectField, TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { getRole } from "~/models/group.server";
import { canManageMembers } from "~/models/permissions";
import agendaStyles from "~/styles/agenda.css";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { membershipSchema } from "~/validation/accounts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, (t) => (data ? t.accounts.members.title(data.group.short_name) : ""));

const ROLES: Role[] = ["secretary", "chair", "member", "staff", "viewer"];

/** The group, when the user may manage its members (administrators and its secretary); 404 / 403 otherwise. */
async function requireMemberManager(request: Request, groupIdParam: string | undefined) {
  const user = await requireUser(request);
  const groupId = parseId(groupIdParam);
  const group = await getGroupForAdmin(getDb(), groupId);
  const role = group ? await getRole(getDb(), user, groupId) : null;
  // Outside the group (and not an administrator): as if it did not exist.
  if (!group || !role) throw notFound();
  if (!canManageMembers(user, role)) throw forbidden();
  return { user, group };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group, user } = await requireMemberManager(request, params.groupId);
  const [members, candidates] = await Promise.all([listMembers(getDb(), group.id), listCandidates(getDb(), group.id)]);
  return { group: { id: group.id, name: group.name, short_name: group.short_name }, members, candidates, isAdmin: user.isAdmin };
}

const rowSchema = z.object({
  membershipId: z.coerce.number().int().positive(),
  role: z.enum(["secretary", "chair", "member", "staff", "viewer"]),
  represents: z.string().trim().max(200).optional().transform((v) => v || null),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { group, user } = await requireMemberManager(request, params.groupId);
  const t = messagesFor(await getLocale(request));
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "update" || intent === "remove") {
    const parsed = rowSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return data({ notice: null, reply: undefined, formError: t.security.formNotUnderstood }, { status: 400 });
    const { membershipId, role, represents } = parsed.data;
    const done = intent === "remove" ? await removeMember(getDb(), user.id, group.id, membershipId) : await updateMember(getDb(), user.id, group.id, membershipId, { role, represents });
    if (!done) throw notFound();
    return { notice: intent === "remove" ? t.accounts.members.removed : t.accounts.members.saved, reply: undefined };
  }
  const submission = parseWithZod(form, { schema: membershipSchema(t) });
  if (submission.status !== "success") return data({ notice: null, reply: submission.reply() }, { status: 400 });
  const result = await addMember(getDb(), user.id, group.id, { ...submission.value, userId: submission.value.userId! });
  if (!result.ok) {
    const message = result.error === "already" ? t.accounts.members.already : t.accounts.members.userRequired;
    return data({ notice: null, reply: submission.reply({ fieldErrors: { userId: [message] } }) }, { status: 400 });
  }
  return { notice: t.accounts.members.added, reply: submission.reply({ resetForm: true }) };
}

export default function GroupMembersPage() {
  const { group, members, candidates, isAdmin } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const m = t.accounts.members;
  const [form, fields] = useForm({
    id: `add-member-${members.length}`,
    lastResult: result?.reply,
    defaultValue: { role: "member" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: membershipSchema(t) }),
  });
  const roleOptions = ROLES.map((r) => ({ value: r, label: t.roles[r] }));
  return (
    <>
      <p className="eyebrow">{isAdmin ? <Link to={`/admin/groups/${group.id}`}>{group.name}</Link> : group.name}</p>
      <h1>{m.title(group.short_name)}</h1>
      <p>{m.intro}</p>
      {result && "formError" in result && result.formError ? (
        <p className="form-error" role="alert">
          {result.formError}
        </p>
      ) : null}
      {result?.notice ? (
        <p className="notice notice--ok" role="status">
          {result.notice}
        </p>
      ) : null}
      {members.length === 0 ? <p>{m.none}</p> : null}
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.id} className="card">
            <Form method="post" className="member-row" aria-label={member.name}>
              <input type="hidden" name="membershipId" value={member.id} />
              <p className="member-name">
                <strong>{member.name}</strong> <span className="muted">{member.email}</span>
                {member.deactivated_at ? <em> ({t.accounts.admin.users.deactivated})</em> : null}
              </p>
              <div className="field">
                <label htmlFor={`role-${member.id}`}>{m.role}</label>
                <select id={`role-${member.id}`} name="role" defaultValue={member.role}>
                  {roleOptions.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`represents-${member.id}`}>{m.represents}</label>
                <input id={`represents-${member.id}`} name="represents" defaultValue={member.represents ?? ""} />
              </div>
              <div className="actions-row">
                <button type="submit" name="intent" value="update" className="button button--small">
                  {m.save}
                </button>
                <button type="submit" name="intent" value="remove" className="button button--small">
                  {m.remove}
                </button>
              </div>
            </Form>
          </li>
        ))}
      </ul>
      {candidates.length ? (
        <section aria-labelledby="add-member" className="card">
          <h2 id="add-member">{m.add}</h2>
          <Form method="post" {...getFormProps(form)} className="stack">
            <input type="hidden" name="intent" value="add" />
            <SelectField field={fields.userId as never} label={m.person} options={[{ value: "", label: m.choose }, ...candidates.map((c) => ({ value: String(c.id), label: `${c.name} (${c.email})` }))]} />
            <SelectField field={fields.role} label={m.role} options={roleOptions} />
            <TextField field={fields.represents} label={m.represents} hint={m.representsHint} />
            <button type="submit" className="button">
              {m.add}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

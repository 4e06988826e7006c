import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getUserForAdmin, listUnitsForAdmin, resendInvitation, setUserActive, updateUser } from "~/admin";
import { UserFields } from "~/components/user-fields";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import agendaStyles from "~/styles/agenda.css";
import { notFound, parseId, requireAdmin } from "~/utils/auth.server";
import { publicUrl } from "~/utils/config.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { userSchema } from "~/validation/accounts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, () => data?.user.name ?? "");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const user = await getUserForAdmin(getDb(), parseId(params.userId));
  if (!user) throw notFound();
  const units = (await listUnitsForAdmin(getDb())).map((u) => ({ id: u.id, name: u.name }));
  return { user, units };
}

type Notice = "saved" | "deactivatedDone" | "reactivatedDone" | "invited" | "lastAdmin";

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const id = parseId(params.userId);
  const user = await getUserForAdmin(getDb(), id);
  if (!user) throw notFound();
  const t = messagesFor(await getLocale(request));
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "deactivate" || intent === "reactivate") {
    const result = await setUserActive(getDb(), admin.id, id, intent === "reactivate");
    if (!result.ok) return data({ notice: "lastAdmin" as Notice, reply: undefined }, { status: 400 });
    return { notice: (intent === "deactivate" ? "deactivatedDone" : "reactivatedDone") as Notice, reply: undefined };
  }
  if (intent === "invite") {
    const mail = await resendInvitation(getDb(), admin, id, publicUrl(request));
    if (!mail) return data({ notice: null, reply: undefined, formError: t.security.invitationNotNeeded }, { status: 400 });
    return { notice: "invited" as Notice, reply: undefined };
  }
  const submission = parseWithZod(form, { schema: userSchema(t) });
  if (submission.status !== "success") return data({ notice: null, reply: submission.reply() }, { status: 400 });
  const result = await updateUser(getDb(), admin.id, id, submission.value);
  if (!result.ok) {
    const field = result.error === "unitMissing" ? "unitId" : result.error === "lastAdmin" ? "isAdmin" : "email";
    return data({ notice: null, reply: submission.reply({ fieldErrors: { [field]: [t.accounts.admin.users[result.error]] } }) }, { status: 400 });
  }
  return { notice: "saved" as Notice, reply: submission.reply() };
}

export default function AdminUserPage() {
  const { user, units } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const u = t.accounts.admin.users;
  const [form, fields] = useForm({
    lastResult: result?.reply,
    defaultValue: { name: user.name, email: user.email, unitId: user.unitId ? String(user.unitId) : "", isAdmin: user.isAdmin ? "on" : undefined, locale: user.locale },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: userSchema(t) }),
  });
  const notice = result?.notice;
  const noticeText =
    notice === "saved" ? t.accounts.admin.saved : notice === "invited" ? u.invited_(user.email) : notice === "lastAdmin" ? u.lastAdmin : notice ? u[notice] : null;
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin/users">{u.title}</Link>
      </p>
      <h1>{user.name}</h1>
      <p>
        {u.status}: <strong>{u[user.status]}</strong>
        {user.groups.length ? (
          <>
            {" · "}
            {u.groups}:{" "}
            {user.groups.map((g, i) => (
              <span key={g.id}>
                {i ? ", " : ""}
                <Link to={`/groups/${g.id}/members`}>{g.short_name}</Link> ({t.roles[g.role]})
              </span>
            ))}
          </>
        ) : null}
      </p>
      {result && "formError" in result && result.formError ? (
        <p className="form-error" role="alert">
          {result.formError}
        </p>
      ) : null}
      {noticeText ? (
        <p className={notice === "lastAdmin" ? "form-error" : "notice notice--ok"} role={notice === "lastAdmin" ? "alert" : "status"}>
          {noticeText}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack card">
        <UserFields fields={fields} units={units} />
        <button type="submit" className="button">
          {u.save}
        </button>
      </Form>
      <div className="actions-row">
        {user.status === "invited" ? (
          <Form method="post">
            <button type="submit" name="intent" value="invite" className="button button--secondary">
              {u.invite}
            </button>
          </Form>
        ) : null}
        {user.status === "deactivated" ? (
          <Form method="post">
            <button type="submit" name="intent" value="reactivate" className="button button--secondary">
              {u.reactivate}
            </button>
          </Form>
        ) : (
          <Form method="post">
            <p className="hint" id="deactivate-hint">
              {u.deactivateHint}
            </p>
            <button type="submit" name="intent" value="deactivate" className="button button--danger" aria-describedby="deactivate-hint">
              {u.deactivate}
            </button>
          </Form>
        )}
      </div>
    </>
  );
}

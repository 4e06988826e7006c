import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { changePassword } from "~/auth/accounts.server";
import { endUserSessions, isCommonPassword, listUserSessions } from "~/auth";
import { TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { getCalendarToken, regenerateCalendarToken, revokeCalendarToken } from "~/models/calendar.server";
import { requireUser, sessionToken } from "~/utils/auth.server";
import { formatInstant } from "~/utils/dates";
import { getLocale } from "~/utils/session.server";
import { changePasswordSchema } from "~/validation/accounts";
import { getPreferences } from "~/notifications";
import { NotificationPreferences } from "~/notifications/preferences-form";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.followUp.profile.title);

function feedUrl(request: Request, token: string | null): string | null {
  return token ? `${new URL(request.url).origin}/calendar/${token}.ics` : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const token = await getCalendarToken(getDb(), user.id);
  const sessions = await listUserSessions(getDb(), user.id, await sessionToken(request));
  const notifications = { preferences: await getPreferences(getDb(), user.id), saved: new URL(request.url).searchParams.get("notifications") === "saved" };
  return { user: { name: user.name, email: user.email, unitName: user.unitName }, feedUrl: feedUrl(request, token), sessions, notifications };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "regenerate") {
    await regenerateCalendarToken(getDb(), user.id);
    return { done: "created" as const };
  }
  if (intent === "revoke") {
    await revokeCalendarToken(getDb(), user.id);
    return { done: "revoked" as const };
  }
  if (intent === "end-others") {
    const ended = await endUserSessions(getDb(), user.id, await sessionToken(request));
    return { done: "ended" as const, ended };
  }
  if (intent === "password") {
    const t = messagesFor(await getLocale(request));
    const submission = parseWithZod(form, { schema: changePasswordSchema(t, isCommonPassword) });
    const hide = { hideFields: ["current", "password", "confirm"] };
    if (submission.status !== "success") return data({ done: null, password: submission.reply(hide) }, { status: 400 });
    const { current, password } = submission.value;
    const result = await changePassword(getDb(), user.id, current, password, await sessionToken(request));
    if (result === "wrong-current") {
      return data({ done: null, password: submission.reply({ ...hide, fieldErrors: { current: [t.accounts.profile.currentWrong] } }) }, { status: 400 });
    }
    return { done: "password" as const };
  }
  const t = messagesFor(await getLocale(request));
  return data({ done: null, formError: t.security.formNotUnderstood }, { status: 400 });
}

function PasswordCard({ lastResult, done }: { lastResult: unknown; done: boolean }) {
  const t = useT();
  const a = t.accounts;
  const [form, fields] = useForm<{ current: string; password: string; confirm: string }>({
    id: "password",
    lastResult: lastResult as never,
    // Checked on the server only: the common-password list stays there, and one answer names every problem.
  });
  return (
    <section aria-labelledby="password-heading" className="card">
      <h2 id="password-heading">{a.profile.passwordTitle}</h2>
      {done ? (
        <p className="notice notice--ok" role="status">
          {a.profile.changed}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="password" />
        <input type="text" name="username" autoComplete="username" hidden readOnly aria-hidden="true" tabIndex={-1} />
        <TextField field={fields.current} label={a.profile.current} type="password" autoComplete="current-password" />
        <TextField field={fields.password} label={a.password.new} type="password" autoComplete="new-password" hint={a.password.hint} />
        <TextField field={fields.confirm} label={a.password.confirm} type="password" autoComplete="new-password" />
        <button type="submit" className="button">
          {a.profile.change}
        </button>
      </Form>
    </section>
  );
}

function SessionsCard({ sessions, ended }: { sessions: Array<{ current: boolean; createdAt: string; lastSeenAt: string; userAgent: string | null }>; ended: number | null }) {
  const t = useT();
  const locale = useLocale();
  const p = t.accounts.profile;
  return (
    <section aria-labelledby="sessions-heading" className="card">
      <h2 id="sessions-heading">{p.sessionsTitle}</h2>
      {ended !== null ? (
        <p className="notice notice--ok" role="status">
          {p.othersEnded(ended)}
        </p>
      ) : null}
      <p>{p.sessionsIntro}</p>
      <div className="table-wrap">
        <table className="table--cards">
          <thead>
            <tr>
              <th scope="col">{p.browser}</th>
              <th scope="col">{p.started}</th>
              <th scope="col">{p.lastSeen}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s, i) => (
              <tr key={i}>
                <td data-label={p.browser}>
                  {s.userAgent ?? p.unknownBrowser}
                  {s.current ? <strong> ({p.thisDevice})</strong> : null}
                </td>
                <td data-label={p.started}>{formatInstant(s.createdAt, locale)}</td>
                <td data-label={p.lastSeen}>{formatInstant(s.lastSeenAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sessions.length > 1 ? (
        <Form method="post" className="actions-row">
          <button type="submit" name="intent" value="end-others" className="button button--danger">
            {p.endOthers}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

export default function ProfilePage() {
  const { user, feedUrl, sessions, notifications } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const p = t.followUp.profile;
  const webcal = feedUrl?.replace(/^https?:/, "webcal:");
  return (
    <>
      <h1>{p.title}</h1>
      {result && "formError" in result && result.formError ? (
        <p className="form-error" role="alert">
          {result.formError}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{p.email}</dt>
          <dd>{user.email}</dd>
        </div>
        {user.unitName ? (
          <div>
            <dt>{p.unit}</dt>
            <dd>{user.unitName}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="calendar-heading" className="card">
        <h2 id="calendar-heading">{p.calendar}</h2>
        {result?.done === "created" || result?.done === "revoked" ? (
          <p className="notice notice--ok" role="status">
            {result.done === "created" ? p.created : p.revoked}
          </p>
        ) : null}
        <p>{p.calendarIntro}</p>
        {feedUrl ? (
          <>
            <label htmlFor="feed-url" className="field-label">
              <strong>{p.yourUrl}</strong>
            </label>
            <input id="feed-url" className="feed-url" readOnly value={feedUrl} />
            <p>
              <a href={webcal}>webcal</a> · <a href={feedUrl}>.ics</a>
            </p>
            <h3>{p.outlookTitle}</h3>
            <ol>
              {p.outlookSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </>
        ) : (
          <p>{p.noToken}</p>
        )}
        <div className="actions-row">
          <Form method="post">
            <button type="submit" name="intent" value="regenerate" className="button">
              {feedUrl ? p.regenerate : p.create}
            </button>
          </Form>
          {feedUrl ? (
            <Form method="post">
              <button type="submit" name="intent" value="revoke" className="button button--danger">
                {p.revoke}
              </button>
            </Form>
          ) : null}
        </div>
      </section>
      <PasswordCard lastResult={result && "password" in result ? result.password : undefined} done={result?.done === "password"} />
      <SessionsCard sessions={sessions} ended={result?.done === "ended" && "ended" in result ? result.ended : null} />
      <NotificationPreferences preferences={notifications.preferences} saved={notifications.saved} />
    </>
  );
}

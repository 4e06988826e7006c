import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { getCalendarToken, regenerateCalendarToken, revokeCalendarToken } from "~/models/calendar.server";
import { getPreferences } from "~/notifications";
import { NotificationPreferences } from "~/notifications/preferences-form";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.followUp.profile.title);

function feedUrl(request: Request, token: string | null): string | null {
  return token ? `${new URL(request.url).origin}/calendar/${token}.ics` : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const token = await getCalendarToken(getDb(), user.id);
  const notifications = { preferences: await getPreferences(getDb(), user.id), saved: new URL(request.url).searchParams.get("notifications") === "saved" };
  return { user: { name: user.name, email: user.email, unitName: user.unitName }, feedUrl: feedUrl(request, token), notifications };
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
  return data({ done: null }, { status: 400 });
}

export default function ProfilePage() {
  const { user, feedUrl, notifications } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const p = t.followUp.profile;
  const webcal = feedUrl?.replace(/^https?:/, "webcal:");
  return (
    <>
      <h1>{p.title}</h1>
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
        {result?.done ? (
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
      <NotificationPreferences preferences={notifications.preferences} saved={notifications.saved} />
    </>
  );
}

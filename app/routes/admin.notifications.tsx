// The notification outbox for administrators: every row and its outcome, so a
// mail that did not arrive can be explained (refused, no address, unsubscribed …).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useT } from "~/i18n/use-t";
import { listOutbox } from "~/notifications";
import { forbidden, requireUser } from "~/utils/auth.server";
import { formatInstant } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.notifications.outbox.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!user.isAdmin) throw forbidden();
  return { ...(await listOutbox(getDb())), logOnly: !process.env.SMTP_URL };
}

export default function OutboxPage() {
  const { rows, counts, logOnly } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const o = t.notifications.outbox;
  return (
    <>
      <h1>{o.title}</h1>
      <p>{o.intro}</p>
      {logOnly ? <p className="notice">{o.logOnly}</p> : null}
      <p>{Object.entries(counts).map(([state, n]) => `${o.states[state] ?? state}: ${n}`).join(" · ")}</p>
      {rows.length === 0 ? (
        <p>{o.none}</p>
      ) : (
        <table className="table--cards">
          <thead>
            <tr>
              <th scope="col">{o.created}</th>
              <th scope="col">{o.recipient}</th>
              <th scope="col">{o.kind}</th>
              <th scope="col">{o.state}</th>
              <th scope="col">{o.attempts}</th>
              <th scope="col">{o.detail}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td data-label={o.created}>{formatInstant(r.created_at, locale)}</td>
                <td data-label={o.recipient}>
                  {r.recipient_name} <span className="muted">{r.recipient_email || "–"}</span>
                </td>
                <td data-label={o.kind}>{r.kind}</td>
                <td data-label={o.state}>{o.states[r.state] ?? r.state}</td>
                <td data-label={o.attempts}>{r.attempts}</td>
                <td data-label={o.detail}>{r.state === "sent" || r.state === "digest" ? r.subject : r.last_error ?? r.subject ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

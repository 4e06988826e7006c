import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useT } from "~/i18n/use-t";
import { listMail } from "~/mail";
import agendaStyles from "~/styles/agenda.css";
import { requireAdmin } from "~/utils/auth.server";
import { formatInstant } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.admin.mail.title);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { mails: await listMail(getDb()) };
}

export default function AdminMailPage() {
  const { mails } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const m = t.accounts.admin.mail;
  return (
    <>
      <p className="eyebrow">
        <Link to="/admin">{t.accounts.admin.title}</Link>
      </p>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      {mails.length === 0 ? <p>{m.none}</p> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="card stack mail-card">
          <h2>{mail.subject}</h2>
          <dl className="facts">
            <div>
              <dt>{m.to}</dt>
              <dd>{mail.to_address}</dd>
            </div>
            <div>
              <dt>{m.at}</dt>
              <dd>{formatInstant(mail.created_at, locale)}</dd>
            </div>
            <div>
              <dt>{m.status}</dt>
              <dd>
                {m[mail.status]}
                {mail.error ? ` (${mail.error})` : null}
              </dd>
            </div>
          </dl>
          <details>
            <summary>{m.show}</summary>
            <pre className="mail-text">{mail.text_body}</pre>
          </details>
        </article>
      ))}
    </>
  );
}

import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listOrganisationHistory } from "~/admin";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useT } from "~/i18n/use-t";
import agendaStyles from "~/styles/agenda.css";
import { requireAdmin } from "~/utils/auth.server";
import { formatInstant } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.admin.title);

const HISTORY_PAGE = 30;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const before = new URL(request.url).searchParams.get("before");
  const beforeId = before && /^[1-9]\d{0,9}$/.test(before) ? Number(before) : null;
  const rows = await listOrganisationHistory(getDb(), HISTORY_PAGE + 1, beforeId);
  const history = rows.slice(0, HISTORY_PAGE);
  return { history, older: rows.length > HISTORY_PAGE ? history[history.length - 1].id : null, paged: beforeId !== null };
}

export default function AdminPage() {
  const { history, older, paged } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const a = t.accounts.admin;
  return (
    <>
      <h1>{a.title}</h1>
      <p>{a.intro}</p>
      <ul className="link-list">
        <li>
          <Link to="/admin/groups">{a.groups.title}</Link>
        </li>
        <li>
          <Link to="/admin/units">{a.units.title}</Link>
        </li>
        <li>
          <Link to="/admin/users">{a.users.title}</Link>
        </li>
        <li>
          <Link to="/admin/mail">{a.mail.title}</Link>
        </li>
      </ul>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{a.history}</h2>
        {history.length === 0 ? (
          <p>{a.noHistory}</p>
        ) : (
          <div className="table-wrap">
            <table className="table--cards">
              <thead>
                <tr>
                  <th scope="col">{a.when}</th>
                  <th scope="col">{a.who}</th>
                  <th scope="col">{a.what}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id}>
                    <td data-label={a.when}>{formatInstant(h.at, locale)}</td>
                    <td data-label={a.who}>{h.user_name ?? "–"}</td>
                    <td data-label={a.what}>
                      <code>
                        {h.entity} {h.entity_id}: {h.action}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {older || paged ? (
          <nav aria-label={t.register.paging.nav} className="pager">
            {paged ? <Link to="/admin#history-heading">{t.register.audit.newest}</Link> : <span />}
            {older ? (
              <Link to={`/admin?before=${older}#history-heading`} rel="next">
                {t.register.audit.older}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}

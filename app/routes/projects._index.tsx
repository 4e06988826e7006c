import { pageTitle } from "~/i18n/meta";
import type { HydrateHandle } from "~/root";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";
import { mayManageCallsAndProjects } from "~/models/follow-up-access.server";
import { listProjects } from "~/models/project.server";
import { requireUser } from "~/utils/auth.server";
import { formatDay } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.projects.title);

/** Only reads (its filters are GET forms and links): no JavaScript (root.tsx). */
export const handle: HydrateHandle = { hydrate: false };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const after = new URL(request.url).searchParams.get("after");
  const [{ projects, next }, mayEdit] = await Promise.all([listProjects(db, { after }), mayManageCallsAndProjects(db, user)]);
  return { projects, next, paged: Boolean(after), mayEdit };
}

export default function ProjectsPage() {
  const { projects, next, paged, mayEdit } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t.projects.title}</h1>
      {mayEdit ? (
        <p>
          <Link to="/projects/new" className="button">
            {t.followUp.projectForm.newProject}
          </Link>
        </p>
      ) : null}
      {projects.length === 0 ? (
        <p>{t.projects.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table--cards">
            <thead>
              <tr>
                <th scope="col">{t.projects.caseNumber}</th>
                <th scope="col">{t.projects.name}</th>
                <th scope="col">{t.projects.owner}</th>
                <th scope="col">{t.projects.fund}</th>
                <th scope="col">{t.projects.period}</th>
                <th scope="col">{t.projects.status}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id}>
                  <td className="nowrap" data-label={t.projects.caseNumber}>{p.case_number ?? t.common.none}</td>
                  <td>
                    <Link to={`/projects/${p.id}`}>{p.name}</Link>
                  </td>
                  <td data-label={t.projects.owner}>{p.owner ?? t.common.none}</td>
                  <td data-label={t.projects.fund}>{p.fund ?? t.common.none}</td>
                  <td className="nowrap" data-label={t.projects.period}>
                    {p.period_start && p.period_end
                      ? `${formatDay(p.period_start, locale)} – ${formatDay(p.period_end, locale)}`
                      : t.common.none}
                  </td>
                  <td data-label={t.projects.status}>{t.projectStatuses[p.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next || paged ? (
        <nav aria-label={t.register.paging.nav} className="pager">
          {paged ? <Link to="/projects">{t.register.paging.first}</Link> : <span />}
          {next ? (
            <Link to={`/projects?after=${next}`} rel="next">
              {t.register.paging.older}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

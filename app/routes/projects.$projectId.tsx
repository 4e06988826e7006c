import { pageTitle } from "~/i18n/meta";
import type { HydrateHandle } from "~/root";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useLocale, useT } from "~/i18n/use-t";
import { mayManageCallsAndProjects } from "~/models/follow-up-access.server";
import { getProject, getProjectLinks } from "~/models/project.server";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { formatDay } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, () => data?.project.name);

/** Only reads: no JavaScript (root.tsx). */
export const handle: HydrateHandle = { hydrate: false };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const found = await getProject(db, parseId(params.projectId));
  if (!found) throw notFound();
  const links = await getProjectLinks(db, found.project.id, found.project.call_id);
  return { ...found, ...links, mayEdit: await mayManageCallsAndProjects(db, user) };
}

const kronor = (n: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE").format(n);

export default function ProjectPage() {
  const { project: p, summaryHtml, mandates, meetings, call, mayEdit } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const yesNo = (v: number | null) => (v === null ? null : v ? t.projects.yes : t.projects.no);
  const money = (v: number | null) => (v === null ? null : t.common.kr(kronor(v, locale)));
  const facts: Array<[string, ReactNode]> = [
    [t.projects.caseNumber, p.case_number],
    [t.projects.status, t.projectStatuses[p.status]],
    [t.projects.owner, p.owner],
    [t.projects.ownerOrgNumber, p.owner_org_number],
    [t.projects.fund, p.fund],
    [t.projects.programmeCci, p.programme_cci],
    [t.projects.programmeArea, p.programme_area],
    [t.projects.specificObjective, p.specific_objective],
    [t.projects.interventionType, p.intervention_type],
    [
      t.projects.period,
      p.period_start && p.period_end ? `${formatDay(p.period_start, locale)} – ${formatDay(p.period_end, locale)}` : null,
    ],
    [t.projects.totalBudget, money(p.total_budget)],
    [t.projects.grantedSupport, money(p.granted_support)],
    [t.projects.otherFunding, p.other_funding !== null ? `${money(p.other_funding)}${p.other_funding_source ? ` (${p.other_funding_source})` : ""}` : null],
    [t.projects.cofinancingRate, p.cofinancing_rate !== null ? t.common.percent(String(p.cofinancing_rate)) : null],
    [t.projects.plannedParticipants, p.planned_participants],
    [t.projects.country, p.country],
    [t.projects.region, p.region],
    [t.projects.nuts2, p.nuts2_code],
    [t.projects.beneficiary, [p.beneficiary_postcode, p.beneficiary_city].filter(Boolean).join(" ") || null],
    [t.projects.strategicImportance, yesNo(p.strategic_importance)],
    [t.projects.childPoverty, yesNo(p.child_poverty_theme)],
    [
      t.projects.contact,
      p.contact_name ? (
        <>
          {p.contact_name}
          {p.contact_title ? `, ${p.contact_title}` : ""}
          {p.contact_email ? (
            <>
              {" · "}
              <a href={`mailto:${p.contact_email}`}>{p.contact_email}</a>
            </>
          ) : null}
          {p.contact_phone ? ` · ${p.contact_phone}` : ""}
        </>
      ) : null,
    ],
    [t.projects.partners, p.partners],
  ];
  return (
    <article>
      <p className="eyebrow">
        <Link to="/projects">{t.projects.title}</Link>
      </p>
      <h1>
        {p.name}
        {p.case_number ? <span className="subtitle">{p.case_number}</span> : null}
      </h1>
      {mayEdit ? (
        <p>
          <Link to={`/projects/${p.id}/edit`}>{t.followUp.projectForm.edit}</Link>
        </p>
      ) : null}
      <section aria-labelledby="facts">
        <h2 id="facts">{t.projects.facts}</h2>
        <dl className="facts facts--grid">
          {facts
            .filter(([, value]) => value !== null && value !== undefined && value !== "")
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </section>
      {mandates.length ? (
        <section aria-labelledby="project-mandates">
          <h2 id="project-mandates">{t.projects.mandates}</h2>
          <ul className="plain-list">
            {mandates.map((m) => (
              <li key={m.id}>
                <Link to={`/mandates/${m.id}`} className="capitalise">
                  {m.task}
                </Link>{" "}
                – {t.mandateStatuses[m.status]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {call ? (
        <section aria-labelledby="project-call">
          <h2 id="project-call">{t.followUp.projectForm.calls}</h2>
          <p>
            <Link to={`/deadlines#call-${call.id}`}>
              {call.fund} {call.code}
            </Link>{" "}
            – {call.title}
          </p>
        </section>
      ) : null}
      {meetings.length ? (
        <section aria-labelledby="project-meetings">
          <h2 id="project-meetings">{t.followUp.projectForm.reportedAt}</h2>
          <ul className="plain-list">
            {meetings.map((m) => (
              <li key={m.item_id}>
                <Link to={`/meetings/${m.id}#item-${m.item_id}`}>{m.title}</Link> – {m.paragraph ? `${t.meeting.paragraph(m.paragraph)} ` : ""}
                {m.item_title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {summaryHtml ? (
        <section aria-labelledby="summary">
          <h2 id="summary">{t.projects.summary}</h2>
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: summaryHtml }} />
        </section>
      ) : null}
    </article>
  );
}

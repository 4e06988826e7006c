import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useT } from "~/i18n/use-t";
import { listDecisionYears, listGroupDecisions, parseDecisionFilter } from "~/models/decision-register.server";
import { OUTCOMES } from "~/models/decision.server";
import { getRole } from "~/models/group.server";
import type { HydrateHandle } from "~/root";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { formatDay } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, (t) => (data ? t.register.decisions.title(data.group.shortName) : null));

/** Only reads (a GET filter and links): no JavaScript (root.tsx). */
export const handle: HydrateHandle = { hydrate: false };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const group = await db.selectFrom("group").select(["id", "name", "short_name"]).where("id", "=", parseId(params.groupId)).executeTakeFirst();
  if (!group) throw notFound();
  // Members of the group and administrators; to anyone else the group is not there.
  const role = await getRole(db, user, group.id);
  if (!role) throw notFound();
  const { after, ...filter } = parseDecisionFilter(new URL(request.url).searchParams);
  const [page, years] = await Promise.all([listGroupDecisions(db, group.id, role, filter, after), listDecisionYears(db, group.id)]);
  return { group: { id: group.id, name: group.name, shortName: group.short_name }, filter, paged: after !== null, years, ...page };
}

export default function DecisionRegister() {
  const { group, filter, paged, years, rows, next } = useLoaderData<typeof loader>();
  const t = useT();
  const r = t.register.decisions;
  const locale = useLocale();
  const query = (extra: Record<string, string>) =>
    `?${new URLSearchParams({
      ...(filter.year ? { year: String(filter.year) } : {}),
      ...(filter.outcome ? { outcome: filter.outcome } : {}),
      ...(filter.text ? { q: filter.text } : {}),
      ...extra,
    })}`;
  return (
    <>
      <h1>{r.title(group.shortName)}</h1>
      <p>
        {r.intro} <Link to={`/meetings?group=${group.id}`}>{t.meetings.title}</Link>
      </p>
      <Form method="get" className="filters" aria-label={r.filter}>
        <div className="field">
          <label htmlFor="decisions-year">{r.year}</label>
          <select id="decisions-year" name="year" defaultValue={filter.year ?? ""}>
            <option value="">{r.allYears}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="decisions-outcome">{r.outcome}</label>
          <select id="decisions-outcome" name="outcome" defaultValue={filter.outcome ?? ""}>
            <option value="">{r.allOutcomes}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t.outcomes[o]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="decisions-q">{r.text}</label>
          <input id="decisions-q" type="text" name="q" defaultValue={filter.text ?? ""} maxLength={100} />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {r.show}
          </button>
        </div>
      </Form>
      {rows.length === 0 ? (
        <p>{r.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table--cards">
            <thead>
              <tr>
                <th scope="col">{r.paragraph}</th>
                <th scope="col">{r.date}</th>
                <th scope="col">{r.matter}</th>
                <th scope="col">{r.outcome}</th>
                <th scope="col">{r.meeting}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.itemId}>
                  <td className="nowrap">
                    {d.paragraph !== null ? `§ ${d.paragraph}` : t.common.none}
                  </td>
                  <td className="nowrap" data-label={r.date}>
                    <time dateTime={d.meeting.date}>{formatDay(d.meeting.date, locale)}</time>
                  </td>
                  <td>
                    <Link to={`/meetings/${d.meeting.id}#item-${d.itemId}`}>{d.title}</Link>
                    {d.perCapsulam ? <small> ({r.perCapsulam})</small> : null}
                    {d.decisionText ? <p className="decision-excerpt">{excerpt(d.decisionText)}</p> : null}
                  </td>
                  <td data-label={r.outcome}>{t.outcomes[d.outcome]}</td>
                  <td data-label={r.meeting}>
                    <Link to={`/meetings/${d.meeting.id}`}>{d.meeting.title}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next || paged ? (
        <nav aria-label={t.register.paging.nav} className="pager">
          {paged ? <Link to={query({})}>{t.register.paging.first}</Link> : <span />}
          {next ? (
            <Link to={query({ after: next })} rel="next">
              {t.register.paging.older}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
}

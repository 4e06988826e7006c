// /search: words across agenda items, per-capsulam decisions, mandates and
// their trails, projects and calls, filtered by group, year and kind. Only
// what the user may read is found (app/search). A plain GET form.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { pageTitle } from "~/i18n/meta";
import type { HydrateHandle } from "~/root";
import { useLocale, useT } from "~/i18n/use-t";
import { listGroupsForUser } from "~/models/group.server";
import { listMeetingYears } from "~/models/meeting.server";
import { searchEngine, SEARCH_KINDS, type Marked, type SearchKind } from "~/search/index.server";
import { requireUser } from "~/utils/auth.server";
import { formatDay } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.archive.search.title);

/** Only reads: no JavaScript (root.tsx). */
export const handle: HydrateHandle = { hydrate: false };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const groups = await listGroupsForUser(db, user);
  const groupParam = Number(url.searchParams.get("group"));
  const groupId = groups.some((g) => g.id === groupParam) ? groupParam : null;
  const yearParam = Number(url.searchParams.get("year"));
  const year = Number.isInteger(yearParam) && yearParam >= 1900 && yearParam <= 2999 ? yearParam : null;
  const kindParam = url.searchParams.get("kind");
  const kind = SEARCH_KINDS.includes(kindParam as SearchKind) ? (kindParam as SearchKind) : null;
  const pageParam = Number(url.searchParams.get("page"));
  const page = Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 50 ? pageParam : 1;
  const [results, years] = await Promise.all([
    q ? searchEngine(db).search(user, { text: q, groupId, year, kind, page }) : Promise.resolve(null),
    listMeetingYears(db, user, null),
  ]);
  return {
    q,
    groupId,
    year,
    kind,
    results,
    years,
    groups: groups.map((g) => ({ id: g.id, shortName: g.shortName })),
  };
}

function Text({ marked }: { marked: Marked }) {
  return (
    <>
      {marked.map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : <Fragment key={i}>{piece.text}</Fragment>))}
    </>
  );
}

export default function SearchPage() {
  const { q, groupId, year, kind, results, years, groups } = useLoaderData<typeof loader>();
  const t = useT();
  const s = t.archive.search;
  const locale = useLocale();
  const pageLink = (page: number) =>
    `?${new URLSearchParams({ q, ...(groupId ? { group: String(groupId) } : {}), ...(year ? { year: String(year) } : {}), ...(kind ? { kind } : {}), page: String(page) })}`;
  return (
    <>
      <h1>{s.title}</h1>
      <Form method="get" className="filters search-form" role="search" aria-label={s.label}>
        <div className="field">
          <label htmlFor="search-q">{s.query}</label>
          <input id="search-q" type="search" name="q" defaultValue={q} aria-describedby="search-hint" />
        </div>
        <div className="field">
          <label htmlFor="search-group">{s.group}</label>
          <select id="search-group" name="group" defaultValue={groupId ?? ""}>
            <option value="">{s.allGroups}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-year">{s.year}</label>
          <select id="search-year" name="year" defaultValue={year ?? ""}>
            <option value="">{s.allYears}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-kind">{s.kind}</label>
          <select id="search-kind" name="kind" defaultValue={kind ?? ""}>
            <option value="">{s.allKinds}</option>
            {Object.entries(s.kinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">{s.button}</button>
      </Form>
      <p className="hint" id="search-hint">
        {s.hint}
      </p>
      {results ? (
        <section aria-labelledby="search-results">
          <h2 id="search-results">{results.page > 1 ? `${s.results} – ${s.page(results.page)}` : s.results}</h2>
          {results.hits.length === 0 ? (
            <p>{s.none(q)}</p>
          ) : (
            <ol className="search-results">
              {results.hits.map((hit) => (
                <li key={`${hit.kind}-${hit.refId}`} className="search-hit">
                  <p className="search-hit__meta muted">
                    {[s.kinds[hit.kind], hit.groupShortName, hit.paragraph !== null ? s.paragraph(hit.paragraph) : null, hit.day ? formatDay(hit.day, locale) : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  <h3 className="search-hit__title">
                    {hit.href ? (
                      <Link to={hit.href}>
                        <Text marked={hit.title} />
                      </Link>
                    ) : (
                      <Text marked={hit.title} />
                    )}
                  </h3>
                  {hit.snippet.length ? (
                    <p className="search-hit__snippet">
                      <Text marked={hit.snippet} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
          <p className="pager">
            {results.page > 1 ? <Link to={pageLink(results.page - 1)}>{s.previous}</Link> : null}{" "}
            {results.hasMore ? (
              <Link to={pageLink(results.page + 1)} rel="next">
                {s.next}
              </Link>
            ) : null}
          </p>
        </section>
      ) : null}
    </>
  );
}

import { pageTitle } from "~/i18n/meta";
import type { HydrateHandle } from "~/root";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";
import { listGroupsForUser } from "~/models/group.server";
import { listMeetings, listMeetingYears, type MeetingListRow } from "~/models/meeting.server";
import { canPlanMeeting } from "~/models/permissions";
import { requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import agendaStyles from "~/styles/agenda.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.meetings.title);

/** Only reads: no JavaScript (root.tsx). */
export const handle: HydrateHandle = { hydrate: false };

const PAGE = 50;

/** The archive by group and year, newest first; unknown filter values are dropped. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const url = new URL(request.url);
  const groups = await listGroupsForUser(db, user);
  const groupParam = Number(url.searchParams.get("group"));
  const groupId = groups.some((g) => g.id === groupParam) ? groupParam : null;
  const yearParam = Number(url.searchParams.get("year"));
  const year = Number.isInteger(yearParam) && yearParam >= 1900 && yearParam <= 2999 ? yearParam : null;
  const after = url.searchParams.get("after");
  const [meetings, years] = await Promise.all([
    listMeetings(db, user, today(), { groupId, year, after, pastLimit: PAGE }),
    listMeetingYears(db, user, groupId),
  ]);
  return {
    ...meetings,
    groupId,
    year,
    paged: Boolean(after),
    years,
    groups: groups.map((g) => ({ id: g.id, shortName: g.shortName, name: g.name })),
    // Planning and importing meetings are the secretary's.
    canPlan: groups.some((g) => canPlanMeeting(g.role)),
  };
}

export default function MeetingsPage() {
  const { upcoming, past, canPlan, groups, years, groupId, year, nextKey, paged } = useLoaderData<typeof loader>();
  const t = useT();
  const a = t.archive.meetings;
  const query = (extra: Record<string, string>) =>
    `?${new URLSearchParams({ ...(groupId ? { group: String(groupId) } : {}), ...(year ? { year: String(year) } : {}), ...extra })}`;
  return (
    <>
      <h1>{t.meetings.title}</h1>
      {canPlan ? (
        <p className="page-actions">
          <Link to="/meetings/new" className="button">
            {t.agendaEditor.planLink}
          </Link>{" "}
          <Link to="/meetings/import">{t.meetingImport.title}</Link>
        </p>
      ) : null}
      <Form method="get" className="filters" aria-label={a.filter}>
        <div className="field">
          <label htmlFor="meetings-group">{a.group}</label>
          <select id="meetings-group" name="group" defaultValue={groupId ?? ""}>
            <option value="">{a.allGroups}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.shortName} – {g.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="meetings-year">{a.year}</label>
          <select id="meetings-year" name="year" defaultValue={year ?? ""}>
            <option value="">{a.allYears}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">{a.show}</button>
      </Form>
      {/* Every decision of a group, by § (issue 14). */}
      <nav aria-label={t.register.decisions.link} className="decision-links">
        {t.register.decisions.link}:{" "}
        {groups
          .filter((g) => groupId === null || g.id === groupId)
          .map((g, i) => (
            <span key={g.id}>
              {i ? " · " : ""}
              <Link to={`/groups/${g.id}/decisions${year ? `?year=${year}` : ""}`}>{g.shortName}</Link>
            </span>
          ))}
      </nav>
      {year === null && !paged ? <MeetingTable id="upcoming" title={t.meetings.upcoming} meetings={upcoming} /> : null}
      <MeetingTable id="past" title={year !== null ? a.pastOf(year) : t.meetings.past} meetings={past} />
      <p className="pager">
        {paged ? <Link to={query({})}>{a.newest}</Link> : null}{" "}
        {nextKey ? (
          <Link to={query({ after: nextKey })} rel="next">
            {a.older}
          </Link>
        ) : null}
      </p>
    </>
  );
}

function MeetingTable({ id, title, meetings }: { id: string; title: string; meetings: MeetingListRow[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {meetings.length === 0 ? (
        <p>{t.meetings.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table--cards">
            <thead>
              <tr>
                <th scope="col">{t.meetings.date}</th>
                <th scope="col">{t.meetings.meeting}</th>
                <th scope="col">{t.meetings.group}</th>
                <th scope="col">{t.meetings.state}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td className="nowrap">{formatDay(m.date, locale)}</td>
                  <td>
                    <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                  </td>
                  <td data-label={t.meetings.group}>{m.groupShortName}</td>
                  <td data-label={t.meetings.state}>
                    {m.cancelledAt ? <strong>{t.meetings.cancelled}</strong> : t.meetingStates[m.state]}
                    {m.importUnchecked ? <span className="import-unchecked"> {t.meetingImport.uncheckedBadge}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import { pageTitle } from "~/i18n/meta";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";
import { listGroupsForUser } from "~/models/group.server";
import { listMeetings, type MeetingListRow } from "~/models/meeting.server";
import { canPlanMeeting } from "~/models/permissions";
import { requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import agendaStyles from "~/styles/agenda.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.meetings.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [meetings, groups] = await Promise.all([listMeetings(getDb(), user, today()), listGroupsForUser(getDb(), user)]);
  // Planning and importing meetings are the secretary's.
  return { ...meetings, canPlan: groups.some((g) => canPlanMeeting(g.role)) };
}

export default function MeetingsPage() {
  const { upcoming, past, canPlan } = useLoaderData<typeof loader>();
  const t = useT();
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
      <MeetingTable id="upcoming" title={t.meetings.upcoming} meetings={upcoming} />
      <MeetingTable id="past" title={t.meetings.past} meetings={past} />
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
                  <td data-label={t.meetings.state}>{t.meetingStates[m.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DueBadge, DueText } from "~/components/mandate-due";
import { useLocale, useT } from "~/i18n/use-t";
import { listOpenCalls } from "~/models/funding-call.server";
import { listGroupsForUser } from "~/models/group.server";
import { listMandates } from "~/models/mandate.server";
import { listMeetings } from "~/models/meeting.server";
import { requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction = () => [{ title: "Översikt – Styrbord" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const day = today();
  const [groups, meetings, mandates, calls] = await Promise.all([
    listGroupsForUser(db, user),
    listMeetings(db, user, day),
    listMandates(db, user, day),
    listOpenCalls(db, day),
  ]);
  // Staff see their own unit's mandates; everyone else those of their groups.
  const open = mandates.filter((m) => m.dueState !== "closed" && (user.unitId === null || m.unitName === user.unitName));
  return {
    user: { name: user.name, unitName: user.unitName },
    groups,
    nextMeeting: meetings.upcoming[0] ?? null,
    latest: meetings.past.slice(0, 3),
    mandates: open.slice(0, 8),
    overdueCount: open.filter((m) => m.dueState === "overdue").length,
    calls,
  };
}

export default function Dashboard() {
  const { user, groups, nextMeeting, latest, mandates, overdueCount, calls } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t.home.greeting(user.name)}</h1>
      <ul className="chips" aria-label={t.home.yourGroups}>
        {groups.map((g) => (
          <li key={g.id} className="chip">
            <strong>{g.shortName}</strong> {g.role ? t.roles[g.role] : null}
          </li>
        ))}
      </ul>
      <div className="dashboard">
        <section aria-labelledby="next-meeting" className="card">
          <h2 id="next-meeting">{t.home.nextMeeting}</h2>
          {nextMeeting ? (
            <p>
              <Link to={`/meetings/${nextMeeting.id}`}>{nextMeeting.title}</Link>
              <br />
              {formatDay(nextMeeting.date, locale)} · {t.meetingStates[nextMeeting.state]}
            </p>
          ) : (
            <p>{t.home.noNextMeeting}</p>
          )}
          <h3>{t.home.latestMeetings}</h3>
          <ul className="plain-list">
            {latest.map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>{m.title}</Link> – {formatDay(m.date, locale)}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/meetings">{t.home.seeAllMeetings}</Link>
          </p>
        </section>
        <section aria-labelledby="open-mandates" className="card">
          <h2 id="open-mandates">
            {user.unitName ? t.home.unitMandates(user.unitName) : t.home.openMandates}
            {overdueCount ? <span className="badge badge--overdue">{`${overdueCount} ${t.mandates.overdue.toLowerCase()}`}</span> : null}
          </h2>
          {mandates.length ? (
            <ul className="plain-list">
              {mandates.map((m) => (
                <li key={m.id}>
                  <span className="capitalise">{m.task}</span> <DueBadge state={m.dueState} />
                  <br />
                  <small>
                    {m.unitName ?? t.mandates.noAssignee} · <DueText dueDate={m.dueDate} dueMeetingDate={m.dueMeetingDate} />
                  </small>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.home.noOpenMandates}</p>
          )}
          <p>
            <Link to="/mandates">{t.home.seeAllMandates}</Link>
          </p>
        </section>
        <section aria-labelledby="deadlines" className="card">
          <h2 id="deadlines">{t.home.upcomingDeadlines}</h2>
          {calls.length ? (
            <ul className="plain-list">
              {calls.map((c) => (
                <li key={c.id}>
                  <strong>
                    {c.fund} {c.code}
                  </strong>
                  : {formatDay(c.opens_on, locale)} – {formatDay(c.closes_on, locale)}
                  {c.application_deadline ? <>, {t.meeting.applicationDeadline(formatDay(c.application_deadline, locale))}</> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.home.noDeadlines}</p>
          )}
        </section>
      </div>
    </>
  );
}

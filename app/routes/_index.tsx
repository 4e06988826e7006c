import { pageTitle } from "~/i18n/meta";
import type { HydrateHandle } from "~/root";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DueBadge, DueText } from "~/components/mandate-due";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { getDashboard } from "~/models/dashboard.server";
import { RoundsToAnswer } from "~/rounds/to-answer";
import { listRoundsToAnswer } from "~/rounds";
import { requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.home.title);

/** Only reads: no JavaScript (root.tsx). */
export const handle: HydrateHandle = { hydrate: false };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const t = messagesFor(await getLocale(request));
  const dashboard = await getDashboard(getDb(), user, today(), t.followUp.timeline);
  return { user: { name: user.name }, ...dashboard, roundsToAnswer: await listRoundsToAnswer(getDb(), user.id) };
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function DeadlineList({ items }: { items: NonNullable<Data["staff"]>["deadlines"] }) {
  const t = useT();
  const locale = useLocale();
  if (!items.length) return <p>{t.followUp.dashboard.noDeadlines}</p>;
  return (
    <ul className="plain-list">
      {items.slice(0, 12).map((d) => (
        <li key={d.key}>
          <time dateTime={d.day}>{formatDay(d.day, locale)}</time>: {d.href ? <Link to={d.href}>{d.label}</Link> : d.label}
        </li>
      ))}
    </ul>
  );
}

function NextMeeting({ meeting }: { meeting: Data["nextMeeting"] | null }) {
  const t = useT();
  const locale = useLocale();
  return meeting ? (
    <p>
      <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      <br />
      {formatDay(meeting.date, locale)} · {t.meetingStates[meeting.state]}
    </p>
  ) : (
    <p>{t.home.noNextMeeting}</p>
  );
}

export default function Dashboard() {
  const data = useLoaderData<typeof loader>();
  const { staff, secretary, member, fallback } = data;
  const showNext = !secretary || (data.nextMeeting !== null && data.nextMeeting.id !== secretary.nextMeeting?.id);
  const t = useT();
  const d = t.followUp.dashboard;
  const locale = useLocale();
  return (
    <>
      <h1>{t.home.greeting(data.user.name)}</h1>
      <ul className="chips" aria-label={t.home.yourGroups}>
        {data.groups.map((g) => (
          <li key={g.id} className="chip">
            <strong>{g.shortName}</strong> {g.role ? t.roles[g.role] : null}{" "}
            <Link to={`/groups/${g.id}/decisions`} aria-label={`${t.register.decisions.link} ${g.shortName}`}>
              {t.register.decisions.link}
            </Link>
          </li>
        ))}
      </ul>
      <div className="dashboard">
        {data.roundsToAnswer.length ? <RoundsToAnswer rounds={data.roundsToAnswer} /> : null}
        {staff ? (
          <section aria-labelledby="unit-mandates" className="card">
            <h2 id="unit-mandates">
              {d.staffTitle(staff.unitName)}
              {staff.overdueCount ? <span className="badge badge--overdue">{d.overdueCount(staff.overdueCount)}</span> : null}
            </h2>
            <p className="muted">{d.overdueFirst}</p>
            {staff.mandates.length ? (
              <ul className="plain-list">
                {staff.mandates.map((m) => (
                  <li key={m.id}>
                    <Link to={`/mandates/${m.id}`} className="capitalise">
                      {m.task}
                    </Link>{" "}
                    <DueBadge state={m.dueState} />
                    <br />
                    <small>
                      {m.groupShortName} · <DueText dueDate={m.dueDate} dueMeetingDate={m.dueMeetingDate} /> · {t.mandateStatuses[m.status]}
                    </small>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t.home.noOpenMandates}</p>
            )}
            <p>
              <Link to={`/mandates?unit=${staff.unitId}&status=open`}>{d.seeRegister}</Link>
            </p>
          </section>
        ) : null}
        {staff ? (
          <section aria-labelledby="deadlines-90" className="card">
            <h2 id="deadlines-90">{d.deadlines90}</h2>
            <DeadlineList items={staff.deadlines} />
            <p>
              <Link to="/deadlines">{d.seeDeadlines}</Link>
            </p>
          </section>
        ) : null}
        {secretary ? (
          <section aria-labelledby="before-next" className="card">
            <h2 id="before-next">{d.secretaryTitle}</h2>
            <NextMeeting meeting={secretary.nextMeeting} />
            {secretary.nextMeeting ? (
              <>
                <h3>{d.missingBackground}</h3>
                {secretary.missingBackground.length ? (
                  <ul className="plain-list">
                    {secretary.missingBackground.map((i) => (
                      <li key={i.id}>
                        <Link to={`/meetings/${secretary.nextMeeting!.id}#item-${i.id}`}>{i.title}</Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{d.noMissingBackground}</p>
                )}
              </>
            ) : null}
            <h3 id="due-without-report">{d.dueWithoutReport}</h3>
            {secretary.dueWithoutReport.length ? (
              <ul className="plain-list" aria-labelledby="due-without-report">
                {secretary.dueWithoutReport.map((m) => (
                  <li key={m.id}>
                    <Link to={`/mandates/${m.id}`} className="capitalise">
                      {m.task}
                    </Link>{" "}
                    <DueBadge state={m.due_state} />
                    <br />
                    <small>
                      {m.unit_name ?? t.mandates.noAssignee} · <DueText dueDate={m.due_date} dueMeetingDate={m.due_meeting_date} />
                    </small>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{d.noDueWithoutReport}</p>
            )}
          </section>
        ) : null}
        <section aria-labelledby="next-meeting" className="card">
          {/* Unless the secretary's card above already names it (a secretary of another group still sees this one). */}
          {showNext ? (
            <>
              <h2 id="next-meeting">{t.home.nextMeeting}</h2>
              <NextMeeting meeting={data.nextMeeting} />
            </>
          ) : null}
          {showNext ? <h3>{t.home.latestMeetings}</h3> : <h2 id="next-meeting">{t.home.latestMeetings}</h2>}
          <ul className="plain-list">
            {data.latest.map((m) => (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`}>{m.title}</Link> – {formatDay(m.date, locale)}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/meetings">{t.home.seeAllMeetings}</Link>
          </p>
        </section>
        {member ? (
          <section aria-labelledby="to-approve" className="card">
            <h2 id="to-approve">{d.memberTitle}</h2>
            {member.awaitingApproval.length ? (
              <ul className="plain-list">
                {member.awaitingApproval.map((a) => (
                  <li key={`${a.meetingId}-${a.role}`}>
                    <Link to={`/meetings/${a.meetingId}`}>{a.title}</Link> ({d.approveAs[a.role]})
                    <br />
                    <small>{formatDay(a.date, locale)}</small>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{d.noApprovals}</p>
            )}
          </section>
        ) : null}
        {fallback ? (
          <>
            <section aria-labelledby="open-mandates" className="card">
              <h2 id="open-mandates">{t.home.openMandates}</h2>
              {fallback.mandates.length ? (
                <ul className="plain-list">
                  {fallback.mandates.map((m) => (
                    <li key={m.id}>
                      <Link to={`/mandates/${m.id}`} className="capitalise">
                        {m.task}
                      </Link>{" "}
                      <DueBadge state={m.dueState} />
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
            <section aria-labelledby="deadlines-90" className="card">
              <h2 id="deadlines-90">{d.deadlines90}</h2>
              <DeadlineList items={fallback.deadlines} />
              <p>
                <Link to="/deadlines">{d.seeDeadlines}</Link>
              </p>
            </section>
          </>
        ) : null}
      </div>
    </>
  );
}

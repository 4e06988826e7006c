import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AgendaList } from "~/components/agenda-list";
import { useLocale, useT } from "~/i18n/use-t";
import { getMeetingView } from "~/models/meeting.server";
import { agendaIsOpen, canEditAgenda } from "~/models/permissions";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { formatDayLong, formatInstant, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.meeting.title} – Styrbord` : "Styrbord" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const view = await getMeetingView(getDb(), user, parseId(params.meetingId), today());
  if (!view) throw notFound();
  return view;
}

/** Minutes are shown once the meeting has been held; before that, the agenda. */
const MINUTES_STATES = ["held", "minutes_drafted", "minutes_approved"];

export default function MeetingPage() {
  const { meeting, sections, attendance, approvals, role } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const isMinutes = MINUTES_STATES.includes(meeting.state);
  const present = attendance.filter((a) => a.status !== "absent");
  const absent = attendance.filter((a) => a.status === "absent");
  return (
    <article className="meeting">
      <p className="eyebrow">
        <Link to="/meetings">{t.meetings.title}</Link> › {meeting.groupName}
      </p>
      <h1>
        {meeting.title}
        <span className="subtitle">{isMinutes ? t.meeting.minutes : t.meeting.agenda}</span>
      </h1>
      <dl className="facts">
        <div>
          <dt>{t.meeting.dateAndPlace}</dt>
          <dd>
            {formatDayLong(meeting.date, locale)}
            {meeting.startTime ? `, ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ""}` : ""}
            {" · "}
            {meeting.place ?? t.meeting.noPlace}
          </dd>
        </div>
        <div>
          <dt>{t.meetings.state}</dt>
          <dd>
            <span className={`state state--${meeting.state}`}>{t.meetingStates[meeting.state]}</span>
          </dd>
        </div>
      </dl>

      <p className="toolbar-row no-print">
        <Link to={`/meetings/${meeting.id}/agenda`}>
          {canEditAgenda(role) && agendaIsOpen(meeting.state) ? t.agendaEditor.editLink : t.agendaEditor.viewAgenda}
        </Link>
        <a href={`/meetings/${meeting.id}/agenda.pdf`} download>
          {t.agendaEditor.pdfLink}
        </a>
      </p>

      {isMinutes && attendance.length ? (
        <section aria-labelledby="attendance" className="attendance">
          <h2 id="attendance">{t.meeting.attendance}</h2>
          <ul className="plain-list">
            {present.map((a) => (
              <li key={a.id}>
                {a.name}
                {a.represents ? `, ${a.represents}` : ""}
                {a.status === "substitute" && a.substituteFor ? ` (${t.meeting.substitute(a.substituteFor)})` : ""}
                {a.isChecker ? ` (${t.meeting.checker})` : ""}
              </li>
            ))}
          </ul>
          {absent.length ? (
            <p>
              {t.meeting.absent}: {absent.map((a) => a.name).join(", ")}
            </p>
          ) : null}
        </section>
      ) : null}

      <AgendaList sections={sections} isMinutes={isMinutes} />

      {isMinutes && approvals.length ? (
        <section aria-labelledby="approvals" className="approvals">
          <h2 id="approvals">{t.meeting.approvals}</h2>
          <ul className="plain-list">
            {approvals.map((a) => (
              <li key={a.id}>
                {a.role === "chair" ? t.roles.chair : t.meeting.checker}:{" "}
                {a.state === "approved" && a.decidedAt ? (
                  <>
                    {t.meeting.approvedBy} – {t.meeting.approvedAt(a.name, formatInstant(a.decidedAt, locale))}
                  </>
                ) : (
                  a.name
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

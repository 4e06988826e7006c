import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AgendaList } from "~/components/agenda-list";
import { listManageableItems, listMeetingDocuments } from "~/documents";
import documentStyles from "~/styles/documents.css";
import { ApprovalPanel, AttendancePanel, CorrectionPanel, HistoryPanel, MeetingStateActions } from "~/components/minutes/panels";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { getRole } from "~/models/group.server";
import { getMeetingView } from "~/models/meeting.server";
import { getMinutesMeeting } from "~/models/minutes.server";
import { getMinutesExtras } from "~/models/minutes-view.server";
import { agendaIsOpen, canCorrectMinutes, canEditAgenda } from "~/models/permissions";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { formatDay, formatMeetingWhen, formatInstant, stockholmDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import type { MinutesActionData } from "~/utils/minutes-form.server";
import { getLocale } from "~/utils/session.server";
import minutesStyles from "~/styles/minutes.css";
import { getGroupProtocolSettings, getMinutesPosting } from "~/protocol";
import { handleMeetingIntent } from "./intents.server";
import type { HydrateHandle } from "~/root";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: minutesStyles },
  { rel: "stylesheet", href: documentStyles },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.meeting.title} – Styrbord` : "Styrbord" },
];

/** Approved minutes only read (a correction is a plain form): no JavaScript, no editor (root.tsx). */
export const handle: HydrateHandle = {
  hydrate: (data) => (data as { meeting?: { state?: string } } | undefined)?.meeting?.state !== "minutes_approved",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const view = await getMeetingView(db, user, parseId(params.meetingId), today());
  if (!view) throw notFound();
  const [extras, settings, posting, documentList, manageableItems] = await Promise.all([
    getMinutesExtras(db, user.id, view.meeting.id, view.meeting.groupId, view.role),
    getGroupProtocolSettings(db, view.meeting.groupId),
    getMinutesPosting(db, view.meeting.id),
    listMeetingDocuments(db, view.meeting.id),
    listManageableItems(db, user, view.meeting.id),
  ]);
  const documents = Object.fromEntries(documentList);
  return { ...view, extras, protocol: { postsMinutes: settings?.postsMinutes ?? false, posting }, documents, manageableItems };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const meetingId = parseId(params.meetingId);
  const db = getDb();
  const t = messagesFor(await getLocale(request));
  const meeting = await getMinutesMeeting(db, meetingId);
  if (!meeting) throw notFound();
  const role = await getRole(db, user, meeting.group_id);
  if (!role) throw notFound();
  return handleMeetingIntent({ db, userId: user.id, meetingId, role, t, formData: await readForm(request) });
}

/** Minutes are shown once the meeting has been held; before that, the agenda. */
const MINUTES_STATES = ["held", "minutes_drafted", "minutes_approved"];

export default function MeetingPage() {
  const { meeting, sections, attendance, extras, role, importedFrom, importReviewedAt, protocol, documents, manageableItems } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MinutesActionData | undefined;
  const t = useT();
  const locale = useLocale();
  const isMinutes = MINUTES_STATES.includes(meeting.state);
  const editable = meeting.state === "held" || meeting.state === "minutes_drafted";
  const present = attendance.filter((a) => a.status !== "absent");
  const absent = attendance.filter((a) => a.status === "absent");
  const stateLabel = meeting.state === "minutes_drafted" && extras.minutesSentAt ? t.minutes.sentForApproval : t.meetingStates[meeting.state];
  const unknownError = actionData?.intent === "unknown" || actionData?.intent === "hold" ? actionData.result.error?.[""] : null;
  return (
    <article className="meeting">
      <p className="eyebrow">
        <Link to="/meetings">{t.meetings.title}</Link> › {meeting.groupName}
      </p>
      <h1>
        {meeting.title}
        <span className="subtitle">{isMinutes ? t.meeting.minutes : t.meeting.agenda}</span>
      </h1>
      {unknownError ? (
        <p className="form-error" role="alert">
          {unknownError.join(" ")}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t.meeting.dateAndPlace}</dt>
          <dd>
            {formatMeetingWhen(meeting, locale)}
            {" · "}
            {meeting.place ?? t.meeting.noPlace}
          </dd>
        </div>
        <div>
          <dt>{t.meetings.state}</dt>
          <dd>
            <span className={`state state--${meeting.state}`}>{meeting.cancelledAt ? t.notifications.reschedule.cancelled : stateLabel}</span>
            {extras.minutesSentAt ? <span className="muted"> · {t.minutes.version(extras.minutesVersion)}</span> : null}
          </dd>
        </div>
        {meeting.state === "minutes_approved" && meeting.minutesApprovedAt ? (
          <div>
            <dt>{protocol.postsMinutes ? t.protocol.postingTitle : t.protocol.approval}</dt>
            <dd>
              {t.protocol.approvedOn(formatDay(stockholmDay(new Date(meeting.minutesApprovedAt)), locale))}
              {protocol.postsMinutes ? (
                <>
                  {" · "}
                  {protocol.posting ? t.protocol.postingDates(formatDay(protocol.posting.postedOn, locale), formatDay(protocol.posting.takenDownOn, locale)) : t.protocol.postingNotYet}
                  {extras.can.send ? (
                    <>
                      {" "}
                      <Link to={`/meetings/${meeting.id}/posting`}>{protocol.posting ? t.protocol.postingChange : t.protocol.postingRecord}</Link>
                    </>
                  ) : null}
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        {importedFrom ? (
          <div>
            <dt>{t.meetingImport.original}</dt>
            <dd>
              <a href={`/meetings/${meeting.id}/source`} download>
                {importedFrom}
              </a>
              {/* (The check's redirect lands here, #import-review, where the notice it replaces stood.) */}
              {importReviewedAt ? (
                <span id="import-review" className="import-reviewed">
                  {t.meetingImport.reviewedOn(formatDay(stockholmDay(new Date(importReviewedAt)), locale))}
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {importedFrom && !importReviewedAt ? (
        <section id="import-review" className="import-review no-print" aria-labelledby="import-review-text">
          <p id="import-review-text">{t.meetingImport.unreviewed}</p>
          {canCorrectMinutes(role) ? (
            <form method="post">
              <input type="hidden" name="intent" value="reviewImport" />
              <button type="submit">{t.meetingImport.markReviewed}</button>
            </form>
          ) : null}
        </section>
      ) : null}

      <p className="meeting-actions no-print">
        {/* The secretary's "edit agenda" link is in MeetingStateActions. */}
        {canEditAgenda(role) && agendaIsOpen(meeting.state) ? null : <Link to={`/meetings/${meeting.id}/agenda`}>{t.agendaEditor.viewAgenda}</Link>}
        <a href={`/meetings/${meeting.id}/agenda.pdf`} download>
          {t.agendaEditor.pdfLink}
        </a>
        <a href={`/meetings/${meeting.id}/notice.pdf`} download>
          {t.protocol.noticeLink}
        </a>{" "}
        ·{" "}
        <a href={`/meetings/${meeting.id}/pack.pdf`} download>
          {t.documents.pack}
        </a>
      </p>

      <MeetingStateActions meetingId={meeting.id} groupId={meeting.groupId} state={meeting.state} extras={extras} isMinutes={isMinutes} />

      {isMinutes && editable && extras.can.record ? (
        <AttendancePanel extras={extras} actionData={actionData} />
      ) : isMinutes && attendance.length ? (
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

      <AgendaList sections={sections} isMinutes={isMinutes} minutes={{ extras, editable, actionData }} documents={{ meetingId: meeting.id, byItem: documents, manageable: manageableItems }} />

      {isMinutes ? <ApprovalPanel meetingState={meeting.state} extras={extras} actionData={actionData} /> : null}
      {meeting.state === "minutes_approved" || extras.corrections.length ? <CorrectionPanel sections={sections} extras={extras} actionData={actionData} locked={meeting.state === "minutes_approved"} /> : null}
      {extras.can.history ? <HistoryPanel history={extras.history} /> : null}
      {meeting.minutesApprovedAt ? (
        <p className="muted">
          {t.meeting.approvedBy}: {formatInstant(meeting.minutesApprovedAt, locale)}
        </p>
      ) : null}
    </article>
  );
}

import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AgendaList } from "~/components/agenda-list";
import { ApprovalPanel, AttendancePanel, CorrectionPanel, HistoryPanel, MeetingStateActions } from "~/components/minutes/panels";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { approveMinutes, returnMinutes } from "~/models/approval.server";
import { addSubstitute, removeSubstitute, saveAttendance } from "~/models/attendance.server";
import { followUpMandate, markStance, recordDecision, withdrawMandate } from "~/models/decision.server";
import { getMeetingView } from "~/models/meeting.server";
import { getMinutesMeeting, holdMeeting, recordCorrection, sendMinutesForApproval } from "~/models/minutes.server";
import { getMinutesExtras } from "~/models/minutes-view.server";
import { canCorrectMinutes, canMarkStance, canRecordDecisions, canSendMinutes } from "~/models/permissions";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { formatDayLong, formatInstant, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { readRichText, refusalReply, richTextError, type MinutesActionData } from "~/utils/minutes-form.server";
import { getLocale } from "~/utils/session.server";
import { getRole } from "~/models/group.server";
import {
  attendanceSchema,
  correctionSchema,
  decisionSchema,
  followUpSchema,
  returnSchema,
  stanceSchema,
  substituteSchema,
  toMandateInput,
} from "~/validation/minutes";
import minutesStyles from "~/styles/minutes.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: minutesStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.meeting.title} – Styrbord` : "Styrbord" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const view = await getMeetingView(db, user, parseId(params.meetingId), today());
  if (!view) throw notFound();
  const extras = await getMinutesExtras(db, user.id, view.meeting.id, view.meeting.groupId, view.role);
  return { ...view, extras };
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
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const back = (anchor = "") => redirect(`/meetings/${meetingId}${anchor}`, 303);
  const require = (allowed: boolean) => {
    if (!allowed) throw forbidden();
  };

  const fail = (schemaIntent: string, itemId: number | null, result: MinutesActionData["result"], status = 400) =>
    data<MinutesActionData>({ intent: schemaIntent, itemId, result }, { status });

  switch (intent) {
    case "hold": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      try {
        await holdMeeting(db, user.id, meetingId);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back();
    }
    case "decision": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: decisionSchema(t) });
      const itemId = Number(formData.get("itemId")) || null;
      const change = formData.get("change");
      if (typeof change === "string") {
        // "Add a mandate" / "Remove this mandate": the form comes back with one row more or less.
        const initialValue = (submission.reply().initialValue ?? {}) as Record<string, unknown>;
        const rows = Array.isArray(initialValue.mandates) ? [...initialValue.mandates] : [];
        if (change === "add") rows.push({ dueKind: "next" });
        else if (change.startsWith("remove-")) rows.splice(Number(change.slice("remove-".length)), 1);
        return data<MinutesActionData>({ intent, itemId, result: { initialValue: { ...initialValue, mandates: rows } } });
      }
      if (submission.status !== "success") return fail(intent, itemId, submission.reply(), submission.status === "error" ? 400 : 200);
      const rich = readRichText(submission.value.decision);
      if (!rich.ok) return fail(intent, itemId, submission.reply({ fieldErrors: { decision: [richTextError(t, rich.error)] } }));
      try {
        await recordDecision(
          db,
          user.id,
          { meetingId, itemId: submission.value.itemId, version: submission.value.version, outcome: submission.value.outcome, decision: rich.value, mandates: submission.value.mandates.map(toMandateInput) },
          today(),
        );
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, itemId);
      }
      return back(`#item-${submission.value.itemId}`);
    }
    case "followUp": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: followUpSchema(t) });
      const itemId = Number(formData.get("itemId")) || null;
      if (submission.status !== "success") return fail(intent, itemId, submission.reply(), submission.status === "error" ? 400 : 200);
      const { status, note, mandates } = submission.value;
      try {
        await followUpMandate(
          db,
          user.id,
          { meetingId, itemId: submission.value.itemId, status, note: note || null, continuation: status === "continued" && mandates[0] ? toMandateInput(mandates[0]) : null },
          today(),
        );
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, itemId);
      }
      return back(`#item-${submission.value.itemId}`);
    }
    case "withdrawMandate": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      const mandateId = Number(formData.get("mandateId"));
      const itemId = Number(formData.get("itemId")) || null;
      if (!Number.isInteger(mandateId) || mandateId <= 0) throw notFound();
      try {
        await withdrawMandate(db, user.id, meetingId, mandateId);
      } catch (error) {
        return refusalReply(t, error, submission.reply, "decision", itemId);
      }
      return back(itemId ? `#item-${itemId}` : "");
    }
    case "stance": {
      require(canMarkStance(role));
      const submission = parseWithZod(formData, { schema: stanceSchema(t) });
      const itemId = Number(formData.get("itemId")) || null;
      if (submission.status !== "success") return fail(intent, itemId, submission.reply());
      try {
        await markStance(db, user.id, { meetingId, itemId: submission.value.itemId, stance: submission.value.stance, reason: submission.value.reason ?? null });
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, itemId);
      }
      return back(`#item-${submission.value.itemId}`);
    }
    case "attendance": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: attendanceSchema(t) });
      if (submission.status !== "success") return fail(intent, null, submission.reply());
      const { person, status, checker } = submission.value;
      const rows = person
        .map((userId, index) => ({ userId, status: status[index], isChecker: checker.includes(userId) }))
        .filter((r): r is { userId: number; status: "present" | "absent"; isChecker: boolean } => r.status === "present" || r.status === "absent");
      try {
        await saveAttendance(db, user.id, meetingId, rows);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#attendance");
    }
    case "addSubstitute": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: substituteSchema(t) });
      if (submission.status !== "success") return fail(intent, null, submission.reply());
      try {
        await addSubstitute(db, user.id, meetingId, { name: submission.value.name, represents: submission.value.represents || null, substituteFor: submission.value.substituteFor });
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#attendance");
    }
    case "removeSubstitute": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      const attendanceId = Number(formData.get("attendanceId"));
      if (!Number.isInteger(attendanceId) || attendanceId <= 0) throw notFound();
      try {
        await removeSubstitute(db, user.id, meetingId, attendanceId);
      } catch (error) {
        return refusalReply(t, error, submission.reply, "addSubstitute", null);
      }
      return back("#attendance");
    }
    case "send": {
      require(canSendMinutes(role));
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      try {
        await sendMinutesForApproval(db, user.id, meetingId);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#approval");
    }
    case "approve": {
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      const version = Number(formData.get("minutesVersion"));
      try {
        await approveMinutes(db, user.id, meetingId, Number.isInteger(version) ? version : -1);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#approval");
    }
    case "return": {
      const submission = parseWithZod(formData, { schema: returnSchema(t) });
      if (submission.status !== "success") return fail(intent, null, submission.reply());
      try {
        await returnMinutes(db, user.id, meetingId, submission.value.comment);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#approval");
    }
    case "correction": {
      require(canCorrectMinutes(role));
      const submission = parseWithZod(formData, { schema: correctionSchema(t) });
      if (submission.status !== "success") return fail(intent, null, submission.reply());
      try {
        await recordCorrection(db, user.id, { meetingId, itemId: submission.value.itemId ?? null, field: submission.value.field, after: submission.value.after, reason: submission.value.reason });
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#corrections");
    }
    default: {
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      return fail("unknown", null, submission.reply({ formErrors: [t.minutes.errors.badIntent] }));
    }
  }
}

/** Minutes are shown once the meeting has been held; before that, the agenda. */
const MINUTES_STATES = ["held", "minutes_drafted", "minutes_approved"];

export default function MeetingPage() {
  const { meeting, sections, attendance, extras, importedFrom } = useLoaderData<typeof loader>();
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
            {formatDayLong(meeting.date, locale)}
            {meeting.startTime ? `, ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ""}` : ""}
            {" · "}
            {meeting.place ?? t.meeting.noPlace}
          </dd>
        </div>
        <div>
          <dt>{t.meetings.state}</dt>
          <dd>
            <span className={`state state--${meeting.state}`}>{stateLabel}</span>
            {extras.minutesSentAt ? <span className="muted"> · {t.minutes.version(extras.minutesVersion)}</span> : null}
          </dd>
        </div>
        {importedFrom ? (
          <div>
            <dt>{t.meetingImport.original}</dt>
            <dd>
              <a href={`/meetings/${meeting.id}/source`} download>
                {importedFrom}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>

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

      <AgendaList sections={sections} isMinutes={isMinutes} minutes={{ extras, editable, actionData }} />

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

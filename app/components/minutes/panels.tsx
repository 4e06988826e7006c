// The meeting-level panels of the meeting page: starting the meeting and
// sending the minutes, attendance, approval, corrections, and the history.
import { Form, Link } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";
import type { MeetingView } from "~/models/meeting.server";
import type { MinutesExtras } from "~/models/minutes-view.server";
import { formatInstant } from "~/utils/dates";
import { FieldError, FormError, formState, type ActionData } from "./form-state";

type Props = { extras: MinutesExtras; actionData: ActionData };

export function MeetingStateActions({ meetingId, groupId, state, extras, isMinutes }: { meetingId: number; groupId: number; state: string; extras: MinutesExtras; isMinutes: boolean }) {
  const t = useT();
  return (
    <div className="meeting-actions no-print">
      {!isMinutes && extras.can.record ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="hold" />
          <button type="submit" className="button">
            {t.minutes.startMeeting}
          </button>{" "}
          <span className="muted small">{t.minutes.startMeetingHint}</span>
        </Form>
      ) : null}
      {!isMinutes && extras.can.send ? <Link to={`/meetings/${meetingId}/agenda`}>{t.minutes.editAgenda}</Link> : null}
      {extras.can.send ? <Link to={`/groups/${groupId}/per-capsulam`}>{t.minutes.perCapsulam.link}</Link> : null}
      {extras.can.send ? <Link to={`/groups/${groupId}/rounds`}>{t.rounds.link}</Link> : null}
      {extras.can.send ? <Link to={`/groups/${groupId}/protocol`}>{t.protocol.settingsLink}</Link> : null}
      {isMinutes ? (
        <>
          <a href={`/meetings/${meetingId}/minutes.pdf`} download={false}>
            {t.minutes.pdf}
          </a>
          {state === "minutes_approved" ? null : <span className="muted small">({t.minutes.draftMark})</span>}
        </>
      ) : null}
    </div>
  );
}

export function AttendancePanel({ extras, actionData }: Props) {
  const t = useT();
  const state = formState(actionData, "attendance");
  const sub = formState(actionData, "addSubstitute");
  return (
    <section aria-labelledby="attendance" className="attendance">
      <h2 id="attendance">{t.minutes.attendanceTitle}</h2>
      <Form method="post" preventScrollReset>
        <FormError errors={state.formErrors} />
        <input type="hidden" name="intent" value="attendance" />
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.minutes.attendanceLegend}</caption>
            <thead>
              <tr>
                <th scope="col">{t.minutes.person}</th>
                <th scope="col">{t.meetings.state}</th>
                <th scope="col">{t.minutes.checkerShort}</th>
              </tr>
            </thead>
            <tbody>
              {extras.sheet.map((p) => (
                <tr key={p.userId}>
                  <th scope="row">
                    {p.name}
                    <br />
                    <small className="muted">{t.roles[p.role]}</small>
                    <input type="hidden" name="person" value={p.userId} />
                  </th>
                  <td>
                    <label className="visually-hidden" htmlFor={`status-${p.userId}`}>
                      {`${t.meetings.state}: ${p.name}`}
                    </label>
                    <select id={`status-${p.userId}`} name="status" defaultValue={p.status === "substitute" ? "" : (p.status ?? "")}>
                      <option value="">{t.minutes.statusNotRecorded}</option>
                      <option value="present">{t.minutes.statusPresent}</option>
                      <option value="absent">{t.minutes.statusAbsent}</option>
                    </select>
                  </td>
                  <td>
                    <label className="choice">
                      <input type="checkbox" name="checker" value={p.userId} defaultChecked={p.isChecker} />{" "}
                      <span className="visually-hidden">{t.minutes.chooseChecker(p.name)}</span>
                      <span aria-hidden="true">{t.minutes.checkerShort}</span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit" className="button">
          {t.minutes.saveAttendance}
        </button>
      </Form>

      <h3>{t.minutes.substitutes}</h3>
      {extras.substitutes.length ? (
        <ul className="plain-list">
          {extras.substitutes.map((s) => (
            <li key={s.id}>
              {s.name}
              {s.represents ? `, ${s.represents}` : ""} ({t.meeting.substitute(s.substituteFor ?? "")}){" "}
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="removeSubstitute" />
                <input type="hidden" name="attendanceId" value={s.id} />
                <button type="submit" className="link-button">
                  {t.minutes.removeSubstitute(s.name)}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
      <Form method="post" className="field-row" preventScrollReset>
        <FormError errors={sub.formErrors} />
        <input type="hidden" name="intent" value="addSubstitute" />
        <div className="field">
          <label htmlFor="sub-name">{t.minutes.substituteName}</label>
          <input id="sub-name" name="name" defaultValue={sub.value("name")} aria-invalid={sub.error("name") ? true : undefined} aria-describedby={sub.error("name") ? "sub-name-error" : undefined} />
          <FieldError id="sub-name-error" errors={sub.error("name")} />
        </div>
        <div className="field">
          <label htmlFor="sub-for">{t.minutes.substituteFor}</label>
          <input id="sub-for" name="substituteFor" defaultValue={sub.value("substituteFor")} aria-invalid={sub.error("substituteFor") ? true : undefined} aria-describedby={sub.error("substituteFor") ? "sub-for-error" : undefined} />
          <FieldError id="sub-for-error" errors={sub.error("substituteFor")} />
        </div>
        <div className="field">
          <label htmlFor="sub-represents">{t.minutes.substituteRepresents}</label>
          <input id="sub-represents" name="represents" defaultValue={sub.value("represents")} />
        </div>
        <button type="submit" className="button button--secondary">
          {t.minutes.addSubstitute}
        </button>
      </Form>
    </section>
  );
}

export function ApprovalPanel({ meetingState, extras, actionData }: Props & { meetingState: string }) {
  const t = useT();
  const locale = useLocale();
  const send = formState(actionData, "send");
  const approve = formState(actionData, "approve");
  const ret = formState(actionData, "return");
  const editable = meetingState === "held" || meetingState === "minutes_drafted";
  const canApprove = meetingState === "minutes_drafted" && extras.myApproval && !(extras.myApproval.state === "approved" && extras.myApproval.current);
  return (
    <section aria-labelledby="approval" className="approvals">
      <h2 id="approval">{t.minutes.approvalsTitle}</h2>
      {meetingState === "minutes_approved" ? <p className="locked-note">{t.minutes.lockedNote}</p> : null}
      {extras.approvals.length ? (
        <ul className="plain-list">
          {extras.approvals.map((a) => (
            <li key={a.id}>
              <strong>{a.role === "chair" ? t.minutes.roleChair : t.minutes.roleChecker}:</strong> {a.name} –{" "}
              {a.state === "approved" && a.current && a.decidedAt
                ? `${t.minutes.approved} ${formatInstant(a.decidedAt, locale)}`
                : a.state === "approved"
                  ? t.minutes.staleApproval
                  : a.state === "returned"
                    ? t.minutes.returned
                    : t.minutes.pending}
              {a.state === "returned" && a.comment ? <blockquote className="comment">{a.comment}</blockquote> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editable && extras.can.send ? (
        <Form method="post" className="stack no-print">
          <FormError errors={send.formErrors} />
          <input type="hidden" name="intent" value="send" />
          <p className="muted small">{t.minutes.sendHint}</p>
          <button type="submit" className="button">
            {extras.minutesSentAt ? t.minutes.resend : t.minutes.sendForApproval}
          </button>
        </Form>
      ) : null}
      {canApprove ? (
        <div className="approve-forms no-print">
          <Form method="post" className="stack">
            <FormError errors={approve.formErrors} />
            <input type="hidden" name="intent" value="approve" />
            <input type="hidden" name="minutesVersion" value={extras.minutesVersion} />
            <p className="muted small">{t.minutes.approveHint}</p>
            <button type="submit" className="button">
              {t.minutes.approve(extras.minutesVersion)}
            </button>
          </Form>
          <Form method="post" className="stack">
            <FormError errors={ret.formErrors} />
            <input type="hidden" name="intent" value="return" />
            <div className="field">
              <label htmlFor="return-comment">{t.minutes.returnComment}</label>
              <textarea id="return-comment" name="comment" rows={3} defaultValue={ret.value("comment")} aria-invalid={ret.error("comment") ? true : undefined} aria-describedby={ret.error("comment") ? "return-comment-error" : undefined} />
              <FieldError id="return-comment-error" errors={ret.error("comment")} />
            </div>
            <button type="submit" className="button button--secondary">
              {t.minutes.returnMinutes}
            </button>
          </Form>
        </div>
      ) : approve.formErrors ? (
        <FormError errors={approve.formErrors} />
      ) : null}
    </section>
  );
}

type Sections = NonNullable<MeetingView>["sections"];

export function CorrectionPanel({ sections, extras, actionData, locked }: Props & { sections: Sections; locked: boolean }) {
  const t = useT();
  const locale = useLocale();
  const state = formState(actionData, "correction");
  const items = sections.flatMap((s) => s.items);
  return (
    <section aria-labelledby="corrections" className="approvals corrections">
      <h2 id="corrections">{t.minutes.corrections}</h2>
      {extras.corrections.length ? (
        <ul className="plain-list">
          {extras.corrections.map((c) => (
            <li key={c.id}>
              <strong>{t.minutes.correction(formatInstant(c.madeAt, locale), c.madeBy)}</strong>
              {c.paragraph || c.itemTitle ? ` – ${c.paragraph ? t.meeting.paragraph(c.paragraph) : ""} ${c.itemTitle ?? ""}` : ""} ({t.minutes.correctionFields[c.field]})
              <br />
              {c.before ? (
                <>
                  {t.minutes.correctionBefore}: <del>{c.before}</del>
                  <br />
                </>
              ) : null}
              {t.minutes.correctionAfter}: <ins>{c.after}</ins>
              <br />
              {t.minutes.correctionReason}: {c.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {locked && extras.can.correct ? (
        <details className="no-print" open={Boolean(state.result) || undefined}>
          <summary>{t.minutes.recordCorrection}</summary>
          <Form method="post" className="stack">
            <FormError errors={state.formErrors} />
            <input type="hidden" name="intent" value="correction" />
            <div className="field">
              <label htmlFor="correction-item">{t.minutes.correctionItem}</label>
              <select id="correction-item" name="itemId" defaultValue={state.value("itemId") ?? ""}>
                <option value="">{t.minutes.correctionWholeMinutes}</option>
                {items.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.paragraph ? `${t.meeting.paragraph(i.paragraph)} ` : ""}
                    {i.title}
                  </option>
                ))}
              </select>
              <FieldError id="correction-item-error" errors={state.error("itemId")} />
            </div>
            <div className="field">
              <label htmlFor="correction-field">{t.minutes.correctionField}</label>
              <select id="correction-field" name="field" defaultValue={state.value("field") ?? "decision"}>
                {(["decision", "title", "attendance", "other"] as const).map((f) => (
                  <option key={f} value={f}>
                    {t.minutes.correctionFields[f]}
                  </option>
                ))}
              </select>
              <FieldError id="correction-field-error" errors={state.error("field")} />
            </div>
            <div className="field">
              <label htmlFor="correction-after">{t.minutes.correctionText}</label>
              <textarea id="correction-after" name="after" rows={3} defaultValue={state.value("after")} aria-invalid={state.error("after") ? true : undefined} aria-describedby={state.error("after") ? "correction-after-error" : undefined} />
              <FieldError id="correction-after-error" errors={state.error("after")} />
            </div>
            <div className="field">
              <label htmlFor="correction-reason">{t.minutes.correctionReason}</label>
              <input id="correction-reason" name="reason" defaultValue={state.value("reason")} aria-invalid={state.error("reason") ? true : undefined} aria-describedby={state.error("reason") ? "correction-reason-error" : undefined} />
              <FieldError id="correction-reason-error" errors={state.error("reason")} />
            </div>
            <button type="submit" className="button">
              {t.minutes.saveCorrection}
            </button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}

export function HistoryPanel({ history }: { history: MinutesExtras["history"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="history" className="approvals history no-print">
      <h2 id="history">{t.minutes.history}</h2>
      <details>
        <summary>{t.minutes.historyIntro}</summary>
        {history.length === 0 ? <p className="muted">{t.minutes.historyEmpty}</p> : null}
        <ol className="plain-list">
          {history.map((h) => (
            <li key={h.id}>
              <strong>{formatInstant(h.at, locale)}</strong> · {h.who ?? t.minutes.systemUser} ·{" "}
              {t.minutes.historyEntities[h.entity] ?? h.entity} {t.minutes.historyActions[h.action] ?? h.action}
              {h.before ? (
                <div className="small">
                  {t.minutes.historyBefore}: {describeChange(h.before)}
                </div>
              ) : null}
              {h.after ? (
                <div className="small">
                  {t.minutes.historyAfter}: {describeChange(h.after)}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

/** A before/after record as short "field: value" pairs rather than raw JSON. */
function describeChange(json: string): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  const short = (v: unknown) => {
    const text = typeof v === "string" ? v : JSON.stringify(v);
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  };
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== "")
      .map(([k, v]) => `${k}: ${short(v)}`)
      .join(" · ");
  }
  return short(value);
}

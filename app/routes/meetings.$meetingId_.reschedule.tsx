// Moving or cancelling a meeting before it is held (the secretary's). Once the
// agenda is published, everyone in the group gets the updated invitation.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { getAgendaMeeting } from "~/models/agenda-item.server";
import { getRole } from "~/models/group.server";
import { cancelMeeting, rescheduleMeeting } from "~/models/meeting.server";
import { agendaIsOpen, canEditAgenda, canSeeMeeting } from "~/models/permissions";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { rescheduleSchema } from "~/validation/reschedule";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.notifications.reschedule.title);

async function requireSecretary(request: Request, meetingIdParam: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const meeting = await getAgendaMeeting(db, parseId(meetingIdParam));
  if (!meeting) throw notFound();
  const role = await getRole(db, user, meeting.groupId);
  if (!canSeeMeeting(role, meeting.state)) throw notFound();
  if (!canEditAgenda(role)) throw forbidden();
  return { user, db, meeting };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, meeting } = await requireSecretary(request, params.meetingId);
  const extra = await db.selectFrom("meeting").select("cancelled_at").where("id", "=", meeting.id).executeTakeFirstOrThrow();
  return { meeting, open: agendaIsOpen(meeting.state) && !extra.cancelled_at, cancelled: extra.cancelled_at !== null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, meeting } = await requireSecretary(request, params.meetingId);
  const t = messagesFor(await getLocale(request));
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: rescheduleSchema(t) });
  if (formData.get("intent") === "cancel") {
    const result = await cancelMeeting(db, user.id, meeting.id);
    if ("refused" in result) return data(submission.reply({ formErrors: [t.notifications.reschedule.notOpen] }), { status: 409 });
    return redirect(`/meetings/${meeting.id}/reschedule`, 303);
  }
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const v = submission.value;
  const result = await rescheduleMeeting(db, user.id, meeting.id, { date: v.date, startTime: v.startTime ?? null, endTime: v.endTime ?? null, place: v.place ?? null });
  if ("refused" in result) return data(submission.reply({ formErrors: [t.notifications.reschedule.notOpen] }), { status: 409 });
  return redirect(`/meetings/${meeting.id}/agenda`, 303);
}

export default function ReschedulePage() {
  const { meeting, open, cancelled } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const r = t.notifications.reschedule;
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { date: meeting.date, startTime: meeting.startTime ?? "", endTime: meeting.endTime ?? "", place: meeting.place ?? "" },
    constraint: getZodConstraint(rescheduleSchema(t)),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: rescheduleSchema(t) }),
  });
  return (
    <div className="form-page">
      <p className="eyebrow">
        <Link to={`/meetings/${meeting.id}/agenda`}>{meeting.title}</Link>
      </p>
      <h1>{r.title}</h1>
      {cancelled ? (
        <p role="status">{r.cancelled}</p>
      ) : !open ? (
        <p>{r.notOpen}</p>
      ) : (
        <>
          <p>{r.intro}</p>
          <Form method="post" {...getFormProps(form)} className="stack card">
            {form.errors ? (
              <p className="form-error" role="alert" id={form.errorId}>
                {form.errors.join(" ")}
              </p>
            ) : null}
            <div className="field-row">
              <TextField field={fields.date} label={r.date} type="date" autoComplete="off" />
              <TextField field={fields.startTime} label={r.startTime} inputMode="numeric" placeholder="TT:MM" />
              <TextField field={fields.endTime} label={r.endTime} inputMode="numeric" placeholder="TT:MM" />
            </div>
            <TextField field={fields.place} label={r.place} />
            <div className="actions">
              <button type="submit" className="button" name="intent" value="move">
                {r.save}
              </button>
              <button type="submit" className="button button--danger" name="intent" value="cancel" formNoValidate>
                {r.cancel}
              </button>
            </div>
          </Form>
        </>
      )}
    </div>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SelectField, TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { listGroupsForUser } from "~/models/group.server";
import { planMeeting } from "~/models/meeting.server";
import { canPlanMeeting } from "~/models/permissions";
import { forbidden, requireGroupRole, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import agendaStyles from "~/styles/agenda.css";
import { planMeetingSchema } from "~/validation/agenda";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.agendaEditor.planTitle);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const groups = (await listGroupsForUser(getDb(), user)).filter((g) => canPlanMeeting(g.role));
  if (groups.length === 0) throw forbidden();
  const wanted = Number(new URL(request.url).searchParams.get("group"));
  return { groups: groups.map((g) => ({ id: g.id, name: g.name })), groupId: groups.some((g) => g.id === wanted) ? wanted : groups[0].id };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const t = messagesFor(await getLocale(request));
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: planMeetingSchema(t) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = submission.value;
  // The secretary of that group, and no one else (403).
  await requireGroupRole(user, input.groupId, ["secretary"]);
  const id = await planMeeting(getDb(), {
    groupId: input.groupId,
    title: input.title,
    date: input.date,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    place: input.place ?? null,
    createdBy: user.id,
  });
  return redirect(`/meetings/${id}/agenda`);
}

export default function PlanMeetingPage() {
  const { groups, groupId } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const m = t.agendaEditor;
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { groupId: String(groupId) },
    constraint: getZodConstraint(planMeetingSchema(t)),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: planMeetingSchema(t) }),
  });
  return (
    <div className="form-page">
      <p className="eyebrow">
        <Link to="/meetings">{t.meetings.title}</Link>
      </p>
      <h1>{m.planTitle}</h1>
      <p>{m.planIntro}</p>
      <p>
        <Link to={`/groups/${groupId}/standing-items`}>{m.standingLink}</Link>
      </p>
      <Form method="post" {...getFormProps(form)} className="stack card">
        {form.errors ? (
          <p className="form-error" role="alert" id={form.errorId}>
            {form.errors.join(" ")}
          </p>
        ) : null}
        <SelectField field={fields.groupId} label={m.group} options={groups.map((g) => ({ value: String(g.id), label: g.name }))} />
        <TextField field={fields.title} label={m.meetingTitle} hint={m.meetingTitleHint} />
        <div className="field-row">
          <TextField field={fields.date} label={m.date} hint={m.dateHint} type="date" autoComplete="off" />
          <TextField field={fields.startTime} label={m.startTime} hint={m.timeHint} inputMode="numeric" placeholder="TT:MM" />
          <TextField field={fields.endTime} label={m.endTime} inputMode="numeric" placeholder="TT:MM" />
        </div>
        <TextField field={fields.place} label={m.place} />
        <button type="submit" className="button">
          {m.planSubmit}
        </button>
      </Form>
    </div>
  );
}

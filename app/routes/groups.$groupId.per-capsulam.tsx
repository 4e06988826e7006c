// Per-capsulam decisions of a group: the list, and the secretary's form to
// record one (date, text, who took part, mandates). Each is reported at the
// group's next meeting and gets its § in those minutes.
import { formatDuePoint } from "~/models/mandate-due";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FieldError, FormError, formState } from "~/components/minutes/form-state";
import { MandateRows } from "~/components/minutes/mandate-fields";
import { MinutesTextField } from "~/components/minutes/minutes-text-field";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { getRole } from "~/models/group.server";
import { canRecordPerCapsulam } from "~/models/permissions";
import { listPerCapsulamDecisions, recordPerCapsulamDecision } from "~/models/per-capsulam.server";
import { listMandateChoices } from "~/models/minutes-view.server";
import { notFound, parseId, requireGroupRole, requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { readRichText, refusalReply, richTextError, type MinutesActionData, withMandateRowsChanged } from "~/utils/minutes-form.server";
import { getLocale } from "~/utils/session.server";
import { perCapsulamSchema, toMandateInput } from "~/validation/minutes";
import minutesStyles from "~/styles/minutes.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: minutesStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Per capsulam – ${data.group.shortName} – Styrbord` : "Styrbord" }];

async function loadGroup(groupId: number) {
  const group = await getDb().selectFrom("group").select(["id", "name", "short_name"]).where("id", "=", groupId).executeTakeFirst();
  if (!group) throw notFound();
  return { id: group.id, name: group.name, shortName: group.short_name };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const group = await loadGroup(parseId(params.groupId));
  const role = await getRole(getDb(), user, group.id);
  if (!role) throw notFound();
  const canRecord = canRecordPerCapsulam(role);
  const [decisions, choices] = await Promise.all([
    listPerCapsulamDecisions(getDb(), group.id),
    canRecord ? listMandateChoices(getDb(), group.id, today()) : null,
  ]);
  return { group, decisions, choices, today: today() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const group = await loadGroup(parseId(params.groupId));
  await requireGroupRole(user, group.id, ["secretary"]);
  const t = messagesFor(await getLocale(request));
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: perCapsulamSchema(t) });
  const change = formData.get("change");
  if (typeof change === "string") {
    const initialValue = withMandateRowsChanged(submission.reply().initialValue, change, { dueKind: "date" });
    return data<MinutesActionData>({ intent: "perCapsulam", itemId: null, result: { initialValue } });
  }
  if (submission.status !== "success") return data<MinutesActionData>({ intent: "perCapsulam", itemId: null, result: submission.reply() }, { status: 400 });
  const rich = readRichText(submission.value.decision);
  if (!rich.ok || !rich.value) {
    const message = !rich.ok ? richTextError(t, rich.error) : t.minutes.errors.decisionRequired;
    return data<MinutesActionData>({ intent: "perCapsulam", itemId: null, result: submission.reply({ fieldErrors: { decision: [message] } }) }, { status: 400 });
  }
  try {
    await recordPerCapsulamDecision(
      getDb(),
      user.id,
      { groupId: group.id, decidedOn: submission.value.decidedOn, title: submission.value.title, decision: rich.value, participants: submission.value.participants, mandates: submission.value.mandates.map(toMandateInput) },
      today(),
    );
  } catch (error) {
    return refusalReply(t, error, submission.reply, "perCapsulam", null);
  }
  return redirect(`/groups/${group.id}/per-capsulam`, 303);
}

export default function PerCapsulamPage() {
  const { group, decisions, choices, today: day } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MinutesActionData | undefined;
  const t = useT();
  const locale = useLocale();
  const state = formState(actionData, "perCapsulam");
  const rows = state.list("mandates")?.length ?? 0;
  const invalid = (name: string) => (state.error(name) ? true : undefined);
  const described = (name: string) => (state.error(name) ? `pc-${name}-error` : undefined);
  return (
    <article>
      <p className="eyebrow">
        <Link to="/meetings">{t.meetings.title}</Link> › {group.name}
      </p>
      <h1>{t.minutes.perCapsulam.title(group.shortName)}</h1>
      <p>{t.minutes.perCapsulam.intro}</p>
      <p>
        <Link to={`/groups/${group.id}/rounds`}>{t.rounds.link}</Link>
      </p>
      <section aria-labelledby="pc-list" className="card">
        <h2 id="pc-list">{t.minutes.perCapsulam.list}</h2>
        {decisions.length === 0 ? <p className="muted">{t.minutes.perCapsulam.none}</p> : null}
        <ul className="plain-list">
          {decisions.map((d) => (
            <li key={d.id}>
              <strong>
                {d.paragraph ? `${t.meeting.paragraph(d.paragraph)} ` : ""}
                {d.title}
              </strong>{" "}
              <span className="muted">({formatDay(d.decidedOn, locale)})</span>
              <br />
              {d.text}
              <br />
              <small>
                {t.minutes.perCapsulam.participants}: {d.participants} ·{" "}
                {d.meeting ? <Link to={`/meetings/${d.meeting.id}`}>{t.minutes.perCapsulam.reportedAt(d.meeting.title)}</Link> : t.minutes.perCapsulam.noMeeting}
              </small>
              {d.mandates.map((m) => (
                <div key={m.id} className="small">
                  {t.meeting.mandatesGiven}: {m.task} – {m.unitName ?? t.mandates.noAssignee}
                  {`, ${formatDuePoint(m.due, locale)}`}
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>
      {choices ? (
        <section aria-labelledby="pc-new" className="card" style={{ marginTop: "1rem" }}>
          <h2 id="pc-new">{t.minutes.perCapsulam.new}</h2>
          <Form method="post" className="stack">
            <FormError errors={state.formErrors} />
            <div className="field">
              <label htmlFor="pc-decidedOn">{t.minutes.perCapsulam.decidedOn}</label>
              <input id="pc-decidedOn" type="date" name="decidedOn" max={day} defaultValue={state.value("decidedOn") ?? day} aria-invalid={invalid("decidedOn")} aria-describedby={described("decidedOn")} />
              <FieldError id="pc-decidedOn-error" errors={state.error("decidedOn")} />
            </div>
            <div className="field">
              <label htmlFor="pc-title">{t.minutes.perCapsulam.titleField}</label>
              <input id="pc-title" name="title" defaultValue={state.value("title")} aria-invalid={invalid("title")} aria-describedby={described("title")} />
              <FieldError id="pc-title-error" errors={state.error("title")} />
            </div>
            <div className="field">
              <label htmlFor="pc-decision">{t.minutes.perCapsulam.text}</label>
              <MinutesTextField id="pc-decision" name="decision" label={t.minutes.perCapsulam.text} json={null} text={state.value("decision")?.startsWith("{") ? null : (state.value("decision") ?? null)} describedBy={described("decision")} invalid={Boolean(state.error("decision"))} />
              <FieldError id="pc-decision-error" errors={state.error("decision")} />
            </div>
            <div className="field">
              <label htmlFor="pc-participants">{t.minutes.perCapsulam.participants}</label>
              <input id="pc-participants" name="participants" defaultValue={state.value("participants")} aria-invalid={invalid("participants")} aria-describedby={described("participants") ?? "pc-participants-hint"} />
              <p className="muted small" id="pc-participants-hint">
                {t.minutes.perCapsulam.participantsHint}
              </p>
              <FieldError id="pc-participants-error" errors={state.error("participants")} />
            </div>
            <MandateRows rows={rows} idPrefix="pc" choices={choices} value={state.value} error={state.error} saveLabel={t.minutes.perCapsulam.save} />
          </Form>
        </section>
      ) : null}
    </article>
  );
}

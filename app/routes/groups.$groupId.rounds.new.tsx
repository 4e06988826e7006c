// The secretary opens a per-capsulam round: title, background, the proposed
// decision, its mandates, who is asked (the voting members ticked) and when it
// closes. Works without JavaScript (the text fields are textareas then).
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FieldError, FormError, formState } from "~/components/minutes/form-state";
import { MandateRows } from "~/components/minutes/mandate-fields";
import { MinutesTextField } from "~/components/minutes/minutes-text-field";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { listMandateChoices } from "~/models/minutes-view.server";
import { getRoundSettings, listAskableMembers, openRound, quorumFor } from "~/rounds";
import { roundRefusal } from "~/rounds/forms.server";
import { openRoundSchema } from "~/rounds/validation";
import minutesStyles from "~/styles/minutes.css";
import { now } from "~/utils/clock";
import { addCalendarDays, stockholmDay, stockholmInstant, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { requireRoundOpener } from "~/rounds/access.server";
import { readForm } from "~/utils/forms.server";
import { readRichText, richTextError, type MinutesActionData, withMandateRowsChanged } from "~/utils/minutes-form.server";
import { getLocale } from "~/utils/session.server";
import { toMandateInput } from "~/validation/minutes";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: minutesStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.rounds.newRound);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { groupId, name } = await requireRoundOpener(request, params.groupId);
  const [members, choices, settings] = await Promise.all([listAskableMembers(getDb(), groupId), listMandateChoices(getDb(), groupId, today()), getRoundSettings(getDb(), groupId)]);
  // A week ahead of the later of the app's day and the real one (a pinned demo day may lie behind the clock).
  const realDay = stockholmDay(now());
  return { groupId, name, members, choices, settings: settings!, defaultDay: addCalendarDays(realDay > today() ? realDay : today(), 7) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, groupId } = await requireRoundOpener(request, params.groupId);
  const t = messagesFor(await getLocale(request));
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: openRoundSchema(t) });
  const change = formData.get("change");
  if (typeof change === "string") {
    const initialValue = withMandateRowsChanged(submission.reply().initialValue, change, { dueKind: "next" });
    return data<MinutesActionData>({ intent: "open", itemId: null, result: { initialValue } });
  }
  if (submission.status !== "success") return data<MinutesActionData>({ intent: "open", itemId: null, result: submission.reply() }, { status: 400 });
  const proposal = readRichText(submission.value.proposal);
  const background = readRichText(submission.value.background);
  const fieldErrors: Record<string, string[]> = {};
  if (!proposal.ok || !proposal.value) fieldErrors.proposal = [!proposal.ok ? richTextError(t, proposal.error) : t.rounds.errors.proposalRequired];
  if (!background.ok) fieldErrors.background = [richTextError(t, background.error)];
  if (Object.keys(fieldErrors).length || !proposal.ok || !proposal.value || !background.ok) {
    return data<MinutesActionData>({ intent: "open", itemId: null, result: submission.reply({ fieldErrors }) }, { status: 400 });
  }
  let id: number;
  try {
    id = await openRound(getDb(), user.id, {
      groupId,
      title: submission.value.title,
      background: background.value,
      proposal: proposal.value,
      mandates: submission.value.mandates.map(toMandateInput),
      askedUserIds: submission.value.asked,
      closesAt: new Date(stockholmInstant(submission.value.closesOn, submission.value.closesTime)).toISOString(),
    });
  } catch (error) {
    return roundRefusal(t, error, submission.reply, "open");
  }
  return redirect(`/rounds/${id}?opened=1`, 303);
}

export default function NewRoundPage() {
  const { groupId, name, members, choices, settings, defaultDay } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MinutesActionData | undefined;
  const t = useT();
  const R = t.rounds;
  const state = formState(actionData, "open");
  const rows = state.list("mandates")?.length ?? 0;
  const typed = state.list("asked");
  const askedValues = typed ? typed.map(String) : actionData ? [] : null;
  const askedSingle = state.value("asked");
  const isAsked = (id: number, votes: boolean) => (askedValues ? askedValues.includes(String(id)) || askedSingle === String(id) : votes);
  const invalid = (n: string) => (state.error(n) ? true : undefined);
  const described = (n: string) => (state.error(n) ? `round-${n}-error` : undefined);
  // Kept across "add mandate": the editor's document (JSON), or the textarea's plain text without JavaScript.
  const plain = (n: string) => (state.value(n)?.startsWith("{") ? null : (state.value(n) ?? null));
  const doc = (n: string) => (state.value(n)?.startsWith("{") ? state.value(n)! : null);
  const voting = members.filter((m) => m.votes).length;
  return (
    <article className="form-page">
      <p className="eyebrow">
        <Link to={`/groups/${groupId}/rounds`}>{R.groupTitle(name)}</Link>
      </p>
      <h1>{R.newTitle(name)}</h1>
      <p>{R.newIntro}</p>
      <p className="muted">
        {settings.rule === "unanimous" ? R.ruleExplained.unanimous : R.ruleExplained.majority(quorumFor(voting, settings.quorumPercent), voting)}
      </p>
      <Form method="post" className="stack">
        <FormError errors={state.formErrors} />
        <div className="field">
          <label htmlFor="round-title">{R.fields.title}</label>
          <input id="round-title" name="title" defaultValue={state.value("title")} aria-invalid={invalid("title")} aria-describedby={described("title")} />
          <FieldError id="round-title-error" errors={state.error("title")} />
        </div>
        <div className="field">
          <label htmlFor="round-background">{R.fields.background}</label>
          <MinutesTextField id="round-background" name="background" label={R.fields.background} json={doc("background")} text={plain("background")} describedBy={described("background")} invalid={Boolean(state.error("background"))} />
          <FieldError id="round-background-error" errors={state.error("background")} />
        </div>
        <div className="field">
          <label htmlFor="round-proposal">{R.fields.proposal}</label>
          <MinutesTextField id="round-proposal" name="proposal" label={R.fields.proposal} json={doc("proposal")} text={plain("proposal")} describedBy={described("proposal")} invalid={Boolean(state.error("proposal"))} />
          <FieldError id="round-proposal-error" errors={state.error("proposal")} />
        </div>
        <fieldset className="field links-fieldset" aria-describedby={described("asked") ?? "round-asked-hint"}>
          <legend>{R.fields.asked}</legend>
          <p className="muted small" id="round-asked-hint">
            {R.fields.askedHint}
          </p>
          {members.map((m) => (
            <label key={m.id} className="choice">
              <input type="checkbox" name="asked" value={m.id} defaultChecked={isAsked(m.id, m.votes)} /> {m.name} <span className="muted">({t.roles[m.role]})</span>
            </label>
          ))}
          <FieldError id="round-asked-error" errors={state.error("asked")} />
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor="round-closesOn">{R.fields.closesOn}</label>
            <input id="round-closesOn" type="date" name="closesOn" defaultValue={state.value("closesOn") ?? defaultDay} aria-invalid={invalid("closesOn")} aria-describedby={described("closesOn") ?? "round-closes-hint"} />
            <FieldError id="round-closesOn-error" errors={state.error("closesOn")} />
          </div>
          <div className="field">
            <label htmlFor="round-closesTime">{R.fields.closesTime}</label>
            <input id="round-closesTime" type="time" name="closesTime" defaultValue={state.value("closesTime") ?? "16:00"} aria-invalid={invalid("closesTime")} aria-describedby={described("closesTime") ?? "round-closes-hint"} />
            <FieldError id="round-closesTime-error" errors={state.error("closesTime")} />
          </div>
        </div>
        <p className="muted small" id="round-closes-hint">
          {R.fields.closesHint}
        </p>
        <MandateRows rows={rows} idPrefix="round" choices={choices} value={state.value} error={state.error} saveLabel={R.fields.open} />
      </Form>
    </article>
  );
}

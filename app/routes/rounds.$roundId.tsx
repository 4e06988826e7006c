// One per-capsulam round: the proposal, who is asked and who has answered, the
// asked member's answer form (agree, object with a reason, abstain; changeable
// until the close) and, once closed, the result: the per-capsulam decision and
// its §, or for a failed round the secretary's way to the next agenda.
// Another group's round, or one that does not exist, is a 404 alike.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FieldError, FormError, formState } from "~/components/minutes/form-state";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDuePoint } from "~/models/mandate-due";
import { answerRound, getRoundView, putFailedRoundOnAgenda } from "~/rounds";
import { roundRefusal } from "~/rounds/forms.server";
import roundStyles from "~/rounds/rounds.css";
import { answerSchema } from "~/rounds/validation";
import agendaStyles from "~/styles/agenda.css";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { formatDay, formatInstant } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import type { MinutesActionData } from "~/utils/minutes-form.server";
import { richTextToHtml } from "~/utils/rich-text.server";
import { getLocale } from "~/utils/session.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: agendaStyles },
  { rel: "stylesheet", href: roundStyles },
];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.round.title} – Per capsulam – Styrbord` : "Styrbord" }];

async function load(request: Request, roundIdParam: string | undefined) {
  const user = await requireUser(request);
  const round = await getRoundView(getDb(), user, parseId(roundIdParam));
  if (!round) throw notFound();
  return { user, round };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round } = await load(request, params.roundId);
  return { round, backgroundHtml: round.backgroundJson ? richTextToHtml(round.backgroundJson) : null, proposalHtml: richTextToHtml(round.proposalJson) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, round } = await load(request, params.roundId);
  const t = messagesFor(await getLocale(request));
  const formData = await readForm(request);
  if (formData.get("intent") === "putOnAgenda") {
    if (!round.can.manage) throw forbidden();
    try {
      await putFailedRoundOnAgenda(getDb(), user.id, round.id);
    } catch (error) {
      return roundRefusal(t, error, (o) => ({ status: "error", error: o.formErrors ? { "": o.formErrors } : (o.fieldErrors ?? {}) }), "putOnAgenda");
    }
    return redirect(`/rounds/${round.id}`, 303);
  }
  const submission = parseWithZod(formData, { schema: answerSchema(t) });
  if (submission.status !== "success") return data<MinutesActionData>({ intent: "answer", itemId: null, result: submission.reply() }, { status: 400 });
  let closed: string | null;
  try {
    closed = (await answerRound(getDb(), user.id, round.id, { answer: submission.value.answer, reason: submission.value.reason ?? null })).closed;
  } catch (error) {
    return roundRefusal(t, error, submission.reply, "answer");
  }
  return redirect(`/rounds/${round.id}?answered=${closed ? "closed" : "1"}`, 303);
}

export default function RoundPage() {
  const { round, backgroundHtml, proposalHtml } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MinutesActionData | undefined;
  const [params] = useSearchParams();
  const t = useT();
  const R = t.rounds;
  const locale = useLocale();
  const answer = formState(actionData, "answer");
  const agendaRefusal = formState(actionData, "putOnAgenda");
  const chosen = answer.value("answer") ?? round.mine?.answer ?? undefined;
  const answered = "answered" in round.counts ? round.counts.answered : round.counts.asked - round.counts.missing;
  const flash = params.get("opened") ? R.opened : params.get("answered") === "closed" ? R.closedNow : params.get("answered") ? R.saved : null;
  return (
    <article className="form-page">
      <p className="eyebrow">
        <Link to={`/groups/${round.group.id}/rounds`}>{R.groupTitle(round.group.shortName)}</Link>
      </p>
      <h1>{round.title}</h1>
      <div role="status" aria-live="polite" className="status-region">
        {flash && !actionData ? <p className="notice notice--ok">{flash}</p> : null}
      </div>
      <p className="round-meta">
        <span className={`round-state round-state--${round.state}`}>{R.states[round.state]}</span>
        <span>{round.state === "open" ? R.closesAt(formatInstant(round.closesAt, locale)) : R.closedAt(formatInstant(round.closedAt!, locale))}</span>
        <span>{R.answered(answered, round.counts.asked)}</span>
      </p>
      <p className="muted">
        {round.rule === "unanimous" ? R.ruleExplained.unanimous : R.ruleExplained.majority(round.quorum, round.counts.asked)}
        {round.closedEarly ? ` ${R.closedEarly}` : ""}
      </p>

      {round.state !== "open" ? (
        <section aria-labelledby="round-result" className="card round-section">
          <h2 id="round-result">{R.result}</h2>
          {round.decision ? (
            <>
              <p>
                {round.decision.paragraph ? `${R.paragraph(round.decision.paragraph)} ` : ""}
                {R.decisionRecorded(formatDay(round.decision.decidedOn, locale))}{" "}
                {round.decision.meeting ? <Link to={`/meetings/${round.decision.meeting.id}`}>{R.reportedAt(round.decision.meeting.title)}</Link> : R.noMeetingYet}
              </p>
              {round.decision.mandates.length ? (
                <ul>
                  {round.decision.mandates.map((m) => (
                    <li key={m.id}>
                      <Link to={`/mandates/${m.id}`}>{m.task}</Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <>
              <p>{R.failedNote}</p>
              {round.agendaMeeting ? (
                <p>
                  <Link to={`/meetings/${round.agendaMeeting.id}/agenda`}>{R.onAgenda(round.agendaMeeting.title)}</Link>
                </p>
              ) : null}
              {round.can.putOnAgenda ? (
                <Form method="post">
                  <FormError errors={agendaRefusal.formErrors} />
                  <button type="submit" name="intent" value="putOnAgenda" className="button button--secondary">
                    {R.putOnAgenda}
                  </button>
                </Form>
              ) : null}
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="round-proposal" className="round-section">
        <h2 id="round-proposal">{R.proposal}</h2>
        <div className="rich-text" dangerouslySetInnerHTML={{ __html: proposalHtml }} />
        {round.mandates.length ? (
          <>
            <h3>{R.mandates}</h3>
            <ul>
              {round.mandates.map((m, i) => (
                <li key={i}>
                  {m.task} – {m.unitName ?? t.mandates.noAssignee}
                  {m.due.kind === "next" ? `, ${t.minutes.dueNext.toLowerCase()}` : `, ${formatDuePoint({ dueDate: m.due.dueDate, dueMeetingDate: m.due.dueMeetingDate, dueText: null }, locale)}`}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {backgroundHtml ? (
          <>
            <h3>{R.background}</h3>
            <div className="rich-text" dangerouslySetInnerHTML={{ __html: backgroundHtml }} />
          </>
        ) : null}
      </section>

      {round.can.answer ? (
        <section aria-labelledby="round-answer" className="card round-section">
          <h2 id="round-answer">{R.yourAnswer}</h2>
          {round.mine?.answer ? <p>{R.yourCurrent(R.answers[round.mine.answer])}</p> : null}
          <Form method="post" className="stack">
            <FormError errors={answer.formErrors} />
            <fieldset className="field links-fieldset" aria-describedby={answer.error("answer") ? "round-answer-error" : undefined}>
              <legend>{R.yourAnswer}</legend>
              <div className="round-answer-choices">
                {(["agree", "object", "abstain"] as const).map((kind) => (
                  <label key={kind} className="choice">
                    <input type="radio" name="answer" value={kind} defaultChecked={chosen === kind} /> {R.answers[kind]}
                  </label>
                ))}
              </div>
              <FieldError id="round-answer-error" errors={answer.error("answer")} />
            </fieldset>
            <div className="field">
              <label htmlFor="round-reason">{R.reason}</label>
              <textarea id="round-reason" name="reason" rows={3} defaultValue={answer.value("reason") ?? round.mine?.reason ?? ""} aria-invalid={answer.error("reason") ? true : undefined} aria-describedby={answer.error("reason") ? "round-reason-error" : undefined} />
              <FieldError id="round-reason-error" errors={answer.error("reason")} />
            </div>
            <button type="submit" name="intent" value="answer" className="button">
              {R.send}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="round-members" className="round-section">
        <h2 id="round-members">{R.members}</h2>
        {round.state === "open" && !round.answersOpen ? <p className="muted">{R.answersHidden}</p> : null}
        <ul className="round-members">
          {round.members.map((m) => (
            <li key={m.id}>
              <span>{m.name}</span>
              <span>
                {m.answer ? R.answers[m.answer] : m.answered ? R.answeredMark : R.notAnsweredMark}
                {m.reason ? `: ${m.reason}` : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

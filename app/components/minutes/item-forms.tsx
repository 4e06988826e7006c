// The forms on one item of a held meeting: its decision and the mandates the
// decision gives, the follow-up of a report-back item's mandate, and a
// member's stance. Plain forms that work without JavaScript.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { MinutesExtras } from "~/models/minutes-view.server";
import { FieldError, FormError, formState, type ActionData } from "./form-state";
import { MandateFields, MandateRows } from "./mandate-fields";
import { MinutesTextField } from "./minutes-text-field";

type ItemExtras = MinutesExtras["items"][number];
type Choices = NonNullable<MinutesExtras["choices"]>;

const OUTCOMES = ["approved", "approved_as_amended", "rejected", "deferred", "noted"] as const;

export function DecisionForm({ itemId, outcome, decisionJson, extras, choices, actionData }: { itemId: number; outcome: string | null; decisionJson: string | null; extras: ItemExtras; choices: Choices; actionData: ActionData }) {
  const t = useT();
  const state = formState(actionData, "decision", itemId);
  const rows = state.list("mandates")?.length ?? 0;
  const p = `decision-${itemId}`;
  return (
    <Form method="post" className="item-form stack" preventScrollReset aria-labelledby={`${p}-title`}>
      <h4 id={`${p}-title`}>{t.minutes.recordDecision}</h4>
      <FormError errors={state.formErrors} />
      <input type="hidden" name="intent" value="decision" />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={extras.version} />
      <div className="field">
        <label htmlFor={`${p}-outcome`}>{t.minutes.outcome}</label>
        <select id={`${p}-outcome`} name="outcome" defaultValue={state.value("outcome") ?? outcome ?? ""} aria-invalid={state.error("outcome") ? true : undefined} aria-describedby={state.error("outcome") ? `${p}-outcome-error` : undefined}>
          <option value="">{t.minutes.chooseOutcome}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t.outcomes[o]}
            </option>
          ))}
        </select>
        <FieldError id={`${p}-outcome-error`} errors={state.error("outcome")} />
      </div>
      <div className="field">
        <label htmlFor={`${p}-decision`}>{t.minutes.decisionText}</label>
        <MinutesTextField
          id={`${p}-decision`}
          name="decision"
          label={t.minutes.decisionText}
          json={state.result ? null : decisionJson}
          text={state.value("decision")?.startsWith("{") ? extras.decisionText : (state.value("decision") ?? extras.decisionText)}
          describedBy={state.error("decision") ? `${p}-decision-error` : `${p}-decision-hint`}
          invalid={Boolean(state.error("decision"))}
        />
        <p className="muted small" id={`${p}-decision-hint`}>
          {t.minutes.decisionHint}
        </p>
        <FieldError id={`${p}-decision-error`} errors={state.error("decision")} />
      </div>
      <MandateRows rows={rows} idPrefix={p} choices={choices} value={state.value} error={state.error} saveLabel={t.minutes.saveDecision} />
    </Form>
  );
}

export function FollowUpForm({ itemId, choices, actionData }: { itemId: number; choices: Choices; actionData: ActionData }) {
  const t = useT();
  const state = formState(actionData, "followUp", itemId);
  const p = `followup-${itemId}`;
  const status = state.value("status");
  return (
    <Form method="post" className="item-form stack" preventScrollReset aria-labelledby={`${p}-title`}>
      <h4 id={`${p}-title`}>{t.minutes.followUp}</h4>
      <FormError errors={state.formErrors} />
      <input type="hidden" name="intent" value="followUp" />
      <input type="hidden" name="itemId" value={itemId} />
      <fieldset className="field">
        <legend>{t.minutes.followUpStatus}</legend>
        {(["reported", "done", "continued"] as const).map((s) => (
          <label key={s} className="choice">
            <input type="radio" name="status" value={s} defaultChecked={status === s} />{" "}
            {s === "reported" ? t.minutes.followUpReported : s === "done" ? t.minutes.followUpDone : t.minutes.followUpContinued}
          </label>
        ))}
        <FieldError id={`${p}-status-error`} errors={state.error("status")} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${p}-note`}>{t.minutes.followUpNote}</label>
        <textarea id={`${p}-note`} name="note" rows={2} defaultValue={state.value("note")} />
      </div>
      <details open={status === "continued" || undefined}>
        <summary>{t.minutes.continuation}</summary>
        <MandateFields prefix="mandates[0]" idPrefix={`${p}-m0`} index={0} choices={choices} value={state.value} error={state.error} legend={t.minutes.mandatesLegend(1)} />
      </details>
      <button type="submit" className="button">
        {t.minutes.saveFollowUp}
      </button>
    </Form>
  );
}

export function StanceForm({ itemId, mine, actionData }: { itemId: number; mine: { stance: string; reason: string | null } | null; actionData: ActionData }) {
  const t = useT();
  const state = formState(actionData, "stance", itemId);
  const p = `stance-${itemId}`;
  const current = state.value("stance") ?? mine?.stance;
  return (
    <Form method="post" className="item-form stance-form" preventScrollReset>
      <FormError errors={state.formErrors} />
      <input type="hidden" name="intent" value="stance" />
      <input type="hidden" name="itemId" value={itemId} />
      <fieldset>
        <legend>{t.minutes.yourStance}</legend>
        {(["for", "against", "reservation"] as const).map((s) => (
          <label key={s} className="choice">
            <input type="radio" name="stance" value={s} defaultChecked={current === s} />{" "}
            {s === "for" ? t.minutes.stanceFor : s === "against" ? t.minutes.stanceAgainst : t.minutes.stanceReservation}
          </label>
        ))}
        <FieldError id={`${p}-stance-error`} errors={state.error("stance")} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${p}-reason`}>{t.minutes.reason}</label>
        <textarea id={`${p}-reason`} name="reason" rows={2} defaultValue={state.value("reason") ?? mine?.reason ?? ""} aria-invalid={state.error("reason") ? true : undefined} aria-describedby={state.error("reason") ? `${p}-reason-error` : undefined} />
        <FieldError id={`${p}-reason-error`} errors={state.error("reason")} />
      </div>
      <button type="submit" className="button button--secondary">
        {t.minutes.saveStance}
      </button>
    </Form>
  );
}

export function StanceList({ stances }: { stances: ItemExtras["stances"] }) {
  const t = useT();
  if (!stances.length) return null;
  const label = (s: string) => (s === "for" ? t.minutes.stanceFor : s === "against" ? t.minutes.stanceAgainst : t.minutes.stanceReservation);
  return (
    <div className="stances">
      <h4>{t.minutes.stances}</h4>
      <ul className="plain-list">
        {stances.map((s) => (
          <li key={s.id} className={s.stance === "reservation" ? "reservation" : undefined}>
            {s.stance === "reservation" ? t.minutes.reservation(s.name, s.reason ?? "") : t.minutes.stanceLine(s.name, label(s.stance))}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function WithdrawMandateButton({ itemId, mandateId }: { itemId: number; mandateId: number }) {
  const t = useT();
  return (
    <Form method="post" className="inline-form" preventScrollReset>
      <input type="hidden" name="intent" value="withdrawMandate" />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="mandateId" value={mandateId} />
      <button type="submit" className="link-button">
        {t.minutes.withdrawMandate}
      </button>
    </Form>
  );
}

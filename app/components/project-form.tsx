import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { SelectField, TextField } from "~/components/form-field";
import { useT } from "~/i18n/use-t";
import { PROJECT_STATUSES, projectSchema } from "~/validation/project";

export type ProjectChoices = {
  groups: Array<{ id: number; short_name: string }>;
  calls: Array<{ id: number; fund: string; code: string }>;
  mandates: Array<{ id: number; task: string }>;
};

export function ProjectForm({ lastResult, defaultValue, choices, cancelTo }: { lastResult: SubmissionResult<string[]> | undefined; defaultValue?: Record<string, string | undefined>; choices: ProjectChoices; cancelTo: string }) {
  const t = useT();
  const p = t.projects;
  const m = t.followUp.projectForm;
  const [form, fields] = useForm({
    id: "project",
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: projectSchema(t) }),
  });
  const none = { value: "", label: m.none };
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      {form.errors ? (
        <p className="form-error" role="alert" id={form.errorId}>
          {form.errors.join(" ")}
        </p>
      ) : null}
      <fieldset>
        <legend>{p.facts}</legend>
        <div className="form-grid">
          <TextField field={fields.name} label={p.name} wide />
          <TextField field={fields.caseNumber} label={p.caseNumber} hint={m.caseNumberHint} />
          <SelectField field={fields.status} label={p.status} options={PROJECT_STATUSES.map((s) => ({ value: s, label: t.projectStatuses[s] }))} />
          <TextField field={fields.owner} label={p.owner} />
          <TextField field={fields.fund} label={p.fund} />
          <TextField field={fields.programmeArea} label={p.programmeArea} />
          <TextField field={fields.specificObjective} label={p.specificObjective} />
          <TextField field={fields.periodStart} label={m.periodStart} type="date" />
          <TextField field={fields.periodEnd} label={m.periodEnd} type="date" />
          <TextField field={fields.region} label={p.region} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{m.budgetLegend}</legend>
        <div className="form-grid">
          <TextField field={fields.totalBudget} label={p.totalBudget} hint={m.amountHint} inputMode="numeric" />
          <TextField field={fields.grantedSupport} label={p.grantedSupport} hint={m.amountHint} inputMode="numeric" />
          <TextField field={fields.cofinancingRate} label={p.cofinancingRate} hint={m.percentHint} inputMode="decimal" />
          <TextField field={fields.plannedParticipants} label={p.plannedParticipants} inputMode="numeric" />
        </div>
      </fieldset>
      <fieldset>
        <legend>{p.contact}</legend>
        <div className="form-grid">
          <TextField field={fields.contactName} label={p.contact} autoComplete="off" />
          <TextField field={fields.contactTitle} label={m.contactTitle} />
          <TextField field={fields.contactEmail} label={m.contactEmail} type="email" />
          <TextField field={fields.contactPhone} label={m.contactPhone} type="tel" />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.projects.mandates}</legend>
        <div className="form-grid">
          <SelectField field={fields.groupId} label={m.group} options={[none, ...choices.groups.map((g) => ({ value: String(g.id), label: g.short_name }))]} />
          <SelectField field={fields.callId} label={m.call} options={[none, ...choices.calls.map((c) => ({ value: String(c.id), label: `${c.fund} ${c.code}` }))]} />
          <SelectField field={fields.mandateId} label={m.mandate} options={[none, ...choices.mandates.map((x) => ({ value: String(x.id), label: x.task.length > 90 ? `${x.task.slice(0, 89)}…` : x.task }))]} />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button">
          {m.save}
        </button>
        <Link to={cancelTo}>{m.cancel}</Link>
      </div>
    </Form>
  );
}

import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { TextAreaField, TextField } from "~/components/form-field";
import { useT } from "~/i18n/use-t";
import { fundingCallSchema } from "~/validation/funding-call";

export type CallDefaults = Record<string, string | undefined>;

export function FundingCallForm({ lastResult, defaultValue }: { lastResult: SubmissionResult<string[]> | undefined; defaultValue?: CallDefaults }) {
  const t = useT();
  const m = t.followUp.callForm;
  const [form, fields] = useForm({
    id: "funding-call",
    lastResult,
    defaultValue,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: fundingCallSchema(t) }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      {form.errors ? (
        <p className="form-error" role="alert" id={form.errorId}>
          {form.errors.join(" ")}
        </p>
      ) : null}
      <div className="form-grid">
        <TextField field={fields.fund} label={m.fund} />
        <TextField field={fields.code} label={m.code} hint={m.codeHint} />
        <TextField field={fields.title} label={m.title} wide />
        <TextField field={fields.programmeArea} label={m.programmeArea} />
        <TextField field={fields.opensOn} label={m.opensOn} type="date" />
        <TextField field={fields.closesOn} label={m.closesOn} type="date" />
        <TextField field={fields.applicationDeadline} label={m.applicationDeadline} type="date" />
        <TextField field={fields.url} label={m.url} type="url" wide />
        <TextAreaField field={fields.description} label={m.description} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {m.save}
        </button>
        <Link to="/deadlines">{m.cancel}</Link>
      </div>
    </Form>
  );
}

// Adding or editing one agenda item. A plain form: the rich-text fields are
// textareas without JavaScript and Tiptap editors with it (rich-text-field.tsx).
import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { RichTextField } from "~/components/rich-text/rich-text-field";
import { useLocale, useT } from "~/i18n/use-t";
import type { AgendaView } from "~/models/agenda-item.server";
import { formatDay, formatInstant } from "~/utils/dates";
import { agendaItemSchema } from "~/validation/agenda";
import type { AgendaActionData } from "./agenda-editor";

export type LinkOptions = {
  mandates: { id: number; task: string; given_on: string; status: string }[];
  calls: { id: number; fund: string; code: string; title: string }[];
  projects: { id: number; name: string; case_number: string | null }[];
};

type Item = AgendaView[number]["items"][number];

type Props = {
  meetingId: number;
  sections: AgendaView;
  options: LinkOptions;
  item: Item | null;
  sectionId: number;
  actionData: AgendaActionData | undefined;
};

export function ItemForm({ meetingId, sections, options, item, sectionId, actionData }: Props) {
  const t = useT();
  const m = t.agendaEditor;
  const locale = useLocale();
  const base = `/meetings/${meetingId}/agenda`;
  const formKey = item ? `item-form-${item.id}` : `new-item-form-${sectionId}`;
  const [form, fields] = useForm({
    id: formKey,
    lastResult: actionData?.result,
    defaultValue: {
      sectionId: String(item?.sectionId ?? sectionId),
      title: item?.title ?? "",
      presentation: item?.presentation ?? "",
      presenter: item?.presenter ?? "",
      mandateId: item?.mandateId ? String(item.mandateId) : "",
      callId: item?.callId ? String(item.callId) : "",
      projectId: item?.projectId ? String(item.projectId) : "",
    },
    constraint: getZodConstraint(agendaItemSchema(t)),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: agendaItemSchema(t) }),
  });
  const posted = actionData?.posted;
  const conflict = actionData?.conflict;
  const version = conflict?.version ?? item?.version;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [actionData]);
  const error = (field: { errors?: string[]; errorId: string }) =>
    field.errors ? (
      <p className="field-error" id={field.errorId}>
        {field.errors.join(" ")}
      </p>
    ) : null;
  const sectionTitle = (s: { kind: string; title: string | null }) => s.title ?? t.sections[s.kind as keyof typeof t.sections];
  const yourTitle = (actionData?.result?.initialValue?.title as string | undefined) ?? "";
  return (
    <div className="item-form">
      <h3 tabIndex={-1} ref={headingRef} id={`${formKey}-heading`}>
        {item ? m.editingItem(item.title) : m.newItem}
      </h3>
      {actionData?.message ? (
        <p className="form-error" role="alert">
          {actionData.message}
        </p>
      ) : null}
      {conflict ? (
        <section className="conflict" aria-labelledby={`${formKey}-conflict`}>
          <h4 id={`${formKey}-conflict`}>{m.conflictTitle}</h4>
          <div className="conflict__columns">
            <div>
              <h5>{m.conflictYours}</h5>
              <p>
                <strong>{m.itemTitle}:</strong> {yourTitle}
              </p>
              <p>
                <strong>{m.background}:</strong>
              </p>
              <pre className="conflict__text">{posted?.background.postedPlain ?? posted?.background.plain ?? ""}</pre>
              <p>
                <strong>{m.proposal}:</strong>
              </p>
              <pre className="conflict__text">{posted?.proposal.postedPlain ?? posted?.proposal.plain ?? ""}</pre>
            </div>
            <div>
              <h5>{m.conflictSaved(formatInstant(conflict.updatedAt, locale))}</h5>
              <p>
                <strong>{m.itemTitle}:</strong> {conflict.title}
              </p>
              <p>
                <strong>{m.background}:</strong>
              </p>
              <pre className="conflict__text">{conflict.backgroundText ?? ""}</pre>
              <p>
                <strong>{m.proposal}:</strong>
              </p>
              <pre className="conflict__text">{conflict.proposalText ?? ""}</pre>
            </div>
          </div>
        </section>
      ) : null}
      <Form method="post" action={item ? `${base}?edit=${item.id}` : `${base}?add=${sectionId}`} {...getFormProps(form)} className="stack">
        {item ? (
          <>
            <input type="hidden" name="itemId" value={item.id} />
            <input type="hidden" name="version" value={version} />
          </>
        ) : null}
        <div className="field">
          <label htmlFor={fields.title.id}>{m.itemTitle}</label>
          <input {...getInputProps(fields.title, { type: "text", ariaDescribedBy: `${fields.title.id}-hint` })} />
          <p className="hint hint--field" id={`${fields.title.id}-hint`}>
            {m.itemTitleHint}
          </p>
          {error(fields.title)}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fields.sectionId.id}>{m.section}</label>
            <select {...getSelectProps(fields.sectionId)}>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {sectionTitle(s)}
                </option>
              ))}
            </select>
            {error(fields.sectionId)}
          </div>
          <div className="field">
            <label htmlFor={fields.presentation.id}>{m.presentation}</label>
            <input
              {...getInputProps(fields.presentation, { type: "text", ariaDescribedBy: `${fields.presentation.id}-hint` })}
              list={`${formKey}-presentations`}
            />
            <datalist id={`${formKey}-presentations`}>
              {m.presentationSuggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
            <p className="hint hint--field" id={`${fields.presentation.id}-hint`}>
              {m.presentationHint}
            </p>
            {error(fields.presentation)}
          </div>
          <div className="field">
            <label htmlFor={fields.presenter.id}>{m.presenter}</label>
            <input {...getInputProps(fields.presenter, { type: "text" })} />
            {error(fields.presenter)}
          </div>
        </div>
        <RichTextField
          name="background"
          label={m.background}
          json={posted ? posted.background.json : (item?.backgroundJson ?? null)}
          plain={posted ? posted.background.plain : (item?.backgroundPlain ?? "")}
          postedPlain={posted?.background.postedPlain}
          error={actionData?.result?.error?.background?.[0] ?? null}
        />
        <RichTextField
          name="proposal"
          label={m.proposal}
          json={posted ? posted.proposal.json : (item?.proposalJson ?? null)}
          plain={posted ? posted.proposal.plain : (item?.proposalPlain ?? "")}
          postedPlain={posted?.proposal.postedPlain}
          error={actionData?.result?.error?.proposal?.[0] ?? null}
        />
        <fieldset className="field-row links-fieldset">
          <legend>{m.links}</legend>
          <div className="field">
            <label htmlFor={fields.mandateId.id}>{m.mandate}</label>
            <select {...getSelectProps(fields.mandateId)}>
              <option value="">{m.noLink}</option>
              {options.mandates.map((o) => (
                <option key={o.id} value={o.id}>
                  {formatDay(o.given_on, locale)}: {o.task.length > 90 ? `${o.task.slice(0, 88)}…` : o.task}
                </option>
              ))}
            </select>
            {error(fields.mandateId)}
          </div>
          <div className="field">
            <label htmlFor={fields.callId.id}>{m.call}</label>
            <select {...getSelectProps(fields.callId)}>
              <option value="">{m.noLink}</option>
              {options.calls.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.fund} {o.code}: {o.title}
                </option>
              ))}
            </select>
            {error(fields.callId)}
          </div>
          <div className="field">
            <label htmlFor={fields.projectId.id}>{m.project}</label>
            <select {...getSelectProps(fields.projectId)}>
              <option value="">{m.noLink}</option>
              {options.projects.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                  {o.case_number ? ` (${o.case_number})` : ""}
                </option>
              ))}
            </select>
            {error(fields.projectId)}
          </div>
        </fieldset>
        <div className="toolbar-row">
          <button type="submit" name="intent" value={item ? "edit-item" : "add-item"} className="button">
            {item ? m.save : m.saveNew}
          </button>
          <Link to={`${base}${item ? `#item-${item.id}` : ""}`} className="button button--secondary">
            {m.cancel}
          </Link>
        </div>
      </Form>
      {item ? (
        <Form method="post" action={base} className="remove-form">
          <input type="hidden" name="itemId" value={item.id} />
          <input type="hidden" name="version" value={version} />
          <button type="submit" name="intent" value="delete-item" className="button button--danger">
            {m.remove}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

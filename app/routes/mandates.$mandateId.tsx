import { getFormProps, getTextareaProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { HydrateHandle } from "~/root";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import documentStyles from "~/styles/documents.css";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DueBadge, DueText } from "~/components/mandate-due";
import { ACCEPT, checkedFile, getBlobStore, insertDocument, listMandateDocuments, maxUploadMegabytes, readDocumentsForm } from "~/documents";
import { DocumentList } from "~/documents/document-list";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { followUpMandate, getMandateFollowUpAccess, getMandateStory } from "~/models/mandate.server";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { FOLLOW_UP_STATUSES, followUpSchema } from "~/validation/follow-up";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: documentStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? `${t.mandates.task}: ${data.mandate.task.slice(0, 60)}` : null));

/**
 * A reader's page ships no JavaScript (root.tsx); the follow-up form, for
 * those who may post to it, is enhanced by it (and works without).
 */
export const handle: HydrateHandle = { hydrate: (data) => (data as { canFollowUp?: boolean } | undefined)?.canFollowUp === true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const story = await getMandateStory(getDb(), user, parseId(params.mandateId), today());
  if (!story) throw notFound();
  // The mandate's deliverables (issue 17): attached by staff when they report.
  const deliverables = (await listMandateDocuments(getDb(), [story.mandate.id])).get(story.mandate.id) ?? [];
  return { ...story, deliverables, maxMb: maxUploadMegabytes(), accept: ACCEPT };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.mandateId);
  const db = getDb();
  const day = today();
  const access = await getMandateFollowUpAccess(db, user, id);
  if (!access) throw notFound();
  // Staff of the assignee unit and the group's secretary; others read, or do not see it (permissions.ts).
  if (!access.canFollowUp) throw forbidden();
  const t = messagesFor(await getLocale(request));
  // The note form is multipart: it may carry the deliverable (a file), checked before anything is written.
  const upload = await readDocumentsForm(request, ["deliverable"]);
  if (!upload) return data({ status: "error", error: { "": [t.documents.errors.broken] } } satisfies SubmissionResult<string[]> as SubmissionResult<string[]>, { status: 400 });
  try {
    const submission = parseWithZod(upload.form, { schema: followUpSchema(t) });
    const file = await checkedFile(upload, "deliverable", t);
    const titleValue = String(upload.form.get("deliverableTitle") ?? "").trim();
    const fileErrors: Record<string, string[]> = {};
    if (file.ok === false) fileErrors.deliverable = [file.error];
    if (titleValue.length > 200) fileErrors.deliverableTitle = [t.documents.errors.titleTooLong];
    if (submission.status !== "success" || Object.keys(fileErrors).length) return data(submission.reply({ fieldErrors: fileErrors }), { status: 400 });
    if (access.status === "cancelled" || access.status === "continued") {
      return data(submission.reply({ formErrors: [t.followUp.story.statusClosed] }), { status: 400 });
    }
    const { body, status } = submission.value;
    if (file.ok === true) await getBlobStore().put(file.upload.file.sha256, file.upload.file.path, file.upload.file.size);
    await followUpMandate(db, user, id, { body: body || null, status: status && status !== access.status ? status : null }, day, async (trx) => {
      if (file.ok !== true) return;
      const title = titleValue || file.upload.file.filename.replace(/\.[^.]+$/, "");
      await insertDocument(trx, { mandateId: id }, title, file.upload, user.id);
    });
    return redirect(`/mandates/${id}#trail`);
  } finally {
    await upload.cleanup();
  }
}

export default function MandatePage() {
  const story = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const s = t.followUp.story;
  const locale = useLocale();
  const m = story.mandate;
  const [form, fields] = useForm({
    // A new id after each saved entry empties the form.
    id: `follow-up-${story.events.length}`,
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: followUpSchema(t) }),
  });
  const closed = m.status === "cancelled" || m.status === "continued";
  // The deliverable's fields are read by the route, not by the follow-up schema.
  const extraFields = fields as unknown as Record<"deliverable" | "deliverableTitle", FieldMetadata<string>>;
  return (
    <article>
      <p className="eyebrow">
        <Link to="/mandates">{t.followUp.register.title}</Link>
      </p>
      <h1 className="capitalise">{m.task}</h1>
      <p>
        <strong>{t.mandateStatuses[m.status]}</strong> <DueBadge state={m.dueState} />
      </p>
      <section aria-labelledby="facts">
        <h2 id="facts">{s.facts}</h2>
        <dl className="facts facts--grid">
          <div>
            <dt>{s.group}</dt>
            <dd>{m.groupName}</dd>
          </div>
          <div>
            <dt>{s.assignee}</dt>
            <dd>{m.unitName ?? t.mandates.noAssignee}</dd>
          </div>
          <div>
            <dt>{s.given}</dt>
            <dd>{formatDay(m.givenOn, locale)}</dd>
          </div>
          <div>
            <dt>{s.due}</dt>
            <dd>
              {m.dueMeeting ? (
                <Link to={`/meetings/${m.dueMeeting.id}`}>
                  <DueText dueDate={m.dueDate} dueMeetingDate={m.dueMeetingDate} />
                </Link>
              ) : (
                <DueText dueDate={m.dueDate} dueMeetingDate={m.dueMeetingDate} />
              )}
              {m.dueText && !m.dueDate && !m.dueMeetingDate ? <span className="muted"> {m.dueText}</span> : null}
            </dd>
          </div>
          {m.call ? (
            <div>
              <dt>{s.call}</dt>
              <dd>
                <Link to={`/deadlines#call-${m.call.id}`}>
                  {m.call.fund} {m.call.code}
                </Link>
              </dd>
            </div>
          ) : null}
          {m.project ? (
            <div>
              <dt>{s.project}</dt>
              <dd>
                <Link to={`/projects/${m.project.id}`}>{m.project.name}</Link>
              </dd>
            </div>
          ) : null}
        </dl>
        {story.givenBy ? (
          <p>
            {s.givenBy}:{" "}
            {story.givenBy.meeting ? (
              <Link to={`/meetings/${story.givenBy.meeting.id}#item-${story.givenBy.itemId}`}>
                {s.givenByItem(story.givenBy.paragraph ? t.meeting.paragraph(story.givenBy.paragraph) : "", story.givenBy.title)}
              </Link>
            ) : (
              s.givenByItem(story.givenBy.paragraph ? t.meeting.paragraph(story.givenBy.paragraph) : "", story.givenBy.title)
            )}{" "}
            {s.atMeeting(story.givenBy.meetingTitle)}
          </p>
        ) : story.givenByPerCapsulam ? (
          <p>{s.givenByPerCapsulam(story.givenByPerCapsulam.title, formatDay(story.givenByPerCapsulam.decidedOn, locale))}</p>
        ) : null}
        {story.continues ? (
          <p>
            {s.continues}: <Link to={`/mandates/${story.continues.id}`}>{story.continues.task}</Link>
          </p>
        ) : null}
        {story.continuedBy.length ? (
          <p>
            {s.continuedBy}:{" "}
            {story.continuedBy.map((c, i) => (
              <span key={c.id}>
                {i ? "; " : ""}
                <Link to={`/mandates/${c.id}`}>{c.task}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="deliverables-heading" id="deliverables">
        <h2 id="deliverables-heading">{t.documents.deliverables}</h2>
        {story.deliverables.length ? <DocumentList documents={story.deliverables} headingLevel={null} markDeliverables={false} /> : <p>{t.documents.noDeliverables}</p>}
      </section>

      <section aria-labelledby="trail-heading" id="trail">
        <h2 id="trail-heading">{s.timeline}</h2>
        {story.events.length === 0 ? (
          <p>{s.noEvents}</p>
        ) : (
          <ol className="trail" aria-labelledby="trail-heading">
            {story.events.map((e) => (
              <li key={e.key} className={`trail__event trail__event--${e.kind}`}>
                <p className="trail__head">
                  <time dateTime={e.date}>{formatDay(e.date, locale)}</time> · <strong>{s.kinds[e.kind]}</strong>
                  {e.authorName ? <> {s.by(e.authorName)}</> : null}
                </p>
                {e.item ? (
                  <p>
                    {e.meeting ? (
                      <Link to={`/meetings/${e.meeting.id}#item-${e.item.id}`}>
                        {e.item.paragraph ? `${t.meeting.paragraph(e.item.paragraph)} ` : ""}
                        {e.item.title}
                      </Link>
                    ) : (
                      e.item.title
                    )}
                    {e.meeting ? <> {s.atMeeting(e.meeting.title)}</> : null}
                  </p>
                ) : null}
                {e.mandate ? (
                  <p>
                    <Link to={`/mandates/${e.mandate.id}`}>{e.mandate.task}</Link>
                  </p>
                ) : null}
                {e.body ? <p className="trail__body">{e.body}</p> : null}
                {e.statusAfter && e.kind !== "given" ? <p className="muted">{s.statusAfter(t.mandateStatuses[e.statusAfter])}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="follow-up-heading" className="card">
        <h2 id="follow-up-heading">{s.followUp}</h2>
        {story.canFollowUp && !closed ? (
          <>
            <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="stack">
              {form.errors ? (
                <p className="form-error" role="alert" id={form.errorId}>
                  {form.errors.join(" ")}
                </p>
              ) : null}
              <div className="field">
                <label htmlFor={fields.body.id}>{s.note}</label>
                <textarea {...getTextareaProps(fields.body)} rows={4} aria-describedby={fields.body.errors ? fields.body.errorId : "note-hint"} />
                <p className="hint-inline" id="note-hint">
                  {s.followUpHint}
                </p>
                {fields.body.errors ? (
                  <p className="field-error" id={fields.body.errorId}>
                    {fields.body.errors.join(" ")}
                  </p>
                ) : null}
              </div>
              <div className="field">
                <label htmlFor={fields.status.id}>{s.newStatus}</label>
                <select id={fields.status.id} name={fields.status.name} defaultValue={fields.status.initialValue ?? ""} aria-invalid={fields.status.errors ? true : undefined}>
                  <option value="">{s.keepStatus}</option>
                  {FOLLOW_UP_STATUSES.map((st) => (
                    <option key={st} value={st}>
                      {t.mandateStatuses[st]}
                    </option>
                  ))}
                </select>
                {fields.status.errors ? (
                  <p className="field-error" id={fields.status.errorId}>
                    {fields.status.errors.join(" ")}
                  </p>
                ) : null}
              </div>
              <fieldset className="field deliverable-fieldset">
                <legend>{t.documents.attachDeliverable}</legend>
                <p className="hint-inline" id="deliverable-hint">
                  {t.documents.attachDeliverableHint(story.maxMb)}
                </p>
                <label htmlFor={extraFields.deliverable.id}>{t.documents.file}</label>
                <input
                  id={extraFields.deliverable.id}
                  name={extraFields.deliverable.name}
                  type="file"
                  accept={story.accept}
                  aria-invalid={extraFields.deliverable.errors ? true : undefined}
                  aria-describedby={[extraFields.deliverable.errors ? extraFields.deliverable.errorId : null, "deliverable-hint"].filter(Boolean).join(" ")}
                />
                {extraFields.deliverable.errors ? (
                  <p className="field-error" id={extraFields.deliverable.errorId}>
                    {extraFields.deliverable.errors.join(" ")}
                  </p>
                ) : null}
                <label htmlFor={extraFields.deliverableTitle.id}>{t.documents.deliverableTitle}</label>
                <input
                  id={extraFields.deliverableTitle.id}
                  name={extraFields.deliverableTitle.name}
                  type="text"
                  defaultValue={String(extraFields.deliverableTitle.initialValue ?? "")}
                  aria-invalid={extraFields.deliverableTitle.errors ? true : undefined}
                  aria-describedby={extraFields.deliverableTitle.errors ? extraFields.deliverableTitle.errorId : "deliverable-title-hint"}
                />
                <p className="hint-inline" id="deliverable-title-hint">
                  {t.documents.docTitleHint}
                </p>
                {extraFields.deliverableTitle.errors ? (
                  <p className="field-error" id={extraFields.deliverableTitle.errorId}>
                    {extraFields.deliverableTitle.errors.join(" ")}
                  </p>
                ) : null}
              </fieldset>
              <button type="submit" className="button" name="intent" value="note">
                {s.save}
              </button>
            </Form>
            <Form method="post" className="status-moves" aria-label={s.moveTo}>
              <input type="hidden" name="intent" value="status" />
              <h3>{s.moveTo}</h3>
              {FOLLOW_UP_STATUSES.filter((st) => st !== m.status).map((st) => (
                <button key={st} type="submit" className="button button--secondary" name="status" value={st}>
                  {s.markAs(t.mandateStatuses[st])}
                </button>
              ))}
            </Form>
          </>
        ) : (
          <p>{closed ? s.statusClosed : s.readOnly}</p>
        )}
      </section>
    </article>
  );
}

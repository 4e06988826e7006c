// The papers behind one agenda item: readers see them once they may see the
// item (a draft's stay hidden: 404); the secretary and the reporting unit's
// staff add, replace (earlier versions stay listed), reorder and remove them
// until the minutes are approved.
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import {
  ACCEPT,
  addDocument,
  checkedFile,
  getBlobStore,
  getItemDocumentsAccess,
  isDocumentRefusal,
  listItemDocuments,
  maxUploadMegabytes,
  moveDocument,
  readDocumentsForm,
  removeDocument,
  replaceDocument,
  type DocumentRefusal,
} from "~/documents";
import { DocumentLink, DocumentList, EarlierVersions } from "~/documents/document-list";
import { messagesFor, type Messages } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/session.server";
import documentStyles from "~/styles/documents.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: documentStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, (t) => (data ? t.documents.pageTitle(data.item.title) : null));

async function access(request: Request, params: LoaderFunctionArgs["params"]) {
  const user = await requireUser(request);
  const db = getDb();
  const found = await getItemDocumentsAccess(db, user, parseId(params.meetingId), parseId(params.itemId));
  if (!found) throw notFound();
  return { user, db, ...found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, meeting, item, canEdit, locked } = await access(request, params);
  const docs = (await listItemDocuments(db, [{ id: item.id, mandateId: item.mandateId }])).get(item.id) ?? [];
  return {
    meeting,
    item,
    canEdit,
    locked,
    documents: docs.filter((d) => !d.deliverable),
    deliverables: docs.filter((d) => d.deliverable),
    maxMb: maxUploadMegabytes(),
    accept: ACCEPT,
  };
}

const addSchema = (t: Messages) =>
  z.object({
    intent: z.literal("add"),
    title: z.string().trim().max(200, t.documents.errors.titleTooLong).optional(),
    file: z.string().optional(),
  });

type ActionData = { intent: string; documentId?: number | null; message?: string; result?: SubmissionResult<string[]> };

const positiveInt = (v: FormDataEntryValue | null) => (typeof v === "string" && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : null);

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, meeting, item, canEdit, locked } = await access(request, params);
  const t = messagesFor(await getLocale(request));
  const e = t.documents.errors;
  if (locked) return data({ intent: "locked", message: e.locked } satisfies ActionData, { status: 409 });
  if (!canEdit) throw forbidden();
  const upload = await readDocumentsForm(request, ["file"]);
  if (!upload) return data({ intent: "broken", message: e.broken } satisfies ActionData, { status: 400 });
  try {
    const { form } = upload;
    const intent = String(form.get("intent") ?? "");
    const owner = { agendaItemId: item.id, meetingId: meeting.id };
    const base = `/meetings/${meeting.id}/items/${item.id}/documents`;
    const refused = (r: DocumentRefusal, documentId: number | null) =>
      data(
        { intent, documentId, message: r.refused === "locked" ? e.locked : r.refused === "stale-order" ? e.staleOrder : e.notFound } satisfies ActionData,
        { status: r.refused === "not-found" ? 404 : 409 },
      );
    switch (intent) {
      case "add": {
        const submission = parseWithZod(form, { schema: addSchema(t) });
        const file = await checkedFile(upload, "file", t);
        if (submission.status !== "success" || file.ok !== true) {
          const fileError = file.ok === false ? file.error : file.ok === "none" ? e.fileRequired : null;
          return data({ intent, result: submission.reply({ fieldErrors: fileError ? { file: [fileError] } : {} }) } satisfies ActionData, { status: 400 });
        }
        const title = submission.value.title || file.upload.file.filename.replace(/\.[^.]+$/, "");
        const result = await addDocument(db, getBlobStore(), owner, title, file.upload, user.id);
        if (isDocumentRefusal(result)) return refused(result, null);
        return redirect(`${base}?status=added#document-${result.id}`, 303);
      }
      case "replace": {
        const documentId = positiveInt(form.get("documentId"));
        if (documentId === null) return data({ intent, message: e.notFound } satisfies ActionData, { status: 400 });
        const file = await checkedFile(upload, "file", t);
        if (file.ok !== true) return data({ intent, documentId, message: file.ok === false ? file.error : e.fileRequired } satisfies ActionData, { status: 400 });
        const result = await replaceDocument(db, getBlobStore(), owner, documentId, file.upload, user.id);
        if (isDocumentRefusal(result)) return refused(result, documentId);
        return redirect(`${base}?status=replaced#document-${documentId}`, 303);
      }
      case "move": {
        const documentId = positiveInt(form.get("documentId"));
        const direction = form.get("direction");
        const order = String(form.get("order") ?? "").split(",").map((v) => positiveInt(v.trim()));
        if (documentId === null || (direction !== "up" && direction !== "down") || order.some((v) => v === null)) {
          return data({ intent, message: e.staleOrder } satisfies ActionData, { status: 400 });
        }
        const result = await moveDocument(db, owner, documentId, direction, order as number[], user.id);
        if (isDocumentRefusal(result)) return refused(result, documentId);
        return redirect(`${base}?status=moved#document-${documentId}`, 303);
      }
      case "remove": {
        const documentId = positiveInt(form.get("documentId"));
        if (documentId === null) return data({ intent, message: e.notFound } satisfies ActionData, { status: 400 });
        const result = await removeDocument(db, owner, documentId, user.id);
        if (isDocumentRefusal(result)) return refused(result, documentId);
        return redirect(`${base}?status=removed`, 303);
      }
      default:
        return data({ intent, message: t.errors.badRequest } satisfies ActionData, { status: 400 });
    }
  } finally {
    await upload.cleanup();
  }
}

export default function ItemDocumentsPage() {
  const { meeting, item, canEdit, locked, documents, deliverables, maxMb, accept } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [searchParams] = useSearchParams();
  const t = useT();
  const d = t.documents;
  const status = searchParams.get("status") as keyof typeof d.status | null;
  const [form, fields] = useForm({
    id: `add-document-${documents.length}`,
    lastResult: actionData?.intent === "add" ? actionData.result : undefined,
    shouldValidate: "onBlur",
  });
  const order = documents.map((doc) => doc.id).join(",");
  const generalMessage = actionData?.message && !actionData.documentId ? actionData.message : null;
  return (
    <article>
      <p className="eyebrow">
        <Link to={`/meetings/${meeting.id}#item-${item.id}`}>{meeting.title}</Link>
      </p>
      <h1>{d.pageTitle(item.title)}</h1>
      <div role="status" aria-live="polite" className="status-region">
        {status && d.status[status] ? <p className="notice notice--ok">{d.status[status]}</p> : null}
      </div>
      {generalMessage ? (
        <p className="form-error" role="alert">
          {generalMessage}
        </p>
      ) : null}
      {locked ? <p className="notice">{d.locked}</p> : null}

      <section aria-labelledby="item-documents">
        <h2 id="item-documents">{d.forItem}</h2>
        {documents.length === 0 ? <p>{d.none}</p> : null}
        <ul className="document-list">
          {documents.map((doc, index) => (
            <li key={doc.id} id={`document-${doc.id}`}>
              <DocumentLink doc={doc} />
              <EarlierVersions doc={doc} />
              {actionData?.documentId === doc.id && actionData.message ? (
                <p className="field-error" role="alert">
                  {actionData.message}
                </p>
              ) : null}
              {canEdit ? (
                <div className="document-actions no-print">
                  <Form method="post" encType="multipart/form-data" className="document-actions">
                    <input type="hidden" name="intent" value="replace" />
                    <input type="hidden" name="documentId" value={doc.id} />
                    <div className="field">
                      <label htmlFor={`replace-${doc.id}`}>{d.replaceWith(doc.title)}</label>
                      <input id={`replace-${doc.id}`} type="file" name="file" accept={accept} required />
                    </div>
                    <button type="submit" className="button button--secondary">
                      {d.replace}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="intent" value="move" />
                    <input type="hidden" name="documentId" value={doc.id} />
                    <input type="hidden" name="order" value={order} />
                    {index > 0 ? (
                      <button type="submit" name="direction" value="up" className="button button--secondary" aria-label={d.moveLabel(doc.title, "up")}>
                        {d.moveUp}
                      </button>
                    ) : null}{" "}
                    {index < documents.length - 1 ? (
                      <button type="submit" name="direction" value="down" className="button button--secondary" aria-label={d.moveLabel(doc.title, "down")}>
                        {d.moveDown}
                      </button>
                    ) : null}
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="documentId" value={doc.id} />
                    <button type="submit" className="button button--secondary" aria-label={d.removeLabel(doc.title)}>
                      {d.remove}
                    </button>
                  </Form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {deliverables.length ? <DocumentList documents={deliverables} headingLevel={2} title={d.deliverables} /> : null}

      {canEdit ? (
        <section aria-labelledby="add-document" className="card document-upload">
          <h2 id="add-document">{d.add}</h2>
          <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="stack">
            <input type="hidden" name="intent" value="add" />
            <div className="field">
              <label htmlFor={fields.title.id}>{d.docTitle}</label>
              <input {...getInputProps(fields.title, { type: "text" })} aria-describedby={[fields.title.errors ? fields.title.errorId : null, `${fields.title.id}-hint`].filter(Boolean).join(" ")} />
              <p className="hint-inline" id={`${fields.title.id}-hint`}>
                {d.docTitleHint}
              </p>
              {fields.title.errors ? (
                <p className="field-error" id={fields.title.errorId}>
                  {fields.title.errors.join(" ")}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={fields.file.id}>{d.file}</label>
              <input
                id={fields.file.id}
                name={fields.file.name}
                type="file"
                accept={accept}
                aria-invalid={fields.file.errors ? true : undefined}
                aria-describedby={[fields.file.errors ? fields.file.errorId : null, `${fields.file.id}-hint`].filter(Boolean).join(" ")}
              />
              <p className="hint-inline" id={`${fields.file.id}-hint`}>
                {d.fileHint(maxMb)}
              </p>
              {fields.file.errors ? (
                <p className="field-error" id={fields.file.errorId}>
                  {fields.file.errors.join(" ")}
                </p>
              ) : null}
            </div>
            <button type="submit" className="button">
              {d.upload}
            </button>
          </Form>
        </section>
      ) : !locked ? (
        <p className="muted">{d.readOnly}</p>
      ) : null}
      <p>
        <Link to={`/meetings/${meeting.id}#item-${item.id}`}>{d.backToMeeting}</Link>
      </p>
    </article>
  );
}

import { parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ImportPreview } from "~/components/import-preview";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { sourceErrorText } from "~/import/notes";
import { alreadyImported, nextInQueue, previewAgain, previewOf, queueOf, type Ctx, type Preview } from "~/import/preview.server";
import { MAX_IMPORT_BYTES, readSourceText } from "~/import/source.server";
import { listGroupsForUser } from "~/models/group.server";
import { addImportMandate, AlreadyImportedError, findEarlierImport, insertImportItem, saveImportedMeeting } from "~/models/meeting-import.server";
import { canPlanMeeting } from "~/models/permissions";
import type { SessionUser } from "~/models/user.server";
import { forbidden, requireUser } from "~/utils/auth.server";
import { isCalendarDay } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { draftFromPayload, importSaveSchema } from "~/validation/meeting-import";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.meetingImport.title);

/** Groups where the user may import: those where they are the secretary. */
async function importGroups(user: SessionUser) {
  return (await listGroupsForUser(getDb(), user)).filter((g) => canPlanMeeting(g.role));
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const groups = await importGroups(user);
  if (groups.length === 0) throw forbidden();
  return { groups: groups.map((g) => ({ id: g.id, name: g.name })) };
}

type UploadValues = { groupId: string; text: string; date: string };
type ActionResult =
  | { stage: "upload"; error: string; field: "source" | "group" | "date"; values: UploadValues; earlierMeetingId?: number }
  | Preview;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const locale = await getLocale(request);
  const t = messagesFor(locale);
  const ctx: Ctx = { user, t, locale };
  const multipart = request.headers.get("Content-Type")?.startsWith("multipart/form-data");
  let form: FormData;
  try {
    form = multipart
      ? await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMPORT_BYTES }))
      : await readForm(request);
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      return data<ActionResult>(
        { stage: "upload", error: t.meetingImport.errors.tooLarge, field: "source", values: { groupId: "", text: "", date: "" } },
        { status: 413 },
      );
    }
    throw new Response("Bad Request", { status: 400 });
  }
  const intent = reviewIntentOf(form.get("intent"));
  if (!intent) return preview(form, ctx);
  return intent.kind === "save" ? save(form, ctx) : review(form, ctx, intent);
}

/** What a button of the preview asks for: save, skip this file, or add a row the parser missed. */
type ReviewIntent = { kind: "save" } | { kind: "skip" } | { kind: "addItem"; after: number } | { kind: "addMandate"; item: number };

function reviewIntentOf(value: FormDataEntryValue | null): ReviewIntent | null {
  const [kind, at] = String(value ?? "").split(":");
  if (kind === "save" || kind === "skip") return { kind };
  const index = Number(at);
  if (!Number.isInteger(index) || index < -1) return null;
  if (kind === "addItem") return { kind, after: index };
  if (kind === "addMandate") return { kind, item: index };
  return null;
}

async function preview(form: FormData, ctx: Ctx) {
  const { user, t } = ctx;
  const errors = t.meetingImport.errors;
  const values: UploadValues = {
    groupId: String(form.get("groupId") ?? ""),
    text: String(form.get("text") ?? ""),
    date: String(form.get("date") ?? "").trim(),
  };
  const fail = (error: string, field: "source" | "group" | "date", status = 400, earlierMeetingId?: number) =>
    data<ActionResult>({ stage: "upload", error, field, values, earlierMeetingId }, { status });
  const group = (await importGroups(user)).find((g) => String(g.id) === values.groupId);
  if (!group) return fail(errors.group, "group");
  if (values.date && !isCalendarDay(values.date)) return fail(errors.date, "date");

  const uploads = form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
  const files = await Promise.all(
    uploads.map(async (upload) => ({ filename: upload.name, contentType: upload.type, bytes: Buffer.from(await upload.arrayBuffer()) })),
  );
  // Several files: the first that reads as minutes is previewed now, the others wait in
  // the form and follow in turn; those passed over are named at the top, with why.
  if (files.length > 1) {
    const notes: string[] = [];
    const next = await nextInQueue(
      files.map((f) => ({ filename: f.filename, original: f.bytes.toString("base64") })),
      group,
      ctx,
      notes,
      values.date,
    );
    return next ? data<ActionResult>(next) : fail(notes.join(" "), "source", 422);
  }
  const file =
    files[0] ??
    (values.text.trim() ? { filename: "inklistrad-text.txt", contentType: "text/plain", bytes: Buffer.from(values.text, "utf8") } : null);
  if (!file) return fail(errors.noSource, "source");
  const source = await readSourceText(file);
  if (!source.ok) {
    return fail(sourceErrorText(source.error, t), "source", source.error === "too_large" ? 413 : source.error === "file_type" || source.error === "pdf" ? 415 : 400);
  }
  const earlier = await findEarlierImport(getDb(), group.id, source.file.bytes);
  if (earlier) return fail(alreadyImported(source.file.filename, earlier, ctx), "source", 409, earlier.meetingId);
  const next = await previewOf(source, group, values.date, [], t);
  if (!next) return fail(errors.notMinutes, "source", 422);
  return data<ActionResult>(next);
}

async function save(form: FormData, ctx: Ctx) {
  const { user, t } = ctx;
  const submission = parseWithZod(form, { schema: importSaveSchema(t) });
  const groupId = Number(form.get("groupId"));
  const group = (await importGroups(user)).find((g) => g.id === groupId);
  // A crafted post for a group the user is not secretary of.
  if (!group) throw forbidden();
  if (submission.status !== "success") {
    const errors = Object.fromEntries(Object.entries(submission.error ?? {}).map(([k, v]) => [k, (v ?? []).join(" ")]));
    return data<ActionResult>(await previewAgain(form, group, draftFromPayload(submission.payload), t, { errors }), { status: 400 });
  }
  const value = submission.value;
  const bytes = Buffer.from(value.original, "base64");
  const source = await readSourceText({ filename: value.filename, contentType: "", bytes });
  if (!source.ok) throw new Response("Bad Request", { status: 400 });
  let meetingId: number;
  try {
    meetingId = await saveImportedMeeting(getDb(), {
      groupId: group.id,
      userId: user.id,
      draft: { kind: value.kind, title: value.title, date: value.date, items: value.items, mandates: value.mandates },
      original: { filename: source.file.filename, contentType: source.file.contentType, bytes, text: source.text },
      // The secretary has just read it in the preview.
      reviewed: true,
    });
  } catch (error) {
    // Sent twice (a second tab, the back button): the first save stands, nothing is saved again.
    if (!(error instanceof AlreadyImportedError)) throw error;
    const errors = { form: alreadyImported(source.file.filename, error.earlier, ctx) };
    return data<ActionResult>(await previewAgain(form, group, draftFromPayload(submission.payload), t, { errors }), { status: 409 });
  }
  // More files waiting: the next one that reads as minutes is previewed in turn.
  const next = await nextInQueue(queueOf(form), group, ctx, [t.meetingImport.savedOne(source.file.filename)]);
  return next ? data<ActionResult>(next) : redirect(`/meetings/${meetingId}`);
}

/** The preview's other buttons: skip this file unsaved, or add an item or a mandate the parser missed. */
async function review(form: FormData, ctx: Ctx, intent: Exclude<ReviewIntent, { kind: "save" }>) {
  const { user, t } = ctx;
  const group = (await importGroups(user)).find((g) => String(g.id) === String(form.get("groupId")));
  if (!group) throw forbidden();
  if (intent.kind === "skip") {
    const next = await nextInQueue(queueOf(form), group, ctx, [t.meetingImport.skippedOne(String(form.get("filename") ?? ""))]);
    return next ? data<ActionResult>(next) : redirect("/meetings");
  }
  const draft = draftFromPayload(parseWithZod(form, { schema: importSaveSchema(t) }).payload);
  if (intent.kind === "addItem") {
    const added = insertImportItem(draft, intent.after);
    return data<ActionResult>(await previewAgain(form, group, added.draft, t, { focus: `items[${added.index}].title` }));
  }
  const added = addImportMandate(draft, intent.item);
  return data<ActionResult>(await previewAgain(form, group, added.draft, t, { focus: `mandates[${added.index}].task` }));
}

export default function ImportPage() {
  const { groups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const t = useT();
  const busy = useNavigation().state === "submitting";
  if (result?.stage === "preview") return <ImportPreview {...result} />;
  const values = result?.values;
  const error = (field: string) =>
    result?.field === field ? (
      <p className="field-error" id={`${field}-error`}>
        {result.error}
        {result.earlierMeetingId ? (
          <>
            {" "}
            <Link to={`/meetings/${result.earlierMeetingId}`}>{t.meetingImport.openEarlier}</Link>
          </>
        ) : null}
      </p>
    ) : null;
  return (
    <div className="import-page">
      <h1>{t.meetingImport.title}</h1>
      <p>{t.meetingImport.intro}</p>
      <Form method="post" encType="multipart/form-data" className="stack card">
        <div className="field">
          <label htmlFor="groupId">{t.meetingImport.group}</label>
          <select id="groupId" name="groupId" defaultValue={values?.groupId ?? String(groups[0]?.id ?? "")} aria-invalid={result?.field === "group" || undefined} aria-describedby={result?.field === "group" ? "group-error" : undefined}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          {error("group")}
        </div>
        <div className="field">
          <label htmlFor="file">{t.meetingImport.file}</label>
          <input id="file" name="file" type="file" multiple accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain" aria-invalid={result?.field === "source" || undefined} aria-describedby={result?.field === "source" ? "source-error" : undefined} />
        </div>
        <div className="field">
          <label htmlFor="text">{t.meetingImport.text}</label>
          <textarea id="text" name="text" rows={10} defaultValue={values?.text ?? ""} aria-invalid={result?.field === "source" || undefined} aria-describedby={result?.field === "source" ? "source-error" : undefined} />
          {error("source")}
        </div>
        <div className="field field--short">
          <label htmlFor="date">{t.meetingImport.date}</label>
          <input id="date" name="date" type="date" defaultValue={values?.date ?? ""} aria-invalid={result?.field === "date" || undefined} aria-describedby={result?.field === "date" ? "date-error" : undefined} />
          {error("date")}
        </div>
        <button type="submit" name="intent" value="preview" className="button" disabled={busy}>
          {t.meetingImport.preview}
        </button>
      </Form>
    </div>
  );
}

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
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ImportPreview, type PreviewData } from "~/components/import-preview";
import { messagesFor, type Messages } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { parseMinutes } from "~/import/parse";
import { SOURCE_ERRORS, verdict } from "~/import/review";
import { MAX_IMPORT_BYTES, readSourceText } from "~/import/source.server";
import { listGroupsForUser } from "~/models/group.server";
import { draftFromParsed, listUnitNames, saveImportedMeeting } from "~/models/meeting-import.server";
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
  | { stage: "upload"; error: string; field: "source" | "group" | "date"; values: UploadValues }
  | ({ stage: "preview" } & PreviewData);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const t = messagesFor(await getLocale(request));
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
  return form.get("intent") === "save" ? save(form, user, t) : preview(form, user, t);
}

async function preview(form: FormData, user: SessionUser, t: Messages) {
  const errors = t.meetingImport.errors;
  const values: UploadValues = {
    groupId: String(form.get("groupId") ?? ""),
    text: String(form.get("text") ?? ""),
    date: String(form.get("date") ?? "").trim(),
  };
  const fail = (error: string, field: "source" | "group" | "date", status = 400) =>
    data<ActionResult>({ stage: "upload", error, field, values }, { status });
  const group = (await importGroups(user)).find((g) => String(g.id) === values.groupId);
  if (!group) return fail(errors.group, "group");
  if (values.date && !isCalendarDay(values.date)) return fail(errors.date, "date");

  // Several files: the first is previewed now, the others wait in the form and follow in turn.
  const uploads = form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
  const files = await Promise.all(
    uploads.map(async (upload) => ({ filename: upload.name, contentType: upload.type, bytes: Buffer.from(await upload.arrayBuffer()) })),
  );
  const file =
    files[0] ??
    (values.text.trim() ? { filename: "inklistrad-text.txt", contentType: "text/plain", bytes: Buffer.from(values.text, "utf8") } : null);
  if (!file) return fail(errors.noSource, "source");
  const queue = files.slice(1).map((f) => ({ filename: f.filename, original: f.bytes.toString("base64") }));
  const source = await readSourceText(file);
  if (!source.ok) {
    const message = { too_large: errors.tooLarge, file_type: errors.fileType, pdf: errors.pdf, corrupt: errors.corrupt, empty: errors.empty }[source.error];
    return fail(message, "source", source.error === "too_large" ? 413 : source.error === "file_type" || source.error === "pdf" ? 415 : 400);
  }
  const next = await previewOf(source, group, values.date, queue, t);
  if (!next) return fail(errors.notMinutes, "source", 422);
  return data<ActionResult>(next);
}

/**
 * The preview of one readable file, with the reasons to look twice on top
 * (review.ts: no day, numbering gaps, text pasted out of a PDF …); null when
 * the text is not minutes or has no items.
 */
async function previewOf(
  source: Extract<Awaited<ReturnType<typeof readSourceText>>, { ok: true }>,
  group: { id: number; name: string },
  date: string,
  queue: Array<{ filename: string; original: string }>,
  t: Messages,
  notes: string[] = [],
): Promise<({ stage: "preview" } & PreviewData) | null> {
  const knownUnits = await listUnitNames(getDb());
  const parsed = parseMinutes(source.text, {
    meetingDate: date || undefined,
    groupName: group.name,
    knownUnits,
    filename: source.file.filename,
  });
  if (!parsed.isMinutes || parsed.items.length === 0) return null;
  const judged = verdict(parsed, source.text);
  const draft = draftFromParsed(parsed);
  const review = judged.status === "needs_review" ? [`${t.meetingImport.errors.needsReview} ${judged.reasons.join(" ")}`] : [];
  return {
    stage: "preview",
    groupId: group.id,
    groupName: group.name,
    draft: { ...draft, date: draft.date ?? (date || null) },
    dates: parsed.dates.map((d) => ({ date: d.date, end: d.end, kind: d.kind, text: d.text, line: d.source.line })),
    warnings: [...notes, ...review, ...parsed.warnings.filter((w) => !judged.reasons.includes(w))],
    knownUnits,
    original: source.file.bytes.toString("base64"),
    filename: source.file.filename,
    queue,
    errors: {},
  };
}

/** The files still waiting after this one (hidden inputs of the preview form). */
function queueOf(form: FormData): Array<{ filename: string; original: string }> {
  const names = form.getAll("queueFilename").map(String);
  const originals = form.getAll("queueOriginal").map(String);
  return names.map((filename, i) => ({ filename, original: originals[i] ?? "" })).filter((q) => q.original !== "");
}

async function save(form: FormData, user: SessionUser, t: Messages) {
  const submission = parseWithZod(form, { schema: importSaveSchema(t) });
  const groupId = Number(form.get("groupId"));
  const group = (await importGroups(user)).find((g) => g.id === groupId);
  // A crafted post for a group the user is not secretary of.
  if (!group) throw forbidden();
  if (submission.status !== "success") {
    return data<ActionResult>(
      {
        stage: "preview",
        groupId: group.id,
        groupName: group.name,
        draft: draftFromPayload(submission.payload),
        dates: [],
        warnings: [],
        knownUnits: await listUnitNames(getDb()),
        original: String(form.get("original") ?? ""),
        filename: String(form.get("filename") ?? ""),
        queue: queueOf(form),
        errors: Object.fromEntries(Object.entries(submission.error ?? {}).map(([k, v]) => [k, (v ?? []).join(" ")])),
      },
      { status: 400 },
    );
  }
  const value = submission.value;
  const bytes = Buffer.from(value.original, "base64");
  const source = await readSourceText({ filename: value.filename, contentType: "", bytes });
  if (!source.ok) throw new Response("Bad Request", { status: 400 });
  const meetingId = await saveImportedMeeting(getDb(), {
    groupId: group.id,
    userId: user.id,
    draft: { kind: value.kind, title: value.title, date: value.date, items: value.items, mandates: value.mandates },
    original: { filename: source.file.filename, contentType: source.file.contentType, bytes, text: source.text },
  });
  // More files waiting: the next one that reads as minutes is previewed in turn.
  const queue = queueOf(form);
  const notes = [t.meetingImport.savedOne(source.file.filename)];
  while (queue.length > 0) {
    const next = queue.shift()!;
    const nextSource = await readSourceText({ filename: next.filename, contentType: "", bytes: Buffer.from(next.original, "base64") });
    if (!nextSource.ok) {
      notes.push(`${next.filename}: ${SOURCE_ERRORS[nextSource.error] ?? nextSource.error}`);
      continue;
    }
    const preview = await previewOf(nextSource, group, "", queue, t, notes);
    if (preview) return data<ActionResult>(preview);
    notes.push(`${next.filename}: ${t.meetingImport.errors.notMinutes}`);
  }
  return redirect(`/meetings/${meetingId}`);
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

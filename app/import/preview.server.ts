// The import preview as the route shows it: a file read and parsed into an
// editable draft, with its dates, the reasons to look twice and its text; the
// preview again after a failed save or an added row; the files of a batch in turn.
import type { PreviewData } from "~/components/import-preview";
import type { Locale, Messages } from "~/i18n";
import { parseMinutes } from "~/import/parse";
import { noteText, sameNote, sourceErrorText } from "~/import/notes";
import { verdict } from "~/import/review";
import { readSourceText } from "~/import/source.server";
import { draftFromParsed, findEarlierImport, listUnitNames, type EarlierImport, type ImportDraft } from "~/models/meeting-import.server";
import type { SessionUser } from "~/models/user.server";
import { formatDay } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export type Ctx = { user: SessionUser; t: Messages; locale: Locale };
type Group = { id: number; name: string };
export type Preview = { stage: "preview" } & PreviewData;
type Queue = Array<{ filename: string; original: string }>;

/** "ask.txt är redan importerad till gruppen, som mötet ”Styrgrupp ASK 2025” den 3 september 2025. …" */
export const alreadyImported = (filename: string, earlier: EarlierImport, { t, locale }: Ctx) =>
  t.meetingImport.errors.alreadyImported(filename, earlier.title, formatDay(earlier.date, locale));

/**
 * The preview of one readable file, with the reasons to look twice on top
 * (review.ts: no day, numbering gaps, text pasted out of a PDF …); null when
 * the text is not minutes or has no items.
 */
export async function previewOf(
  source: ReadableSource,
  group: Group,
  date: string,
  queue: Queue,
  t: Messages,
  notes: string[] = [],
): Promise<Preview | null> {
  const reading = await readingOf(source, group, date, t);
  if (!reading.parsed.isMinutes || reading.parsed.items.length === 0) return null;
  const draft = draftFromParsed(reading.parsed);
  return {
    ...reading.preview,
    draft: { ...draft, date: draft.date ?? (date || null) },
    warnings: [...notes, ...reading.preview.warnings],
    queue,
  };
}

/** The parser's reading of a file, and what the preview shows beside the draft: dates, reasons to look twice, the text. */
async function readingOf(source: ReadableSource, group: Group, date: string, t: Messages) {
  const knownUnits = await listUnitNames(getDb());
  const parsed = parseMinutes(source.text, {
    meetingDate: date || undefined,
    groupName: group.name,
    knownUnits,
    filename: source.file.filename,
  });
  const judged = verdict(parsed, source.text);
  // The notes in the interface's language; the parser's that the review repeats are said once.
  const say = (notes: typeof judged.reasons) => notes.map((note) => noteText(note, t));
  const review = judged.status === "needs_review" ? [`${t.meetingImport.errors.needsReview} ${say(judged.reasons).join(" ")}`] : [];
  const parserOnly = parsed.warnings.filter((w) => !judged.reasons.some((r) => sameNote(r, w)));
  const preview: Preview = {
    stage: "preview",
    groupId: group.id,
    groupName: group.name,
    draft: draftFromParsed(parsed),
    dates: parsed.dates.map((d) => ({ date: d.date, end: d.end, kind: d.kind, text: d.text, line: d.source.line })),
    warnings: [...review, ...(source.wordNumbers ? [t.meetingImport.wordNumbers] : []), ...say(parserOnly)],
    knownUnits,
    original: source.file.bytes.toString("base64"),
    filename: source.file.filename,
    text: source.text,
    revision: crypto.randomUUID(),
    queue: [],
    errors: {},
  };
  return { parsed, preview };
}

export type ReadableSource = Extract<Awaited<ReturnType<typeof readSourceText>>, { ok: true }>;

/**
 * The preview again, as the secretary left it (a failed save, a row added):
 * what they typed is kept, and the dates and the text are read again from the
 * original file the form carries.
 */
export async function previewAgain(
  form: FormData,
  group: Group,
  draft: ImportDraft,
  t: Messages,
  extra: { errors?: Record<string, string>; focus?: string } = {},
): Promise<Preview> {
  const original = String(form.get("original") ?? "");
  const filename = String(form.get("filename") ?? "");
  const source = await readSourceText({ filename, contentType: "", bytes: Buffer.from(original, "base64") });
  const base = source.ok
    ? (await readingOf(source, group, draft.date ?? "", t)).preview
    : { stage: "preview" as const, groupId: group.id, groupName: group.name, dates: [], warnings: [], knownUnits: await listUnitNames(getDb()), text: "", revision: crypto.randomUUID() };
  return { ...base, draft, original, filename, queue: queueOf(form), errors: extra.errors ?? {}, focus: extra.focus };
}

/** The files still waiting after this one (hidden inputs of the preview form). */
export function queueOf(form: FormData): Queue {
  const names = form.getAll("queueFilename").map(String);
  const originals = form.getAll("queueOriginal").map(String);
  return names.map((filename, i) => ({ filename, original: originals[i] ?? "" })).filter((q) => q.original !== "");
}

/** The next waiting file that reads as minutes, previewed; the others are named with their reason. */
export async function nextInQueue(queue: Queue, group: Group, ctx: Ctx, notes: string[], date = "") {
  const { t } = ctx;
  while (queue.length > 0) {
    const next = queue.shift()!;
    const nextSource = await readSourceText({ filename: next.filename, contentType: "", bytes: Buffer.from(next.original, "base64") });
    if (!nextSource.ok) {
      notes.push(`${next.filename}: ${sourceErrorText(nextSource.error, t)}`);
      continue;
    }
    const earlier = await findEarlierImport(getDb(), group.id, nextSource.file.bytes);
    if (earlier) {
      notes.push(alreadyImported(next.filename, earlier, ctx));
      continue;
    }
    const preview = await previewOf(nextSource, group, date, queue, t, notes);
    if (preview) return preview;
    notes.push(`${next.filename}: ${t.meetingImport.errors.notMinutes}`);
  }
  return null;
}

// Imported minutes: the parser's structure as an editable draft, and saving a
// confirmed draft as a meeting with its items, decisions, mandates and the
// original file, in one transaction.
import { refreshDueDays } from "./mandate-due.server";
import crypto from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, SectionKind } from "../../db/schema";
import type { ParsedMinutes } from "~/import/parse";
import type { SectionKind as ImportSection } from "~/import/types";
import { lockForTransaction } from "~/database/lock";
import { formatDay } from "~/utils/dates";
import { plainTextToRichText } from "~/utils/rich-text.server";
import { carryOverIntoAgenda } from "./agenda.server";
import { recordAudit } from "./audit.server";
import { defaultMeetingTitle } from "./meeting-name";

export type ImportItemDraft = {
  include: boolean;
  section: ImportSection;
  number: string | null;
  title: string;
  /** Kind of presentation, e.g. "Muntlig rapport". */
  presentation: string | null;
  background: string | null;
  decision: string | null;
  /** The decision was read from the wording alone (the import's learned model): the preview asks to check it. */
  decisionGuessed: boolean;
  sourceLine: number | null;
  sourceText: string | null;
};

export type ImportMandateDraft = {
  include: boolean;
  item: number;
  assignee: string | null;
  task: string;
  dueDate: string | null;
  dueMeetingDate: string | null;
  dueText: string | null;
  sourceLine: number | null;
  sourceText: string | null;
};

export type ImportDraft = {
  kind: "minutes" | "agenda";
  title: string;
  date: string | null;
  items: ImportItemDraft[];
  mandates: ImportMandateDraft[];
};

const PRESENTATION = /^(muntlig|skriftlig)\s+(rapport|information|redovisning|föredragning)\.?$/i;

export function draftFromParsed(parsed: ParsedMinutes): ImportDraft {
  return {
    kind: parsed.documentKind === "agenda" ? "agenda" : "minutes",
    title: parsed.meeting.title ?? "",
    date: parsed.meeting.date,
    items: parsed.items.map((item) => {
      // "Muntlig rapport" under a title says how it is presented, not what it is about.
      const presentation = item.background && PRESENTATION.test(item.background.trim()) ? item.background.trim() : null;
      return {
      include: true,
      section: item.section,
      number: item.number,
      title: item.title,
      presentation,
      background: presentation ? null : item.background,
      decision: item.decision,
      decisionGuessed: item.decisionGuessed,
      sourceLine: item.source.line,
      sourceText: item.source.text,
      };
    }),
    mandates: parsed.mandates.map((m) => ({
      include: true,
      item: m.item,
      assignee: m.assignee,
      task: m.task,
      dueDate: m.dueDate,
      dueMeetingDate: m.dueMeetingDate,
      dueText: m.dueText,
      sourceLine: m.source.line,
      sourceText: m.source.text,
    })),
  };
}

/**
 * The secretary adds what the parser missed: an empty item right after item
 * `after` (-1: first; in its section; mandates of later items keep their items), or an
 * empty mandate given in item `item`. Returns the new row's index.
 */
export function insertImportItem(draft: ImportDraft, after: number): { draft: ImportDraft; index: number } {
  const at = Math.min(Math.max(after + 1, 0), draft.items.length);
  const item: ImportItemDraft = {
    include: true,
    section: (draft.items[at - 1] ?? draft.items[0])?.section ?? "decision",
    number: null,
    title: "",
    presentation: null,
    background: null,
    decision: null,
    decisionGuessed: false,
    sourceLine: null,
    sourceText: null,
  };
  return {
    draft: {
      ...draft,
      items: [...draft.items.slice(0, at), item, ...draft.items.slice(at)],
      mandates: draft.mandates.map((m) => (m.item >= at ? { ...m, item: m.item + 1 } : m)),
    },
    index: at,
  };
}

export function addImportMandate(draft: ImportDraft, item: number): { draft: ImportDraft; index: number } {
  const mandate: ImportMandateDraft = {
    include: true,
    item: Math.min(Math.max(item, 0), Math.max(draft.items.length - 1, 0)),
    assignee: null,
    task: "",
    dueDate: null,
    dueMeetingDate: null,
    dueText: null,
    sourceLine: null,
    sourceText: null,
  };
  // Kept next to the item's other mandates, so the list reads in the items' order.
  const at = draft.mandates.filter((m) => m.item <= mandate.item).length;
  return { draft: { ...draft, mandates: [...draft.mandates.slice(0, at), mandate, ...draft.mandates.slice(at)] }, index: at };
}

export async function listUnitNames(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom("unit").select("name").orderBy("name").execute()).map((u) => u.name);
}

/** Agenda sections for the parser's kinds; "information" becomes a custom section. */
const SECTION_FOR: Record<ImportSection, { kind: SectionKind; title: string | null }> = {
  decision: { kind: "decision", title: null },
  report: { kind: "report", title: null },
  per_capsulam: { kind: "per_capsulam", title: null },
  information: { kind: "custom", title: "Informationsärenden" },
  other: { kind: "other", title: null },
};

/** The parser keeps an empty "Övriga frågor" as a placeholder item: it becomes an empty section. */
function isPlaceholder(item: ImportItemDraft): boolean {
  return item.section === "other" && item.number === null && !item.background && !item.decision && /^övriga frågor$/i.test(item.title.trim());
}

/** A file is imported into a group once: the meeting it became. */
export type EarlierImport = { meetingId: number; title: string; date: string };

export const sha256Of = (bytes: Buffer): string => crypto.createHash("sha256").update(bytes).digest("hex");

/** The meeting this very file (same bytes) was imported as into the group, if it was. */
export async function findEarlierImport(db: Kysely<Database>, groupId: number, bytes: Buffer): Promise<EarlierImport | null> {
  const row = await db
    .selectFrom("imported_document")
    .innerJoin("meeting", "meeting.id", "imported_document.meeting_id")
    .select(["meeting.id", "meeting.title", "meeting.meeting_date"])
    .where("imported_document.sha256", "=", sha256Of(bytes))
    .where("meeting.group_id", "=", groupId)
    .orderBy("imported_document.id")
    .executeTakeFirst();
  return row ? { meetingId: row.id, title: row.title, date: row.meeting_date } : null;
}

/** Saving a file the group has imported already: nothing is saved, the earlier meeting is named. */
export class AlreadyImportedError extends Error {
  constructor(readonly earlier: EarlierImport) {
    super(`already imported as meeting ${earlier.meetingId}`);
  }
}

export type SaveImportInput = {
  groupId: number;
  userId: number | null;
  draft: ImportDraft & { date: string; place?: string | null };
  original: { filename: string; contentType: string; bytes: Buffer; text: string };
  /**
   * Did someone check the meeting against the file before it was saved? The web import's preview is such a check;
   * the archive command's run is not, and its meetings wait for the secretary (markImportReviewed).
   */
  reviewed: boolean;
};

/**
 * Saves a confirmed import. Minutes become approved minutes (they were approved
 * on paper); an agenda becomes a draft agenda. A mandate due at a meeting that
 * does not exist yet plans that meeting, whose draft agenda then carries it.
 * A file the group has imported already is refused (AlreadyImportedError): a
 * second run over an archive folder, or a form sent twice, saves nothing twice.
 */
export async function saveImportedMeeting(db: Kysely<Database>, input: SaveImportInput): Promise<number> {
  const { draft } = input;
  return db.transaction().execute(async (trx) => {
    // Two saves of one file at once: the second waits here, then finds the first.
    await lockForTransaction(trx, `import:${input.groupId}`);
    const earlier = await findEarlierImport(trx, input.groupId, input.original.bytes);
    if (earlier) throw new AlreadyImportedError(earlier);
    const group = await trx.selectFrom("group").select(["id", "name"]).where("id", "=", input.groupId).executeTakeFirstOrThrow();
    const { id: meetingId } = await trx
      .insertInto("meeting")
      .values({
        group_id: group.id,
        title: draft.title,
        meeting_date: draft.date,
        place: draft.place ?? null,
        start_time: null,
        state: draft.kind === "minutes" ? "minutes_approved" : "draft",
        created_by: input.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    const items = draft.items.map((item, index) => ({ item, index })).filter(({ item }) => item.include);
    const sectionIds = new Map<string, number>();
    const positions = new Map<number, number>();
    const itemIds = new Map<number, number>();
    for (const { item, index } of items) {
      const target = SECTION_FOR[item.section];
      const key = `${target.kind}:${target.title ?? ""}`;
      let sectionId = sectionIds.get(key);
      if (sectionId === undefined) {
        sectionId = (
          await trx
            .insertInto("agenda_section")
            .values({ meeting_id: meetingId, kind: target.kind, title: target.title, position: sectionIds.size + 1 })
            .returning("id")
            .executeTakeFirstOrThrow()
        ).id;
        sectionIds.set(key, sectionId);
      }
      if (isPlaceholder(item)) continue;
      const position = (positions.get(sectionId) ?? 0) + 1;
      positions.set(sectionId, position);
      const background = item.background ? plainTextToRichText(item.background) : null;
      const decision = draft.kind === "minutes" && item.decision ? plainTextToRichText(item.decision) : null;
      const proposal = draft.kind === "agenda" && item.decision ? plainTextToRichText(item.decision) : null;
      const paragraph = item.sourceText?.includes("§") && item.number && /^\d+$/.test(item.number) ? Number(item.number) : null;
      const { id } = await trx
        .insertInto("agenda_item")
        .values({
          meeting_id: meetingId,
          section_id: sectionId,
          position,
          paragraph,
          title: item.title,
          presentation: item.presentation,
          background_json: background?.json ?? null,
          background_text: background?.text ?? null,
          proposal_json: proposal?.json ?? null,
          proposal_text: proposal?.text ?? null,
          decision_json: decision?.json ?? null,
          decision_text: decision?.text ?? null,
          outcome: draft.kind !== "minutes" ? null : decision ? "approved" : target.kind === "report" || target.kind === "custom" ? "noted" : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      itemIds.set(index, id);
    }

    const units = new Map(
      (await trx.selectFrom("unit").select(["id", "name"]).execute()).map((u) => [u.name.toLowerCase(), u.id]),
    );
    const plannedMeetings = new Map<string, number>();
    for (const mandate of draft.mandates.filter((m) => m.include && itemIds.has(m.item))) {
      let unitId: number | null = null;
      if (mandate.assignee) {
        unitId = units.get(mandate.assignee.toLowerCase()) ?? null;
        if (unitId === null) {
          unitId = (await trx.insertInto("unit").values({ name: mandate.assignee }).returning("id").executeTakeFirstOrThrow()).id;
          units.set(mandate.assignee.toLowerCase(), unitId);
        }
      }
      let dueMeetingId: number | null = null;
      if (!mandate.dueDate && mandate.dueMeetingDate) {
        const existing = await trx
          .selectFrom("meeting")
          .select("id")
          .where("group_id", "=", group.id)
          .where("meeting_date", "=", mandate.dueMeetingDate)
          .executeTakeFirst();
        dueMeetingId = existing?.id ?? plannedMeetings.get(mandate.dueMeetingDate) ?? null;
        if (dueMeetingId === null) {
          dueMeetingId = (
            await trx
              .insertInto("meeting")
              .values({
                group_id: group.id,
                title: defaultMeetingTitle(group.name, mandate.dueMeetingDate),
                meeting_date: mandate.dueMeetingDate,
                state: "draft",
                start_time: null,
                place: null,
                created_by: input.userId,
              })
              .returning("id")
              .executeTakeFirstOrThrow()
          ).id;
          plannedMeetings.set(mandate.dueMeetingDate, dueMeetingId);
        }
      }
      const givenBy = itemIds.get(mandate.item)!;
      const { id: mandateId } = await trx
        .insertInto("mandate")
        .values({
          group_id: group.id,
          assignee_unit_id: unitId,
          task: mandate.task,
          given_by_item_id: givenBy,
          given_on: draft.date,
          due_date: mandate.dueDate,
          due_meeting_id: dueMeetingId,
          due_text: mandate.dueText,
          status: "given",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("mandate_entry")
        .values({ mandate_id: mandateId, entry_date: draft.date, kind: "given", meeting_id: meetingId, agenda_item_id: givenBy, body: null, status_after: "given", author_id: input.userId })
        .execute();
      await refreshDueDays(trx, { mandateIds: [mandateId] });
    }
    // Meetings the import had to plan get their draft agenda from the carry-over rule.
    for (const [date, id] of plannedMeetings) {
      await carryOverIntoAgenda(trx, { id, groupId: group.id, date });
    }

    await trx
      .insertInto("imported_document")
      .values({
        meeting_id: meetingId,
        filename: input.original.filename,
        content_type: input.original.contentType,
        size: input.original.bytes.length,
        sha256: sha256Of(input.original.bytes),
        content: input.original.bytes,
        text: input.original.text,
        imported_by: input.userId,
        reviewed_at: input.reviewed ? new Date().toISOString() : null,
        reviewed_by: input.reviewed ? input.userId : null,
      })
      .execute();
    await recordAudit(trx, {
      userId: input.userId,
      entity: "meeting",
      entityId: meetingId,
      action: "imported",
      meetingId,
      after: { title: draft.title, date: draft.date, items: itemIds.size, file: input.original.filename },
    });
    return meetingId;
  });
}

/**
 * The secretary has compared an imported meeting with its original file: the meeting is no longer marked as
 * unchecked. Marking it again changes nothing (the first check stands). False when the meeting was not imported.
 */
export async function markImportReviewed(db: Kysely<Database>, input: { meetingId: number; userId: number }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom("imported_document").select(["id", "reviewed_at"]).where("meeting_id", "=", input.meetingId).executeTakeFirst();
    if (!doc) return false;
    if (doc.reviewed_at !== null) return true;
    const reviewedAt = new Date().toISOString();
    await trx.updateTable("imported_document").set({ reviewed_at: reviewedAt, reviewed_by: input.userId }).where("id", "=", doc.id).execute();
    await recordAudit(trx, {
      userId: input.userId,
      entity: "meeting",
      entityId: input.meetingId,
      action: "import_reviewed",
      meetingId: input.meetingId,
      after: { reviewedAt },
    });
    return true;
  });
}

export async function getImportedDocument(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom("imported_document")
    .select(["id", "filename", "content_type", "size", "content", "created_at"])
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();
}

// Meeting documents: the papers behind an agenda item and a mandate's
// deliverable. A document has a title, a place in its owner's list and one or
// more versions (a replaced file keeps its earlier versions). Who may read a
// document is asked every time from its item's meeting or its mandate; a
// document the reader may not see is missing (404), never forbidden.
import type { Kysely, Transaction } from "kysely";
import type { Database, MeetingState, Role } from "../../db/schema";
import { recordAudit } from "~/models/audit.server";
import { getRole } from "~/models/group.server";
import { canFollowUpMandate, canManageItemDocuments, canSeeMeeting, itemDocumentsAreOpen } from "~/models/permissions";
import type { SessionUser } from "~/models/user.server";
import { mimeOf, type FileKind } from "./file-kind.server";
import type { BlobStore } from "./storage.server";
import type { StagedFile } from "./upload.server";

type Db = Kysely<Database> | Transaction<Database>;

export type DocumentOwner = { agendaItemId: number; meetingId: number } | { mandateId: number };

export type DocumentVersionView = {
  version: number;
  filename: string;
  kind: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string | null;
  href: string;
};

export type DocumentView = DocumentVersionView & {
  id: number;
  title: string;
  position: number;
  /** Earlier versions, newest first. */
  earlier: DocumentVersionView[];
  /** A mandate's deliverable shown on the item that follows the mandate up. */
  deliverable: boolean;
};

export const documentHref = (documentId: number, version?: number) => `/documents/${documentId}${version ? `?version=${version}` : ""}`;

async function documentsOf(db: Db, column: "agenda_item_id" | "mandate_id", ids: number[]): Promise<Map<number, DocumentView[]>> {
  const byOwner = new Map<number, DocumentView[]>();
  if (ids.length === 0) return byOwner;
  const rows = await db
    .selectFrom("document")
    .innerJoin("document_version as v", "v.document_id", "document.id")
    .leftJoin("user", "user.id", "v.uploaded_by")
    .select([
      "document.id",
      `document.${column} as owner_id`,
      "document.title",
      "document.position",
      "v.version",
      "v.filename",
      "v.kind",
      "v.size",
      "v.uploaded_at",
      "user.name as uploaded_by",
    ])
    .where(`document.${column}`, "in", ids)
    .orderBy("document.position")
    .orderBy("document.id")
    .orderBy("v.version", "desc")
    .execute();
  const byId = new Map<number, DocumentView>();
  for (const r of rows) {
    const version: DocumentVersionView = {
      version: r.version,
      filename: r.filename,
      kind: r.kind,
      size: r.size,
      uploadedAt: r.uploaded_at,
      uploadedBy: r.uploaded_by,
      href: documentHref(r.id, r.version),
    };
    const known = byId.get(r.id);
    if (known) {
      known.earlier.push(version);
      continue;
    }
    const doc: DocumentView = { ...version, href: documentHref(r.id), id: r.id, title: r.title, position: r.position, earlier: [], deliverable: column === "mandate_id" };
    byId.set(r.id, doc);
    const ownerId = r.owner_id as number;
    byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), doc]);
  }
  return byOwner;
}

export function listMandateDocuments(db: Db, mandateIds: number[]) {
  return documentsOf(db, "mandate_id", mandateIds);
}

/**
 * Each item's documents, then (for a report-back item) the deliverables of the
 * mandate it follows up.
 */
export async function listItemDocuments(db: Db, items: Array<{ id: number; mandateId: number | null }>): Promise<Map<number, DocumentView[]>> {
  const mandateIds = [...new Set(items.map((i) => i.mandateId).filter((id): id is number => id !== null))];
  const [own, deliverables] = await Promise.all([documentsOf(db, "agenda_item_id", items.map((i) => i.id)), listMandateDocuments(db, mandateIds)]);
  const result = new Map<number, DocumentView[]>();
  for (const item of items) {
    const docs = [...(own.get(item.id) ?? []), ...(item.mandateId ? (deliverables.get(item.mandateId) ?? []) : [])];
    if (docs.length) result.set(item.id, docs);
  }
  return result;
}

/** Every item of a meeting with its documents, in agenda order. */
export async function listMeetingDocuments(db: Db, meetingId: number) {
  const items = await db.selectFrom("agenda_item").select(["id", "mandate_id"]).where("meeting_id", "=", meetingId).execute();
  return listItemDocuments(db, items.map((i) => ({ id: i.id, mandateId: i.mandate_id })));
}

/** The mandates, among `mandateIds`, that have a deliverable (the register's mark). */
export async function mandatesWithDeliverables(db: Db, mandateIds: number[]): Promise<Set<number>> {
  if (mandateIds.length === 0) return new Set();
  const rows = await db.selectFrom("document").select("mandate_id").distinct().where("mandate_id", "in", mandateIds).execute();
  return new Set(rows.map((r) => r.mandate_id!));
}

export type ItemDocumentsAccess = {
  meeting: { id: number; title: string; state: MeetingState; groupId: number };
  item: { id: number; title: string; mandateId: number | null };
  role: Role | null;
  canEdit: boolean;
  locked: boolean;
};

/** The reader's right to an item's documents: null when the item or its meeting is not theirs to see (404). */
export async function getItemDocumentsAccess(db: Kysely<Database>, user: SessionUser, meetingId: number, itemId: number): Promise<ItemDocumentsAccess | null> {
  const row = await db
    .selectFrom("agenda_item")
    .innerJoin("meeting", "meeting.id", "agenda_item.meeting_id")
    .leftJoin("mandate", "mandate.id", "agenda_item.mandate_id")
    .select(["agenda_item.id", "agenda_item.title", "agenda_item.mandate_id", "meeting.id as meeting_id", "meeting.title as meeting_title", "meeting.state", "meeting.group_id", "mandate.assignee_unit_id"])
    .where("agenda_item.id", "=", itemId)
    .where("agenda_item.meeting_id", "=", meetingId)
    .executeTakeFirst();
  if (!row) return null;
  const role = await getRole(db, user, row.group_id);
  if (!canSeeMeeting(role, row.state)) return null;
  const locked = !itemDocumentsAreOpen(row.state);
  return {
    meeting: { id: row.meeting_id, title: row.meeting_title, state: row.state, groupId: row.group_id },
    item: { id: row.id, title: row.title, mandateId: row.mandate_id },
    role,
    canEdit: !locked && canManageItemDocuments(role, user, row.assignee_unit_id),
    locked,
  };
}

/** The reader's right to a mandate's deliverables: null when they may not read the mandate. */
export async function getMandateDocumentsAccess(db: Kysely<Database>, user: SessionUser, mandateId: number) {
  const mandate = await db.selectFrom("mandate").select(["group_id", "assignee_unit_id", "status"]).where("id", "=", mandateId).executeTakeFirst();
  if (!mandate) return null;
  const role = await getRole(db, user, mandate.group_id);
  const mayRead = role !== null || (user.unitId !== null && user.unitId === mandate.assignee_unit_id);
  if (!mayRead) return null;
  const closed = mandate.status === "cancelled" || mandate.status === "continued";
  return { canEdit: !closed && canFollowUpMandate(role, user, mandate.assignee_unit_id) };
}

export type DownloadTarget = { documentId: number; version: number; title: string; filename: string; kind: string; size: number; sha256: string };

/** A document's file for a reader, checked against their right to its item or mandate every time; null is a 404. */
export async function getDownload(db: Kysely<Database>, user: SessionUser, documentId: number, version: number | null): Promise<DownloadTarget | null> {
  const doc = await db
    .selectFrom("document")
    .leftJoin("agenda_item", "agenda_item.id", "document.agenda_item_id")
    .select(["document.id", "document.title", "document.agenda_item_id", "document.mandate_id", "agenda_item.meeting_id"])
    .where("document.id", "=", documentId)
    .executeTakeFirst();
  if (!doc) return null;
  if (doc.agenda_item_id !== null) {
    if (!doc.meeting_id || !(await getItemDocumentsAccess(db, user, doc.meeting_id, doc.agenda_item_id))) return null;
  } else if (doc.mandate_id === null || !(await getMandateDocumentsAccess(db, user, doc.mandate_id))) {
    return null;
  }
  let query = db.selectFrom("document_version").select(["version", "filename", "kind", "size", "sha256"]).where("document_id", "=", documentId);
  query = version === null ? query.orderBy("version", "desc").limit(1) : query.where("version", "=", version);
  const v = await query.executeTakeFirst();
  return v ? { documentId, title: doc.title, ...v } : null;
}

export type DocumentRefusal = { refused: "not-found" | "locked" | "stale-order" };
export const isDocumentRefusal = (r: unknown): r is DocumentRefusal => typeof r === "object" && r !== null && "refused" in r;

export type NewFile = { file: StagedFile; kind: FileKind };

const ownerColumn = (owner: DocumentOwner) => ("agendaItemId" in owner ? ("agenda_item_id" as const) : ("mandate_id" as const));
const ownerId = (owner: DocumentOwner) => ("agendaItemId" in owner ? owner.agendaItemId : owner.mandateId);
const auditMeeting = (owner: DocumentOwner) => ("agendaItemId" in owner ? owner.meetingId : null);

/** The lock trigger's refusal (approved minutes) reaches the route as a refusal, not a 500. */
async function guarded<T>(run: () => Promise<T>): Promise<T | DocumentRefusal> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && /justerat och låst/.test(error.message)) return { refused: "locked" };
    throw error;
  }
}

/**
 * A new document. The file goes into the store first (content-addressed, so a
 * second copy is a no-op); the rows follow in one transaction.
 */
export async function addDocument(db: Kysely<Database>, store: BlobStore, owner: DocumentOwner, title: string, upload: NewFile, userId: number) {
  await store.put(upload.file.sha256, upload.file.path, upload.file.size);
  return guarded(() => db.transaction().execute((trx) => insertDocument(trx, owner, title, upload, userId)));
}

/** The rows of a new document, inside the caller's transaction; its blob must be in the store already. */
export async function insertDocument(trx: Transaction<Database>, owner: DocumentOwner, title: string, upload: NewFile, userId: number) {
  const column = ownerColumn(owner);
  const last = await trx.selectFrom("document").select((eb) => eb.fn.max("position").as("max")).where(column, "=", ownerId(owner)).executeTakeFirst();
  const doc = await trx
    .insertInto("document")
    .values({
      agenda_item_id: column === "agenda_item_id" ? ownerId(owner) : null,
      mandate_id: column === "mandate_id" ? ownerId(owner) : null,
      title,
      position: Number(last?.max ?? 0) + 1,
      created_by: userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertVersion(trx, doc.id, 1, upload, userId);
  await recordAudit(trx, { userId, entity: "document", entityId: doc.id, action: "create", meetingId: auditMeeting(owner), after: { title, filename: upload.file.filename, [column]: ownerId(owner) } });
  return { id: doc.id };
}

async function insertVersion(trx: Transaction<Database>, documentId: number, version: number, upload: NewFile, userId: number) {
  await trx
    .insertInto("document_version")
    .values({
      document_id: documentId,
      version,
      filename: upload.file.filename,
      content_type: mimeOf(upload.kind),
      kind: upload.kind,
      size: upload.file.size,
      sha256: upload.file.sha256,
      uploaded_by: userId,
    })
    .execute();
}

/** A new file for a document; the earlier version stays listed. */
export async function replaceDocument(db: Kysely<Database>, store: BlobStore, owner: DocumentOwner, documentId: number, upload: NewFile, userId: number) {
  const doc = await findOwned(db, owner, documentId);
  if (!doc) return { refused: "not-found" } as DocumentRefusal;
  await store.put(upload.file.sha256, upload.file.path, upload.file.size);
  return guarded(() =>
    db.transaction().execute(async (trx) => {
      const last = await trx.selectFrom("document_version").select((eb) => eb.fn.max("version").as("max")).where("document_id", "=", documentId).executeTakeFirst();
      const version = Number(last?.max ?? 0) + 1;
      await insertVersion(trx, documentId, version, upload, userId);
      await trx.updateTable("document").set({ updated_at: new Date().toISOString() }).where("id", "=", documentId).execute();
      await recordAudit(trx, { userId, entity: "document", entityId: documentId, action: "replace", meetingId: auditMeeting(owner), after: { version, filename: upload.file.filename } });
      return { id: documentId, version };
    }),
  );
}

async function findOwned(db: Db, owner: DocumentOwner, documentId: number) {
  return db.selectFrom("document").select(["id", "title", "position"]).where("id", "=", documentId).where(ownerColumn(owner), "=", ownerId(owner)).executeTakeFirst();
}

/** One step up or down, against the order the editor saw (a different order is refused). */
export async function moveDocument(db: Kysely<Database>, owner: DocumentOwner, documentId: number, direction: "up" | "down", expected: number[], userId: number) {
  return guarded(() =>
    db.transaction().execute(async (trx): Promise<{ id: number } | DocumentRefusal> => {
      const docs = await trx.selectFrom("document").select(["id", "position"]).where(ownerColumn(owner), "=", ownerId(owner)).orderBy("position").orderBy("id").execute();
      const order = docs.map((d) => d.id);
      if (order.join(",") !== expected.join(",")) return { refused: "stale-order" };
      const index = order.indexOf(documentId);
      if (index < 0) return { refused: "not-found" };
      const swap = direction === "up" ? index - 1 : index + 1;
      if (swap < 0 || swap >= order.length) return { id: documentId };
      [order[index], order[swap]] = [order[swap], order[index]];
      for (const [i, id] of order.entries()) await trx.updateTable("document").set({ position: i + 1 }).where("id", "=", id).execute();
      await recordAudit(trx, { userId, entity: "document", entityId: documentId, action: "move", meetingId: auditMeeting(owner), after: { direction } });
      return { id: documentId };
    }),
  );
}

/** Removes a document and its versions (its blobs stay: another document may share them). */
export async function removeDocument(db: Kysely<Database>, owner: DocumentOwner, documentId: number, userId: number) {
  const doc = await findOwned(db, owner, documentId);
  if (!doc) return { refused: "not-found" } as DocumentRefusal;
  return guarded(() =>
    db.transaction().execute(async (trx) => {
      await trx.deleteFrom("document").where("id", "=", documentId).execute();
      await recordAudit(trx, { userId, entity: "document", entityId: documentId, action: "delete", meetingId: auditMeeting(owner), before: { title: doc.title } });
      return { id: documentId };
    }),
  );
}

export type PackSource = { title: string; filename: string; kind: string; sha256: string; deliverable: boolean };

/** For the pack: each item's documents (then its mandate's deliverables) with the current file's blob. */
export async function listPackDocuments(db: Db, meetingId: number): Promise<Map<number, PackSource[]>> {
  const items = await db.selectFrom("agenda_item").select(["id", "mandate_id"]).where("meeting_id", "=", meetingId).execute();
  const current = (column: "agenda_item_id" | "mandate_id", ids: number[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("document")
          .innerJoin("document_version as v", "v.document_id", "document.id")
          .select([`document.${column} as owner_id`, "document.title", "v.filename", "v.kind", "v.sha256"])
          .where(`document.${column}`, "in", ids)
          .where((eb) => eb("v.version", "=", eb.selectFrom("document_version as w").select((w) => w.fn.max("w.version").as("max")).whereRef("w.document_id", "=", "document.id")))
          .orderBy("document.position")
          .orderBy("document.id")
          .execute();
  const mandateIds = [...new Set(items.map((i) => i.mandate_id).filter((id): id is number => id !== null))];
  const [own, deliverables] = await Promise.all([current("agenda_item_id", items.map((i) => i.id)), current("mandate_id", mandateIds)]);
  const result = new Map<number, PackSource[]>();
  const source = (deliverable: boolean) => ({ title, filename, kind, sha256 }: Omit<PackSource, "deliverable">) => ({ title, filename, kind, sha256, deliverable });
  for (const item of items) {
    const docs = [
      ...own.filter((d) => d.owner_id === item.id).map(source(false)),
      ...(item.mandate_id ? deliverables.filter((d) => d.owner_id === item.mandate_id).map(source(true)) : []),
    ];
    if (docs.length) result.set(item.id, docs);
  }
  return result;
}

/** The items of a meeting whose documents the user may manage (none once the minutes are approved). */
export async function listManageableItems(db: Kysely<Database>, user: SessionUser, meetingId: number): Promise<number[]> {
  const meeting = await db.selectFrom("meeting").select(["group_id", "state"]).where("id", "=", meetingId).executeTakeFirst();
  if (!meeting || !itemDocumentsAreOpen(meeting.state)) return [];
  const role = await getRole(db, user, meeting.group_id);
  if (!canSeeMeeting(role, meeting.state)) return [];
  const items = await db
    .selectFrom("agenda_item")
    .leftJoin("mandate", "mandate.id", "agenda_item.mandate_id")
    .select(["agenda_item.id", "mandate.assignee_unit_id"])
    .where("agenda_item.meeting_id", "=", meetingId)
    .execute();
  return items.filter((i) => canManageItemDocuments(role, user, i.assignee_unit_id)).map((i) => i.id);
}

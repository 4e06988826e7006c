// The papers (handlingar) of each agenda item, listed in the notice.
// HOOK for the documents issue (17): documents attached to agenda items come
// from app/documents once it lands; until then no item has papers and the
// notice prints none. Replace the body with a call to app/documents' index.ts,
// keeping the shape (item id → papers in the order they are listed).
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export type ItemPaper = { id: number; title: string; href: string | null };

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function listItemPapers(db: Kysely<Database>, meetingId: number): Promise<Map<number, ItemPaper[]>> {
  return new Map();
}

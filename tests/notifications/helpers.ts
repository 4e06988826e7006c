// Fixtures the notification tests share, made through the app's own model functions.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { recordPerCapsulamDecision } from "~/models/per-capsulam.server";
import { plainTextToRichText } from "~/utils/rich-text.server";

/** A per-capsulam decision of ASK giving one mandate to a unit; returns the mandate's id. */
export async function giveMandateByPerCapsulam(
  db: Kysely<Database>,
  ids: { askGroupId: number; secretaryId: number; unitId: number },
  task: string,
  due: { kind: "date"; date: string } | { kind: "meeting"; meetingId: number },
  today = "2026-11-23",
): Promise<number> {
  const decisionId = await recordPerCapsulamDecision(
    db,
    ids.secretaryId,
    { groupId: ids.askGroupId, decidedOn: today, title: `Beslut: ${task}`, decision: plainTextToRichText(`Styrgruppen ger uppdraget att ${task}.`), participants: "Styrgruppen", mandates: [{ unitId: ids.unitId, task, due, callId: null, projectId: null }] },
    today,
  );
  const row = await db.selectFrom("mandate").select("id").where("given_by_per_capsulam_id", "=", decisionId).executeTakeFirstOrThrow();
  return row.id;
}

export async function staffAddresses(db: Kysely<Database>, unitId: number): Promise<string[]> {
  return (await db.selectFrom("user").select("email").where("unit_id", "=", unitId).orderBy("email").execute()).map((u) => u.email);
}

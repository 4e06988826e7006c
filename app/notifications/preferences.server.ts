// Each person decides, per topic: immediately, in a daily digest, or never.
// One-click unsubscribe links (RFC 8058) carry a token signed with the app's
// secret, naming the person and the topic; a forged or altered one finds nobody.
import crypto from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { sessionSecret } from "~/utils/config.server";
import { DELIVERIES, TOPICS, isDelivery, isTopic, type Delivery, type Topic } from "./topics";

type Db = Kysely<Database> | Transaction<Database>;

export const DEFAULT_DELIVERY: Delivery = "immediate";

export async function getPreferences(db: Db, userId: number): Promise<Record<Topic, Delivery>> {
  const rows = await db.selectFrom("notification_preference").select(["topic", "delivery"]).where("user_id", "=", userId).execute();
  const result = Object.fromEntries(TOPICS.map((t) => [t, DEFAULT_DELIVERY])) as Record<Topic, Delivery>;
  for (const r of rows) if (isTopic(r.topic) && isDelivery(r.delivery)) result[r.topic] = r.delivery;
  return result;
}

export async function setPreference(db: Db, userId: number, topic: Topic, delivery: Delivery): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto("notification_preference")
    .values({ user_id: userId, topic, delivery, updated_at: now })
    .onConflict((oc) => oc.columns(["user_id", "topic"]).doUpdateSet({ delivery, updated_at: now }))
    .execute();
}

/** Reads the profile form: one radio group per topic. Null when a value is missing or unknown. */
export function readPreferenceForm(form: FormData): Record<Topic, Delivery> | null {
  const result = {} as Record<Topic, Delivery>;
  for (const topic of TOPICS) {
    const value = form.get(`topic-${topic}`);
    if (!isDelivery(value)) return null;
    result[topic] = value;
  }
  return result;
}

export async function savePreferences(db: Kysely<Database>, userId: number, prefs: Record<Topic, Delivery>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const topic of TOPICS) await setPreference(trx, userId, topic, prefs[topic]);
  });
}

const sign = (userId: number, topic: Topic) =>
  crypto.createHmac("sha256", sessionSecret()).update(`unsubscribe:${userId}:${topic}`).digest("base64url").slice(0, 32);

export function unsubscribeToken(userId: number, topic: Topic): string {
  return `${userId}.${topic}.${sign(userId, topic)}`;
}

/** The person and topic of a genuine token; null for anything forged, altered or malformed. */
export function readUnsubscribeToken(token: string): { userId: number; topic: Topic } | null {
  const match = /^(\d{1,12})\.([a-z]{1,20})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const userId = Number(match[1]);
  const topic = match[2];
  if (!isTopic(topic)) return null;
  const expected = Buffer.from(sign(userId, topic));
  const given = Buffer.from(match[3]);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  return { userId, topic };
}

/** One click: the topic is set to "never". Returns false for a bad token or a person who no longer exists. */
export async function unsubscribe(db: Kysely<Database>, token: string): Promise<{ userId: number; topic: Topic } | null> {
  const read = readUnsubscribeToken(token);
  if (!read) return null;
  const user = await db.selectFrom("user").select("id").where("id", "=", read.userId).executeTakeFirst();
  if (!user) return null;
  await setPreference(db, read.userId, read.topic, "never");
  return read;
}

export { DELIVERIES, TOPICS };

import { hash, verify } from "@node-rs/argon2";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  unitId: number | null;
  unitName: string | null;
};

export { hashPassword } from "~/auth/passwords.server";

// A real hash to verify against when the e-mail is unknown, so a wrong e-mail
// takes as long as a wrong password and the response tells nothing.
let decoyHash: Promise<string> | undefined;

export async function verifyLogin(db: Kysely<Database>, email: string, password: string): Promise<number | null> {
  const user = await db
    .selectFrom("user")
    .select(["id", "password_hash", "deactivated_at"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  decoyHash ??= hash("not-a-password");
  // An invited person without a password yet has an empty hash: verified against the decoy, never accepted.
  const ok = await verify(user?.password_hash || (await decoyHash), password).catch(() => false);
  return user && user.password_hash && ok && !user.deactivated_at ? user.id : null;
}

export async function getSessionUser(db: Kysely<Database>, id: number): Promise<SessionUser | null> {
  const row = await db
    .selectFrom("user")
    .leftJoin("unit", "unit.id", "user.unit_id")
    .select(["user.id", "user.email", "user.name", "user.is_admin", "user.unit_id", "unit.name as unit_name"])
    .where("user.id", "=", id)
    .where("user.deactivated_at", "is", null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isAdmin: row.is_admin === 1,
    unitId: row.unit_id,
    unitName: row.unit_name,
  };
}

import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { listGroupsForUser } from "./group.server";
import { canManageCallsAndProjects } from "./permissions";
import type { SessionUser } from "./user.server";

/** Whether the user may create and edit funding calls and projects (permissions.ts decides). */
export async function mayManageCallsAndProjects(db: Kysely<Database>, user: SessionUser): Promise<boolean> {
  const groups = await listGroupsForUser(db, user);
  return canManageCallsAndProjects(user, groups.map((g) => g.role));
}

// Who may open rounds and set the group's rule: the group's secretary (and an
// administrator), by canOpenRound. Someone outside the group gets 404, not a
// hint that the group exists.
import { getRole } from "~/models/group.server";
import { canOpenRound } from "~/models/permissions";
import { getGroupName } from "~/models/standing-item.server";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";

export async function requireRoundOpener(request: Request, groupIdParam: string | undefined) {
  const user = await requireUser(request);
  const groupId = parseId(groupIdParam);
  const name = await getGroupName(getDb(), groupId);
  if (!name) throw notFound();
  const role = await getRole(getDb(), user, groupId);
  if (!role) throw notFound();
  if (!canOpenRound(user, role)) throw forbidden();
  return { user, groupId, name };
}

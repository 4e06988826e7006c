import type { LoaderFunctionArgs } from "@remix-run/node";
import { getImportedDocument } from "~/models/meeting-import.server";
import { getMeetingAccess } from "~/models/meeting.server";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";

/** The original file an imported meeting was made from, for those who may see the meeting. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const meetingId = parseId(params.meetingId);
  if (!(await getMeetingAccess(getDb(), user, meetingId))) throw notFound();
  const document = await getImportedDocument(getDb(), meetingId);
  if (!document) throw notFound();
  return new Response(new Uint8Array(document.content), {
    headers: {
      "Content-Type": document.content_type,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

// The agenda as an A4 PDF, for everyone who may see the meeting (members only
// once the agenda is published, as on the page).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { listPackDocuments } from "~/documents";
import { messagesFor } from "~/i18n";
import { getAgendaMeeting, getAgendaView, listAgendaChanges } from "~/models/agenda-item.server";
import { getRole } from "~/models/group.server";
import { canSeeMeeting } from "~/models/permissions";
import { renderAgendaPdf } from "~/pdf/agenda-pdf.server";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/session.server";
import { meetingPdfResponse } from "~/pdf/response.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const meeting = await getAgendaMeeting(db, parseId(params.meetingId));
  if (!meeting) throw notFound();
  if (!canSeeMeeting(await getRole(db, user, meeting.groupId), meeting.state)) throw notFound();
  const locale = await getLocale(request);
  const [sections, changes, documents] = await Promise.all([getAgendaView(db, meeting), listAgendaChanges(db, meeting), listPackDocuments(db, meeting.id)]);
  // The agenda lists each item's documents (issue 17).
  const listed = new Map([...documents].map(([itemId, docs]) => [itemId, docs.map((d) => ({ title: d.title, filename: d.filename, deliverable: d.deliverable }))]));
  const pdf = await renderAgendaPdf({ meeting, sections, changes, t: messagesFor(locale), locale, documents: listed });
  return meetingPdfResponse(new Uint8Array(pdf), { document: "dagordning", groupShortName: meeting.groupShortName, date: meeting.date });
}

// The meeting pack: the agenda followed by every attached PDF (and PNG/JPEG
// image), a bookmark per item, page numbers. For everyone who may see the
// meeting, as the agenda PDF.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildMeetingPack, getBlobStore, listPackDocuments } from "~/documents";
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
  const t = messagesFor(locale);
  const [sections, changes, documents] = await Promise.all([getAgendaView(db, meeting), listAgendaChanges(db, meeting), listPackDocuments(db, meeting.id)]);
  const items = sections.flatMap((s) => s.items);
  const listed = new Map(items.map((i) => [i.id, (documents.get(i.id) ?? []).map((d) => ({ title: d.title, filename: d.filename, deliverable: d.deliverable }))]));
  const agendaPdf = await renderAgendaPdf({ meeting, sections, changes, t, locale, documents: listed, pageNumbers: false });
  const pack = await buildMeetingPack({
    agendaPdf: new Uint8Array(agendaPdf),
    meetingTitle: meeting.title,
    items: items.map((i) => ({ number: i.number, title: i.title, documents: documents.get(i.id) ?? [] })),
    store: getBlobStore(),
    t,
  });
  return meetingPdfResponse(new Uint8Array(pack.bytes), { document: "handlingar", groupShortName: meeting.groupShortName, date: meeting.date });
}

// The notice of the meeting (kallelse) as an A4 PDF, for everyone who may see
// the meeting (members once the agenda is published, as on the page).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { messagesFor } from "~/i18n";
import { getAgendaMeeting, getAgendaView } from "~/models/agenda-item.server";
import { getRole } from "~/models/group.server";
import { canSeeMeeting } from "~/models/permissions";
import { renderNoticePdf } from "~/pdf/notice-pdf.server";
import { getNoticeFacts } from "~/protocol";
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
  const [sections, facts] = await Promise.all([getAgendaView(db, meeting), getNoticeFacts(db, meeting.id, meeting.groupId)]);
  const pdf = await renderNoticePdf({ meeting, sections, facts, t: messagesFor(locale), locale });
  return meetingPdfResponse(new Uint8Array(pdf), { document: "kallelse", groupShortName: meeting.groupShortName, date: meeting.date });
}

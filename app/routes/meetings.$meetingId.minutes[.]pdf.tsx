// The minutes as PDF in protocol form, for everyone who may see the meeting once it is held.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { messagesFor } from "~/i18n";
import { getMeetingView } from "~/models/meeting.server";
import { getMinutesExtras } from "~/models/minutes-view.server";
import { getProtocolFacts } from "~/protocol";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { renderMinutesPdf } from "~/pdf/minutes-pdf.server";
import { getLocale } from "~/utils/session.server";
import { meetingPdfResponse } from "~/pdf/response.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const view = await getMeetingView(db, user, parseId(params.meetingId), today());
  if (!view || !["held", "minutes_drafted", "minutes_approved"].includes(view.meeting.state)) throw notFound();
  const locale = await getLocale(request);
  const [extras, facts] = await Promise.all([
    getMinutesExtras(db, user.id, view.meeting.id, view.meeting.groupId, view.role),
    getProtocolFacts(db, view.meeting.id, view.meeting.groupId),
  ]);
  const pdf = await renderMinutesPdf(view, extras, facts, messagesFor(locale), locale);
  return meetingPdfResponse(new Uint8Array(pdf), { document: "protokoll", groupShortName: view.meeting.groupShortName, date: view.meeting.date }, "inline");
}

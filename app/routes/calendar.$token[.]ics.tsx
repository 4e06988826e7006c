// /calendar/<token>.ics: a user's calendar feed. The secret token is the key
// (calendar clients cannot sign in); a wrong or revoked token is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { messagesFor, isLocale } from "~/i18n";
import { buildCalendarFeed, findUserByCalendarToken } from "~/models/calendar.server";
import { notFound } from "~/utils/auth.server";
import { today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const found = await findUserByCalendarToken(db, params.token ?? "");
  if (!found) throw notFound();
  const t = messagesFor(isLocale(found.locale) ? found.locale : "sv");
  const body = await buildCalendarFeed(db, found.user, today(), t.followUp.calendar, new URL(request.url).origin);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="styrbord.ics"',
      "Cache-Control": "private, max-age=900",
      "X-Robots-Tag": "noindex",
    },
  });
}

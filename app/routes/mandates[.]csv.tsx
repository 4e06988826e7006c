// The register's current filter as CSV for Swedish Excel (see app/utils/csv.ts).
// Dates are written 2026-03-06: the Swedish standard form, which Swedish Excel reads as a date.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { messagesFor } from "~/i18n";
import { formatDuePoint } from "~/models/mandate-due";
import { readRegisterFilter, searchMandates } from "~/models/mandate.server";
import { requireUser } from "~/utils/auth.server";
import { toCsv } from "~/utils/csv";
import { today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = await getLocale(request);
  const t = messagesFor(locale);
  const db = getDb();
  const url = new URL(request.url);
  const { filter } = await readRegisterFilter(db, user, url);
  const day = today();
  const { rows } = await searchMandates(db, user, filter, day, null);
  const c = t.followUp.csv;
  const body = toCsv(
    [c.task, c.group, c.unit, c.givenOn, c.dueDay, c.dueText, c.status, c.dueState, c.link],
    rows.map((m) => [
      m.task.charAt(0).toUpperCase() + m.task.slice(1),
      m.groupShortName,
      m.unitName,
      m.givenOn,
      m.dueDay,
      formatDuePoint(m, locale),
      t.mandateStatuses[m.status],
      t.followUp.dueStates[m.dueState],
      `${url.origin}/mandates/${m.id}`,
    ]),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="uppdrag-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

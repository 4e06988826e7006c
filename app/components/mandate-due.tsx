import type { DueState } from "~/models/mandate-due";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDay } from "~/utils/dates";

/** "till mötet den 13 november 2025" or "senast 6 mars 2026". */
export function DueText({ dueDate, dueMeetingDate }: { dueDate: string | null; dueMeetingDate: string | null }) {
  const t = useT();
  const locale = useLocale();
  if (dueDate) return <>{t.mandates.dueOnDate(formatDay(dueDate, locale))}</>;
  if (dueMeetingDate) return <>{t.mandates.dueAtMeeting(formatDay(dueMeetingDate, locale))}</>;
  return <>{t.mandates.noDue}</>;
}

export function DueBadge({ state }: { state: DueState }) {
  const t = useT();
  if (state === "overdue") return <span className="badge badge--overdue">{t.mandates.overdue}</span>;
  if (state === "due_soon") return <span className="badge badge--soon">{t.mandates.dueSoon}</span>;
  return null;
}

import { formatDuePoint, type DueState } from "~/models/mandate-due";
import { useLocale, useT } from "~/i18n/use-t";

/** "till mötet den 13 november 2025" or "senast 6 mars 2026", in the reader's language. */
export function DueText({ dueDate, dueMeetingDate }: { dueDate: string | null; dueMeetingDate: string | null }) {
  const locale = useLocale();
  return <>{formatDuePoint({ dueDate, dueMeetingDate }, locale)}</>;
}

export function DueBadge({ state }: { state: DueState }) {
  const t = useT();
  if (state === "overdue") return <span className="badge badge--overdue">{t.mandates.overdue}</span>;
  if (state === "due_soon") return <span className="badge badge--soon">{t.mandates.dueSoon}</span>;
  return null;
}

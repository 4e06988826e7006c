// A list of rounds: title, state, when it closes or closed, how many answered.
import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";
import { formatInstant } from "~/utils/dates";
import type { RoundState } from "../../db/schema";

export type RoundListItem = { id: number; title: string; state: RoundState; closesAt: string; closedAt: string | null; asked: number; answered: number };

export function RoundList({ rounds }: { rounds: RoundListItem[] }) {
  const t = useT();
  const R = t.rounds;
  const locale = useLocale();
  if (!rounds.length) return <p className="muted">{R.none}</p>;
  return (
    <ul className="round-members">
      {rounds.map((r) => (
        <li key={r.id}>
          <span>
            <Link to={`/rounds/${r.id}`}>{r.title}</Link> <span className={`round-state round-state--${r.state}`}>{R.states[r.state]}</span>
          </span>
          <span className="muted">
            {r.state === "open" ? R.closesAt(formatInstant(r.closesAt, locale)) : R.closedAt(formatInstant(r.closedAt!, locale))} · {R.answered(r.answered, r.asked)}
          </span>
        </li>
      ))}
    </ul>
  );
}

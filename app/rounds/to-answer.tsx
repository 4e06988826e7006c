// The home page's card: the open rounds that wait for this person's answer.
import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";
import { formatInstant } from "~/utils/dates";

type Props = { rounds: { id: number; title: string; closes_at: string; group_short_name: string }[] };

export function RoundsToAnswer({ rounds }: Props) {
  const t = useT();
  const R = t.rounds;
  const locale = useLocale();
  return (
    <section aria-labelledby="rounds-to-answer" className="card">
      <h2 id="rounds-to-answer">
        {R.title}
        <span className="badge badge--soon">{R.toAnswerCount(rounds.length)}</span>
      </h2>
      <ul className="plain-list">
        {rounds.map((r) => (
          <li key={r.id}>
            <Link to={`/rounds/${r.id}`}>{r.title}</Link>
            <br />
            <small>
              {r.group_short_name} · {R.closesAt(formatInstant(r.closes_at, locale))}
            </small>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/rounds">{R.link}</Link>
      </p>
    </section>
  );
}

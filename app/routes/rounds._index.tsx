// The rounds waiting for the signed-in person's answer, and the rounds of each
// of their groups.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useT } from "~/i18n/use-t";
import { listGroupsForUser } from "~/models/group.server";
import { listGroupRounds, listRoundsToAnswer } from "~/rounds";
import { RoundList } from "~/rounds/round-list";
import roundStyles from "~/rounds/rounds.css";
import { requireUser } from "~/utils/auth.server";
import { formatInstant } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: roundStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.rounds.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const groups = (await listGroupsForUser(getDb(), user)).filter((g) => g.role !== null);
  const [toAnswer, perGroup] = await Promise.all([listRoundsToAnswer(getDb(), user.id), Promise.all(groups.map(async (g) => ({ id: g.id, name: g.name, rounds: await listGroupRounds(getDb(), g.id) })))]);
  return { toAnswer, groups: perGroup };
}

export default function RoundsPage() {
  const { toAnswer, groups } = useLoaderData<typeof loader>();
  const t = useT();
  const R = t.rounds;
  const locale = useLocale();
  return (
    <article>
      <h1>{R.title}</h1>
      <section aria-labelledby="rounds-to-answer" className="card">
        <h2 id="rounds-to-answer">{R.toAnswer}</h2>
        {toAnswer.length ? (
          <ul>
            {toAnswer.map((r) => (
              <li key={r.id}>
                <Link to={`/rounds/${r.id}`}>{r.title}</Link> ({r.group_short_name}) – {R.closesAt(formatInstant(r.closes_at, locale))}
              </li>
            ))}
          </ul>
        ) : (
          <p>{R.noneToAnswer}</p>
        )}
      </section>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`rounds-group-${g.id}`} className="card round-section">
          <h2 id={`rounds-group-${g.id}`}>
            <Link to={`/groups/${g.id}/rounds`}>{g.name}</Link>
          </h2>
          <RoundList rounds={g.rounds} />
        </section>
      ))}
    </article>
  );
}

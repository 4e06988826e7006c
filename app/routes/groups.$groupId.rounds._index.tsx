// A group's per-capsulam rounds: everyone in the group sees them; the secretary
// (and administrators) open new ones and set the group's rule.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { getRole } from "~/models/group.server";
import { canOpenRound, canSeeRound } from "~/models/permissions";
import { getGroupName } from "~/models/standing-item.server";
import { getRoundSettings, listGroupRounds } from "~/rounds";
import { RoundList } from "~/rounds/round-list";
import roundStyles from "~/rounds/rounds.css";
import agendaStyles from "~/styles/agenda.css";
import { notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: agendaStyles },
  { rel: "stylesheet", href: roundStyles },
];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.rounds.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const groupId = parseId(params.groupId);
  const name = await getGroupName(getDb(), groupId);
  if (!name) throw notFound();
  const role = await getRole(getDb(), user, groupId);
  if (!canSeeRound(role)) throw notFound();
  const [rounds, settings] = await Promise.all([listGroupRounds(getDb(), groupId), getRoundSettings(getDb(), groupId)]);
  return { groupId, name, rounds, rule: settings!.rule, manage: canOpenRound(user, role) };
}

export default function GroupRoundsPage() {
  const { groupId, name, rounds, rule, manage } = useLoaderData<typeof loader>();
  const t = useT();
  const R = t.rounds;
  return (
    <article>
      <p className="eyebrow">
        <Link to="/rounds">{R.title}</Link> › <Link to={`/groups/${groupId}/per-capsulam`}>{t.minutes.perCapsulam.link}</Link>
      </p>
      <h1>{R.groupTitle(name)}</h1>
      <p>{R.intro}</p>
      <p className="muted">{R.ruleNames[rule]}</p>
      {manage ? (
        <p className="toolbar-row">
          <Link className="button" to={`/groups/${groupId}/rounds/new`}>
            {R.newRound}
          </Link>
          <Link className="button button--secondary" to={`/groups/${groupId}/rounds/settings`}>
            {R.settingsTitle}: {R.settingsRule.toLowerCase()}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="rounds-list" className="card">
        <h2 id="rounds-list">{R.list}</h2>
        <RoundList rounds={rounds} />
      </section>
    </article>
  );
}

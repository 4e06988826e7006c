import { safeExternalUrl } from "~/security/urls";
import { pageTitle } from "~/i18n/meta";
import type { HydrateHandle } from "~/root";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DeadlineTimeline } from "~/components/deadline-timeline";
import { messagesFor } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import { listCalls, listTimelineItems } from "~/models/deadline.server";
import { mayManageCallsAndProjects } from "~/models/follow-up-access.server";
import { requireUser } from "~/utils/auth.server";
import { addCalendarDays, addCalendarMonths, formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.followUp.nav.deadlines);

/** One page of history: twelve months, ending on `?history=YYYY-MM-DD` (default today); older pages by that key. */
const HISTORY_MONTHS = 12;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Only reads: no JavaScript (root.tsx). */
export const handle: HydrateHandle = { hydrate: false };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const t = messagesFor(await getLocale(request));
  const day = today();
  const upcoming = { from: day, to: addCalendarMonths(day, 12) };
  // A nonsense or future `history` is the latest page.
  const asked = new URL(request.url).searchParams.get("history");
  const historyTo = asked && DAY.test(asked) && asked < day ? asked : day;
  const history = { from: addCalendarDays(addCalendarMonths(historyTo, -HISTORY_MONTHS), 1), to: historyTo };
  const [calls, upcomingItems, historyItems, mayEdit] = await Promise.all([
    listCalls(db),
    listTimelineItems(db, user, upcoming, day, t.followUp.timeline),
    listTimelineItems(db, user, history, day, t.followUp.timeline),
    mayManageCallsAndProjects(db, user),
  ]);
  const earlier = addCalendarDays(history.from, -1);
  const later = historyTo < day ? addCalendarMonths(historyTo, HISTORY_MONTHS) : null;
  return {
    today: day,
    // Only http(s) addresses become links (app/security/urls.ts).
    calls: calls.map((c) => ({ ...c, url: safeExternalUrl(c.url) })),
    upcoming: { ...upcoming, items: upcomingItems },
    history: { ...history, items: historyItems, earlier, later: later && later < day ? later : later ? "" : null },
    mayEdit,
  };
}

export default function DeadlinesPage() {
  const { today, calls, upcoming, history, mayEdit } = useLoaderData<typeof loader>();
  const t = useT();
  const d = t.followUp.deadlines;
  const locale = useLocale();
  return (
    <>
      <h1>{d.title}</h1>
      <p>{d.intro}</p>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{d.upcoming}</h2>
        <DeadlineTimeline id="upcoming" items={upcoming.items} from={upcoming.from} to={upcoming.to} today={today} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.register.history.window(formatDay(history.from, locale), formatDay(history.to, locale))}</h2>
        <DeadlineTimeline id="history" items={history.items} from={history.from} to={history.to} today={today} />
        <nav aria-label={t.register.history.nav} className="pager">
          <Link to={`/deadlines?history=${history.earlier}#history-heading`} rel="prev">
            {t.register.history.earlier}
          </Link>
          {history.later !== null ? (
            <Link to={history.later ? `/deadlines?history=${history.later}#history-heading` : "/deadlines#history-heading"} rel="next">
              {history.later ? t.register.history.later : t.register.history.latest}
            </Link>
          ) : null}
        </nav>
      </section>
      <section aria-labelledby="calls-heading">
        <h2 id="calls-heading">{d.calls}</h2>
        {mayEdit ? (
          <p>
            <Link to="/calls/new" className="button">
              {d.newCall}
            </Link>
          </p>
        ) : null}
        {calls.length === 0 ? (
          <p>{d.noCalls}</p>
        ) : (
          <div className="table-wrap">
            <table className="table--cards">
              <thead>
                <tr>
                  <th scope="col">{d.fund}</th>
                  <th scope="col">{d.code}</th>
                  <th scope="col">{d.programmeArea}</th>
                  <th scope="col">{d.opens}</th>
                  <th scope="col">{d.closes}</th>
                  <th scope="col">{d.applicationDeadline}</th>
                  <th scope="col">{d.mandates}</th>
                  <th scope="col">{d.projects}</th>
                  {mayEdit ? <th scope="col"><span className="visually-hidden">{d.editCall}</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {calls.map((c) => (
                  <tr key={c.id} id={`call-${c.id}`}>
                    <td>{c.fund}</td>
                    <td>
                      {c.url ? (
                        <a href={c.url} rel="noopener noreferrer" target="_blank" aria-label={d.external(`${c.code} – ${c.title}`)}>
                          <strong>{c.code}</strong>
                        </a>
                      ) : (
                        <strong>{c.code}</strong>
                      )}
                      <br />
                      <small>{c.title}</small>
                    </td>
                    <td data-label={d.programmeArea}>{c.programme_area ?? t.common.none}</td>
                    <td className="nowrap" data-label={d.opens}>{formatDay(c.opens_on, locale)}</td>
                    <td className="nowrap" data-label={d.closes}>{formatDay(c.closes_on, locale)}</td>
                    <td className="nowrap" data-label={d.applicationDeadline}>{c.application_deadline ? formatDay(c.application_deadline, locale) : t.common.none}</td>
                    <td data-label={d.mandates}>
                      {c.mandates.length ? (
                        <ul className="plain-list">
                          {c.mandates.map((m) => (
                            <li key={m.id}>
                              <Link to={`/mandates/${m.id}`}>{m.task}</Link>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        t.common.none
                      )}
                    </td>
                    <td data-label={d.projects}>
                      {c.projects.length
                        ? c.projects.map((p, i) => (
                            <span key={p.id}>
                              {i ? ", " : ""}
                              <Link to={`/projects/${p.id}`}>{p.name}</Link>
                            </span>
                          ))
                        : t.common.none}
                    </td>
                    {mayEdit ? (
                      <td>
                        <Link to={`/calls/${c.id}/edit`} aria-label={`${d.editCall} ${c.code}`}>
                          {d.editCall}
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

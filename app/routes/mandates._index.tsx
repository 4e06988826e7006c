import { pageTitle } from "~/i18n/meta";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DueBadge, DueText } from "~/components/mandate-due";
import { useLocale, useT } from "~/i18n/use-t";
import { readRegisterFilter, searchMandates } from "~/models/mandate.server";
import { requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { DUE_FILTERS, MANDATE_SORTS, mandateFilterParams, STATUS_FILTERS } from "~/validation/mandate-filter";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.followUp.register.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const { filter, ignored, groups, units } = await readRegisterFilter(db, user, new URL(request.url));
  const result = await searchMandates(db, user, filter, today());
  const link = (page: number) => `/mandates?${mandateFilterParams(filter, { page })}`;
  return {
    filter,
    ignored,
    groups,
    units,
    ...result,
    csvHref: `/mandates.csv?${mandateFilterParams(filter, { page: 1 })}`,
    previousHref: result.page > 1 ? link(result.page - 1) : null,
    nextHref: result.page < result.pageCount ? link(result.page + 1) : null,
  };
}

export default function MandatesPage() {
  const data = useLoaderData<typeof loader>();
  const { filter, rows } = data;
  const t = useT();
  const r = t.followUp.register;
  const locale = useLocale();
  return (
    <>
      <h1>{r.title}</h1>
      <p>{r.intro}</p>
      {data.ignored.length ? (
        <div className="notice" role="status">
          {data.ignored.map((i) => (
            <p key={i.param}>{r.ignored(i.param, i.value)}</p>
          ))}
        </div>
      ) : null}
      <Form method="get" className="filters" aria-label={r.filters}>
        <div className="field">
          <label htmlFor="f-group">{r.group}</label>
          <select id="f-group" name="group" defaultValue={filter.groupId ?? ""}>
            <option value="">{r.all}</option>
            {data.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-unit">{r.unit}</label>
          <select id="f-unit" name="unit" defaultValue={filter.unitId ?? ""}>
            <option value="">{r.all}</option>
            {data.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">{r.status}</label>
          <select id="f-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{r.all}</option>
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {s === "open" ? r.statusOpen : t.mandateStatuses[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-due">{r.due}</label>
          <select id="f-due" name="due" defaultValue={filter.due ?? ""}>
            <option value="">{r.all}</option>
            {DUE_FILTERS.map((d) => (
              <option key={d} value={d}>
                {r.dueOptions[d]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">{r.sort}</label>
          <select id="f-sort" name="sort" defaultValue={filter.sort}>
            {MANDATE_SORTS.map((s) => (
              <option key={s} value={s}>
                {r.sortOptions[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-dir">{r.dir}</label>
          <select id="f-dir" name="dir" defaultValue={filter.dir}>
            <option value="asc">{r.dirOptions.asc}</option>
            <option value="desc">{r.dirOptions.desc}</option>
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {r.apply}
          </button>
          <Link to="/mandates">{r.reset}</Link>
        </div>
      </Form>
      <p className="register-meta">
        <span role="status">{r.count(rows.length, data.total)}</span>{" "}
        <a href={data.csvHref} download>
          {r.csv}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{r.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="mandate-table table--cards">
            <thead>
              <tr>
                <th scope="col">{t.mandates.task}</th>
                <th scope="col">{t.mandates.assignee}</th>
                <th scope="col">{t.mandates.group}</th>
                <th scope="col">{t.mandates.given}</th>
                <th scope="col">{t.mandates.due}</th>
                <th scope="col">{t.mandates.status}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id} className={m.dueState === "overdue" ? "row--overdue" : undefined}>
                  <td className="capitalise">
                    <Link to={`/mandates/${m.id}`}>{m.task}</Link>
                  </td>
                  <td data-label={t.mandates.assignee}>{m.unitName ?? t.mandates.noAssignee}</td>
                  <td data-label={t.mandates.group}>{m.groupShortName}</td>
                  <td data-label={t.mandates.given} className="nowrap">{formatDay(m.givenOn, locale)}</td>
                  <td data-label={t.mandates.due}>
                    <DueText dueDate={m.dueDate} dueMeetingDate={m.dueMeetingDate} /> <DueBadge state={m.dueState} />
                  </td>
                  <td data-label={t.mandates.status}>{t.mandateStatuses[m.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.pageCount > 1 ? (
        <nav className="paging" aria-label={r.paging}>
          {data.previousHref ? <Link to={data.previousHref}>{r.previous}</Link> : <span />}
          <span>{r.page(data.page, data.pageCount)}</span>
          {data.nextHref ? <Link to={data.nextHref}>{r.next}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}

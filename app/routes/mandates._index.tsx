import { pageTitle } from "~/i18n/meta";
import type { HydrateHandle } from "~/root";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import documentStyles from "~/styles/documents.css";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DueBadge, DueText } from "~/components/mandate-due";
import { mandatesWithDeliverables } from "~/documents";
import { useLocale, useT } from "~/i18n/use-t";
import { readRegisterFilter, searchMandates } from "~/models/mandate.server";
import { requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { DUE_FILTERS, MANDATE_SORTS, mandateFilterParams, STATUS_FILTERS } from "~/validation/mandate-filter";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: documentStyles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.followUp.register.title);

/** Only reads (its filters are GET forms and links): no JavaScript (root.tsx). */
export const handle: HydrateHandle = { hydrate: false };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const { filter, ignored, groups, units } = await readRegisterFilter(db, user, new URL(request.url));
  const result = await searchMandates(db, user, filter, today());
  // The mark that a deliverable is attached (issue 17).
  const withDeliverable = [...(await mandatesWithDeliverables(db, result.rows.map((r) => r.id)))];
  const link = (page: number) => `/mandates?${mandateFilterParams(filter, { page })}`;
  return {
    filter,
    ignored,
    groups,
    units,
    ...result,
    withDeliverable,
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
        <FilterSelect id="f-group" name="group" label={r.group} defaultValue={filter.groupId ?? ""} options={[{ value: "", label: r.all }, ...data.groups.map((g) => ({ value: String(g.id), label: g.shortName }))]} />
        <FilterSelect id="f-unit" name="unit" label={r.unit} defaultValue={filter.unitId ?? ""} options={[{ value: "", label: r.all }, ...data.units.map((u) => ({ value: String(u.id), label: u.name }))]} />
        <FilterSelect id="f-status" name="status" label={r.status} defaultValue={filter.status ?? ""} options={[{ value: "", label: r.all }, ...STATUS_FILTERS.map((s) => ({ value: s, label: s === "open" ? r.statusOpen : t.mandateStatuses[s] }))]} />
        <FilterSelect id="f-due" name="due" label={r.due} defaultValue={filter.due ?? ""} options={[{ value: "", label: r.all }, ...DUE_FILTERS.map((d) => ({ value: d, label: r.dueOptions[d] }))]} />
        <FilterSelect id="f-sort" name="sort" label={r.sort} defaultValue={filter.sort} options={MANDATE_SORTS.map((s) => ({ value: s, label: r.sortOptions[s] }))} />
        <FilterSelect id="f-dir" name="dir" label={r.dir} defaultValue={filter.dir} options={[{ value: "asc", label: r.dirOptions.asc }, { value: "desc", label: r.dirOptions.desc }]} />
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
                    {data.withDeliverable.includes(m.id) ? (
                      <>
                        {" "}
                        <Link to={`/mandates/${m.id}#deliverables`} className="badge badge--deliverable">
                          {t.documents.deliverableMark}
                        </Link>
                      </>
                    ) : null}
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

function FilterSelect({ id, name, label, defaultValue, options }: { id: string; name: string; label: string; defaultValue: string | number; options: Array<{ value: string; label: string }> }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={String(defaultValue)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DueBadge, DueText } from "~/components/mandate-due";
import { useLocale, useT } from "~/i18n/use-t";
import { listMandates } from "~/models/mandate.server";
import { requireUser } from "~/utils/auth.server";
import { formatDay, today } from "~/utils/dates";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction = () => [{ title: "Uppdrag – Styrbord" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { mandates: await listMandates(getDb(), user, today()) };
}

export default function MandatesPage() {
  const { mandates } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t.mandates.title}</h1>
      <p>{t.mandates.intro}</p>
      {mandates.length === 0 ? (
        <p>{t.mandates.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="mandate-table">
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
              {mandates.map((m) => (
                <tr key={m.id} className={m.dueState === "overdue" ? "row--overdue" : undefined}>
                  <td className="capitalise">{m.task}</td>
                  <td>{m.unitName ?? t.mandates.noAssignee}</td>
                  <td>{m.groupShortName}</td>
                  <td className="nowrap">{formatDay(m.givenOn, locale)}</td>
                  <td>
                    <DueText dueDate={m.dueDate} dueMeetingDate={m.dueMeetingDate} /> <DueBadge state={m.dueState} />
                  </td>
                  <td>{t.mandateStatuses[m.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ProjectForm } from "~/components/project-form";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { mayManageCallsAndProjects } from "~/models/follow-up-access.server";
import { parseProjectForm } from "~/models/project-form.server";
import { getProject, listProjectChoices, saveProject } from "~/models/project.server";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => t.followUp.projectForm.editTitle(data?.project.name ?? ""));

async function load(request: Request, projectId: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const found = await getProject(db, parseId(projectId));
  if (!found) throw notFound();
  if (!(await mayManageCallsAndProjects(db, user))) throw forbidden();
  return { user, project: found.project };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await load(request, params.projectId);
  return { project, choices: await listProjectChoices(getDb()) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, project } = await load(request, params.projectId);
  const db = getDb();
  const parsed = await parseProjectForm(db, await readForm(request), messagesFor(await getLocale(request)), project.id);
  if (!parsed.ok) return data(parsed.reply, { status: 400 });
  await saveProject(db, user.id, project.id, parsed.value);
  return redirect(`/projects/${project.id}`);
}

const str = (v: string | number | null) => (v === null ? undefined : String(v));

export default function EditProjectPage() {
  const { project: p, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t.followUp.projectForm.editTitle(p.name)}</h1>
      <ProjectForm
        lastResult={lastResult}
        choices={choices}
        cancelTo={`/projects/${p.id}`}
        defaultValue={{
          caseNumber: str(p.case_number),
          name: p.name,
          status: p.status,
          owner: str(p.owner),
          fund: str(p.fund),
          programmeArea: str(p.programme_area),
          specificObjective: str(p.specific_objective),
          periodStart: str(p.period_start),
          periodEnd: str(p.period_end),
          totalBudget: str(p.total_budget),
          grantedSupport: str(p.granted_support),
          cofinancingRate: str(p.cofinancing_rate),
          plannedParticipants: str(p.planned_participants),
          region: str(p.region),
          contactName: str(p.contact_name),
          contactTitle: str(p.contact_title),
          contactEmail: str(p.contact_email),
          contactPhone: str(p.contact_phone),
          groupId: str(p.group_id),
          callId: str(p.call_id),
          mandateId: str(p.mandate_id),
        }}
      />
    </>
  );
}

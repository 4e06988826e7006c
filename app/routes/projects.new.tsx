import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ProjectForm } from "~/components/project-form";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { mayManageCallsAndProjects } from "~/models/follow-up-access.server";
import { parseProjectForm } from "~/models/project-form.server";
import { listProjectChoices, saveProject } from "~/models/project.server";
import { forbidden, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.followUp.projectForm.newTitle);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!(await mayManageCallsAndProjects(getDb(), user))) throw forbidden();
  return { choices: await listProjectChoices(getDb()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  if (!(await mayManageCallsAndProjects(db, user))) throw forbidden();
  const parsed = await parseProjectForm(db, await readForm(request), messagesFor(await getLocale(request)), null);
  if (!parsed.ok) return data(parsed.reply, { status: 400 });
  const id = await saveProject(db, user.id, null, parsed.value);
  return redirect(`/projects/${id}`);
}

export default function NewProjectPage() {
  const { choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <h1>{t.followUp.projectForm.newTitle}</h1>
      <ProjectForm lastResult={lastResult} choices={choices} defaultValue={{ status: "idea", fund: "ESF+" }} cancelTo="/projects" />
    </>
  );
}

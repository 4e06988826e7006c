// The group's rule for per-capsulam rounds (the secretary's and administrators').
// The form also sits on the protocol settings page; a refused save comes back here.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { getRoundSettings, saveRoundSettings } from "~/rounds";
import { RoundSettingsForm } from "~/rounds/settings-form";
import { roundSettingsSchema } from "~/rounds/validation";
import agendaStyles from "~/styles/agenda.css";
import { getDb } from "~/utils/db.server";
import { requireRoundOpener } from "~/rounds/access.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.rounds.settingsTitle);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { groupId, name } = await requireRoundOpener(request, params.groupId);
  return { groupId, name, settings: (await getRoundSettings(getDb(), groupId))! };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, groupId } = await requireRoundOpener(request, params.groupId);
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: roundSettingsSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await saveRoundSettings(getDb(), user.id, groupId, submission.value);
  return redirect(`/groups/${groupId}/rounds/settings?saved=1`, 303);
}

export default function RoundSettingsPage() {
  const { groupId, name, settings } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const R = t.rounds;
  return (
    <div className="form-page">
      <p className="eyebrow">
        <Link to={`/groups/${groupId}/rounds`}>{R.groupTitle(name)}</Link> · <Link to={`/groups/${groupId}/protocol`}>{t.protocol.settingsLink}</Link>
      </p>
      <h1>
        {R.settingsTitle} – {name}
      </h1>
      <p>{R.settingsIntro}</p>
      <div role="status" aria-live="polite" className="status-region">
        {params.get("saved") && !actionData ? <p className="notice notice--ok">{R.settingsSaved}</p> : null}
      </div>
      <RoundSettingsForm groupId={groupId} settings={settings} result={actionData?.result} />
    </div>
  );
}

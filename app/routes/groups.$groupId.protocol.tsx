// The secretary's protocol settings for a group: how much of each item's
// background the minutes print, and whether approved minutes are posted (anslag).
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { getGroupName } from "~/models/standing-item.server";
import { getGroupProtocolSettings, MINUTES_BACKGROUNDS, saveGroupProtocolSettings } from "~/protocol";
import { getRoundSettings } from "~/rounds";
import { RoundSettingsForm } from "~/rounds/settings-form";
import agendaStyles from "~/styles/agenda.css";
import minutesStyles from "~/styles/minutes.css";
import { notFound, parseId, requireGroupRole, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { protocolSettingsSchema } from "~/validation/protocol";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: agendaStyles },
  { rel: "stylesheet", href: minutesStyles },
];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.protocol.settingsLink);

async function load(request: Request, groupIdParam: string | undefined) {
  const user = await requireUser(request);
  const groupId = parseId(groupIdParam);
  const name = await getGroupName(getDb(), groupId);
  if (!name) throw notFound();
  await requireGroupRole(user, groupId, ["secretary"]);
  return { user, groupId, name };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { groupId, name } = await load(request, params.groupId);
  return { groupId, name, settings: (await getGroupProtocolSettings(getDb(), groupId))!, rounds: (await getRoundSettings(getDb(), groupId))! };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, groupId } = await load(request, params.groupId);
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: protocolSettingsSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await saveGroupProtocolSettings(getDb(), user.id, groupId, { background: submission.value.background, postsMinutes: submission.value.postsMinutes });
  return redirect(`/groups/${groupId}/protocol?saved=1`, 303);
}

export default function ProtocolSettingsPage() {
  const { groupId, name, settings, rounds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const P = t.protocol;
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { background: settings.background, postsMinutes: settings.postsMinutes ? "on" : undefined },
    shouldRevalidate: "onBlur",
  });
  const chosen = (fields.background.initialValue as string | undefined) ?? settings.background;
  const backgroundError = fields.background.errors?.join(" ");
  return (
    <div className="form-page">
      <p className="eyebrow">
        <Link to="/meetings">{t.meetings.title}</Link> › <Link to={`/groups/${groupId}/standing-items`}>{t.agendaEditor.standingLink}</Link>
      </p>
      <h1>{P.settingsTitle(name)}</h1>
      <p>{P.settingsIntro}</p>
      <div role="status" aria-live="polite" className="status-region">
        {params.get("saved") && !actionData ? <p className="notice notice--ok">{P.settingsSaved}</p> : null}
      </div>
      <Form method="post" {...getFormProps(form)}>
        <fieldset className="field links-fieldset" aria-describedby={backgroundError ? fields.background.errorId : undefined}>
          <legend>{P.backgroundSetting}</legend>
          {MINUTES_BACKGROUNDS.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={fields.background.name} value={value} defaultChecked={chosen === value} /> {P.backgroundOptions[value]}
            </label>
          ))}
          {backgroundError ? (
            <p className="field-error" id={fields.background.errorId}>
              {backgroundError}
            </p>
          ) : null}
        </fieldset>
        <div className="field">
          <label className="choice">
            <input type="checkbox" name={fields.postsMinutes.name} defaultChecked={actionData ? fields.postsMinutes.initialValue === "on" : settings.postsMinutes} aria-describedby="posts-minutes-hint" /> {P.postsMinutesSetting}
          </label>
          <p className="hint-inline" id="posts-minutes-hint">
            {P.postsMinutesHint}
          </p>
        </div>
        <button type="submit" className="button">
          {P.settingsSave}
        </button>
      </Form>
      {/* Per-capsulam rounds (issue 18): the group's rule, saved by its own route. */}
      <section aria-labelledby="round-settings" style={{ marginTop: "2rem" }}>
        <h2 id="round-settings">{t.rounds.settingsTitle}</h2>
        <p>{t.rounds.settingsIntro}</p>
        <RoundSettingsForm groupId={groupId} settings={rounds} />
      </section>
    </div>
  );
}

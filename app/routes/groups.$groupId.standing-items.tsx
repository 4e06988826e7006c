// The secretary keeps the group's standing items: what every new agenda starts with.
import { parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import type { SubmissionResult } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { addStandingItem, getGroupName, listStandingItems, moveStandingItem, removeStandingItem, updateStandingItem } from "~/models/standing-item.server";
import { notFound, parseId, requireGroupRole, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import agendaStyles from "~/styles/agenda.css";
import { standingItemSchema } from "~/validation/agenda";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.agendaEditor.standingLink);

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
  return { groupId, name, items: await listStandingItems(getDb(), groupId) };
}

type ActionData = { intent: string; id: number | null; result?: SubmissionResult<string[]>; message?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, groupId } = await load(request, params.groupId);
  const t = messagesFor(await getLocale(request));
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const idValue = String(formData.get("id") ?? "");
  const id = /^[1-9]\d{0,9}$/.test(idValue) ? Number(idValue) : null;
  const db = getDb();
  const done = () => redirect(`/groups/${groupId}/standing-items?saved=1`, 303);
  if (intent === "add" || intent === "save") {
    const submission = parseWithZod(formData, { schema: standingItemSchema(t) });
    if (submission.status !== "success") return data({ intent, id, result: submission.reply() } satisfies ActionData, { status: 400 });
    const fields = { ...submission.value, presentation: submission.value.presentation ?? null };
    if (intent === "add") await addStandingItem(db, groupId, fields, user.id);
    else if (id === null || !(await updateStandingItem(db, groupId, id, fields, user.id)))
      return data({ intent, id, message: t.agendaEditor.standingMissing } satisfies ActionData, { status: 404 });
    return done();
  }
  if (intent === "remove") {
    if (id === null || !(await removeStandingItem(db, groupId, id, user.id))) return data({ intent, id, message: t.agendaEditor.standingMissing } satisfies ActionData, { status: 404 });
    return done();
  }
  if (intent === "up" || intent === "down") {
    const order = String(formData.get("order") ?? "").split(",").filter(Boolean);
    if (id === null || !order.every((o) => /^[1-9]\d{0,9}$/.test(o))) return data({ intent, id, message: t.agendaEditor.standingStale } satisfies ActionData, { status: 400 });
    if (!(await moveStandingItem(db, groupId, id, intent, order.map(Number), user.id)))
      return data({ intent, id, message: t.agendaEditor.standingStale } satisfies ActionData, { status: 409 });
    return done();
  }
  return data({ intent, id, message: t.errors.badRequest } satisfies ActionData, { status: 400 });
}

const KINDS = ["decision", "report", "per_capsulam", "other"] as const;

export default function StandingItemsPage() {
  const { groupId, name, items } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const t = useT();
  const m = t.agendaEditor;
  const order = items.map((i) => i.id).join(",");
  const row = (item: (typeof items)[number] | null, index: number) => {
    const key = item ? `standing-${item.id}` : "standing-new";
    const mine = actionData && (item ? actionData.id === item.id && actionData.intent === "save" : actionData.intent === "add") ? actionData : undefined;
    const value = (field: string, fallback: string) => (mine?.result?.initialValue?.[field] as string | undefined) ?? fallback;
    const error = (field: string) => mine?.result?.error?.[field]?.[0];
    const titleError = error("title");
    return (
      <li key={key} className="agenda-item">
        <Form method="post" className="field-row" aria-labelledby={item ? undefined : "add-standing"}>
          {item ? <input type="hidden" name="id" value={item.id} /> : null}
          <input type="hidden" name="order" value={order} />
          <div className="field">
            <label htmlFor={`${key}-title`}>{m.itemTitle}</label>
            <input
              id={`${key}-title`}
              name="title"
              defaultValue={value("title", item?.title ?? "")}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? `${key}-title-error` : undefined}
            />
            {titleError ? (
              <p className="field-error" id={`${key}-title-error`}>
                {titleError}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${key}-kind`}>{m.section}</label>
            <select id={`${key}-kind`} name="sectionKind" defaultValue={value("sectionKind", item?.section_kind ?? "other")}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.sections[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${key}-presentation`}>{m.presentation}</label>
            <input id={`${key}-presentation`} name="presentation" defaultValue={value("presentation", item?.presentation ?? "")} list="standing-presentations" />
          </div>
          <div className="toolbar-row">
            {item ? (
              <>
                <button type="submit" name="intent" value="save" className="button button--small" aria-label={m.standingSaveLabel(item.title)}>
                  {m.standingSave}
                </button>
                <button type="submit" name="intent" value="up" className="icon-button" disabled={index === 0} aria-label={m.moveUpLabel(item.title)}>
                  <span aria-hidden="true">↑</span>
                </button>
                <button type="submit" name="intent" value="down" className="icon-button" disabled={index === items.length - 1} aria-label={m.moveDownLabel(item.title)}>
                  <span aria-hidden="true">↓</span>
                </button>
                <button type="submit" name="intent" value="remove" className="link-button" aria-label={m.standingRemoveLabel(item.title)}>
                  {m.standingRemove}
                </button>
              </>
            ) : (
              <button type="submit" name="intent" value="add" className="button">
                {m.standingAdd}
              </button>
            )}
          </div>
        </Form>
      </li>
    );
  };
  return (
    <div className="form-page">
      <p className="eyebrow">
        <Link to="/meetings">{t.meetings.title}</Link> › <Link to={`/meetings/new?group=${groupId}`}>{m.planTitle}</Link>
      </p>
      <h1>{m.standingTitle(name)}</h1>
      <p>{m.standingIntro}</p>
      <p>
        <Link to={`/groups/${groupId}/protocol`}>{t.protocol.settingsLink}</Link>
      </p>
      <div role="status" aria-live="polite" className="status-region">
        {params.get("saved") && !actionData ? <p className="notice notice--ok">{m.standingSaved}</p> : null}
      </div>
      {actionData?.message ? (
        <p className="form-error" role="alert">
          {actionData.message}
        </p>
      ) : null}
      <datalist id="standing-presentations">
        {m.presentationSuggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <section className="agenda-section" aria-label={m.standingTitle(name)}>
        {items.length === 0 ? <p className="muted">{m.standingNone}</p> : null}
        <ol className="agenda-items">{items.map((item, index) => row(item, index))}</ol>
      </section>
      <section className="agenda-section" aria-labelledby="add-standing">
        <h2 id="add-standing">{m.standingAdd}</h2>
        <ol className="agenda-items">{row(null, items.length)}</ol>
      </section>
    </div>
  );
}

// The agenda of a meeting: the secretary's editor while the agenda is open,
// and for everyone who may see the meeting, the agenda with its revisions.
import { parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AgendaEditor, type AgendaActionData } from "~/components/agenda-editor/agenda-editor";
import { messagesFor } from "~/i18n";
import {
  addAgendaItem,
  addAgendaSection,
  getAgendaMeeting,
  getAgendaView,
  isRefusal,
  listAgendaChanges,
  listItemLinkOptions,
  moveAgendaItem,
  publishAgenda,
  removeAgendaItem,
  removeAgendaSection,
  updateAgendaItem,
  type AgendaRefusal,
} from "~/models/agenda-item.server";
import { getRole } from "~/models/group.server";
import { agendaIsOpen, canEditAgenda, canSeeMeeting } from "~/models/permissions";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { readRichTextField } from "~/utils/rich-text-form.server";
import { richTextToEditablePlain } from "~/utils/rich-text-form.server";
import { getLocale } from "~/utils/session.server";
import agendaStyles from "~/styles/agenda.css";
import { agendaItemSchema, sectionSchema } from "~/validation/agenda";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? `${t.meeting.agenda}: ${data.meeting.title}` : null));

async function loadMeeting(request: Request, meetingIdParam: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const meeting = await getAgendaMeeting(db, parseId(meetingIdParam));
  if (!meeting) throw notFound();
  const role = await getRole(db, user, meeting.groupId);
  // A draft is invisible, not forbidden, to members (as on the meeting page).
  if (!canSeeMeeting(role, meeting.state)) throw notFound();
  return { user, db, meeting, role };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, meeting, role } = await loadMeeting(request, params.meetingId);
  const canEdit = canEditAgenda(role) && agendaIsOpen(meeting.state) && !meeting.cancelledAt;
  const [sections, changes, options] = await Promise.all([
    getAgendaView(db, meeting),
    listAgendaChanges(db, meeting),
    canEdit ? listItemLinkOptions(db, meeting) : null,
  ]);
  return { meeting, sections, changes, options, canEdit, isSecretary: canEditAgenda(role) };
}

const REFUSAL_STATUS: Record<AgendaRefusal["refused"], number> = {
  closed: 409,
  section: 400,
  mandate: 400,
  call: 400,
  project: 400,
  "stale-order": 409,
  "not-found": 404,
  "not-empty": 409,
  version: 409,
};

const REFUSAL_FIELD: Partial<Record<AgendaRefusal["refused"], string>> = {
  section: "sectionId",
  mandate: "mandateId",
  call: "callId",
  project: "projectId",
};

function ids(values: FormDataEntryValue[]): number[] | null {
  const list = values.flatMap((v) => String(v).split(",")).filter((v) => v.trim() !== "");
  if (!list.every((v) => /^[1-9]\d{0,9}$/.test(v.trim()))) return null;
  return list.map((v) => Number(v));
}

function positiveInt(value: FormDataEntryValue | null): number | null {
  return typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, meeting, role } = await loadMeeting(request, params.meetingId);
  if (!canEditAgenda(role)) throw forbidden();
  const t = messagesFor(await getLocale(request));
  const m = t.agendaEditor;
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const back = (status: string, itemId?: number, extra = "") =>
    redirect(`/meetings/${meeting.id}/agenda?status=${status}${itemId ? `&item=${itemId}` : ""}${extra}${itemId ? `#item-${itemId}` : ""}`, 303);
  const refusal = (r: AgendaRefusal, extra: Partial<AgendaActionData> = {}) =>
    data({ intent, message: m.refused[r.refused], ...extra } satisfies AgendaActionData, { status: REFUSAL_STATUS[r.refused] });

  switch (intent) {
    case "add-item":
    case "edit-item": {
      const itemId = intent === "edit-item" ? positiveInt(formData.get("itemId")) : null;
      if (intent === "edit-item" && itemId === null) return data({ intent, message: m.refused["not-found"] } satisfies AgendaActionData, { status: 400 });
      const submission = parseWithZod(formData, { schema: agendaItemSchema(t) });
      const background = readRichTextField(formData, "background");
      const proposal = readRichTextField(formData, "proposal");
      const posted = {
        background: postedRichText(formData, "background"),
        proposal: postedRichText(formData, "proposal"),
      };
      const fieldErrors: Record<string, string[]> = {};
      for (const [name, field] of [["background", background], ["proposal", proposal]] as const) {
        if (!field.ok) fieldErrors[name] = [field.error === "link" ? m.richTextLink : m.richTextMalformed];
      }
      if (submission.status !== "success" || !background.ok || !proposal.ok) {
        const reply = submission.reply({ fieldErrors });
        return data({ intent, itemId, result: reply, posted } satisfies AgendaActionData, { status: 400 });
      }
      const v = submission.value;
      const fields = {
        sectionId: v.sectionId,
        title: v.title,
        presentation: v.presentation ?? null,
        presenter: v.presenter ?? null,
        background: background.value,
        proposal: proposal.value,
        mandateId: v.mandateId ?? null,
        callId: v.callId ?? null,
        projectId: v.projectId ?? null,
      };
      const result =
        itemId === null
          ? await addAgendaItem(db, meeting, fields, user.id)
          : await updateAgendaItem(db, meeting, itemId, v.version ?? 0, fields, user.id);
      if (isRefusal(result)) {
        const field = REFUSAL_FIELD[result.refused];
        const reply = submission.reply(field ? { fieldErrors: { [field]: [m.refused[result.refused]] } } : {});
        const conflict =
          result.refused === "version"
            ? {
                version: result.current.version,
                updatedAt: result.current.updatedAt,
                title: result.current.title,
                presentation: result.current.presentation,
                presenter: result.current.presenter,
                backgroundText: result.current.backgroundText,
                proposalText: result.current.proposalText,
              }
            : undefined;
        return refusal(result, { itemId, result: reply, posted, conflict });
      }
      return back(itemId === null ? "added" : "saved", result.id);
    }
    case "delete-item": {
      const itemId = positiveInt(formData.get("itemId"));
      const version = positiveInt(formData.get("version"));
      if (itemId === null || version === null) return data({ intent, message: m.refused["not-found"] } satisfies AgendaActionData, { status: 400 });
      const result = await removeAgendaItem(db, meeting, itemId, version, user.id);
      if (isRefusal(result)) return refusal(result, { itemId });
      return back("removed");
    }
    case "move-item": {
      const itemId = positiveInt(formData.get("itemId"));
      const direction = formData.get("direction");
      const expected = ids(formData.getAll("order"));
      if (itemId === null || (direction !== "up" && direction !== "down") || expected === null) {
        return data({ intent, message: m.refused["stale-order"] } satisfies AgendaActionData, { status: 400 });
      }
      const result = await moveAgendaItem(db, meeting, itemId, direction, expected, user.id);
      if (isRefusal(result)) return refusal(result, { itemId });
      return back("moved", result.id, `&dir=${direction}`);
    }
    case "add-section": {
      const submission = parseWithZod(formData, { schema: sectionSchema(t) });
      if (submission.status !== "success") return data({ intent, result: submission.reply() } satisfies AgendaActionData, { status: 400 });
      const result = await addAgendaSection(db, meeting, submission.value.sectionTitle, user.id);
      if (isRefusal(result)) return refusal(result);
      return back("sectionAdded");
    }
    case "remove-section": {
      const sectionId = positiveInt(formData.get("sectionId"));
      if (sectionId === null) return data({ intent, message: m.refused.section } satisfies AgendaActionData, { status: 400 });
      const result = await removeAgendaSection(db, meeting, sectionId, user.id);
      if (isRefusal(result)) return refusal(result);
      return back("sectionRemoved");
    }
    case "publish": {
      const result = await publishAgenda(db, meeting, user.id);
      if (isRefusal(result)) return refusal(result);
      return back("published");
    }
    default:
      return data({ intent, message: t.errors.badRequest } satisfies AgendaActionData, { status: 400 });
  }
}

/** What a refused save gives back to the form, so the secretary's text is kept. */
function postedRichText(formData: FormData, name: string) {
  const raw = formData.get(name);
  const json = typeof raw === "string" && raw.trim() !== "" ? raw : null;
  const plainPosted = formData.get(`${name}Plain`);
  const isPlain = formData.get(`${name}Format`) === "plain";
  if (json !== null && !isDocument(json)) {
    // Not a document at all: keep the text itself, in the plain field.
    return { json: null, plain: "", postedPlain: isPlain && typeof plainPosted === "string" ? plainPosted : json };
  }
  return {
    json,
    plain: richTextToEditablePlain(json),
    postedPlain: isPlain && typeof plainPosted === "string" ? plainPosted : null,
  };
}

export default function AgendaPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as AgendaActionData | undefined;
  return <AgendaEditor {...loaderData} actionData={actionData} />;
}

function isDocument(json: string): boolean {
  try {
    const value = JSON.parse(json) as { type?: unknown } | null;
    return typeof value === "object" && value !== null && value.type === "doc";
  } catch {
    return false;
  }
}

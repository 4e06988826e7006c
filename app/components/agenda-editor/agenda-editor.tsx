// The agenda page: for the secretary an editor (add, edit, remove, reorder,
// publish), for everyone else the published agenda and what changed since.
// Every control is a plain form, so all of it works without JavaScript.
import type { SubmissionResult } from "@conform-to/react";
import { Form, Link, useLocation, useSearchParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useLocale, useT } from "~/i18n/use-t";
import type { AgendaChange, AgendaMeeting, AgendaView } from "~/models/agenda-item.server";
import { ItemLinks, ItemTexts } from "~/components/item-texts";
import { formatDay, formatMeetingWhen, formatInstant } from "~/utils/dates";
import { ItemForm, type LinkOptions } from "./item-form";

export type PostedRichText = { json: string | null; plain: string; postedPlain: string | null };

export type AgendaActionData = {
  intent: string;
  itemId?: number | null;
  message?: string;
  result?: SubmissionResult<string[]>;
  posted?: { background: PostedRichText; proposal: PostedRichText };
  conflict?: {
    version: number;
    updatedAt: string;
    title: string;
    presentation: string | null;
    presenter: string | null;
    backgroundText: string | null;
    proposalText: string | null;
  };
};

type Props = {
  meeting: AgendaMeeting;
  sections: AgendaView;
  changes: AgendaChange[];
  options: LinkOptions | null;
  canEdit: boolean;
  isSecretary: boolean;
  actionData: AgendaActionData | undefined;
};

export function AgendaEditor({ meeting, sections, changes, options, canEdit, isSecretary, actionData }: Props) {
  const t = useT();
  const m = t.agendaEditor;
  const locale = useLocale();
  const [params] = useSearchParams();
  const location = useLocation();
  const editId = Number(params.get("edit")) || null;
  const addSectionId = Number(params.get("add")) || null;
  const status = params.get("status");
  const statusItem = Number(params.get("item")) || null;
  const base = `/meetings/${meeting.id}/agenda`;
  const sectionTitle = (s: { kind: string; title: string | null }) => s.title ?? t.sections[s.kind as keyof typeof t.sections];
  const allItems = sections.flatMap((s) => s.items.map((i) => ({ ...i, section: s })));
  const itemNamed = allItems.find((i) => i.id === statusItem);

  let statusText = "";
  if (status === "saved" && itemNamed) statusText = m.saved(itemNamed.title);
  else if (status === "added" && itemNamed) statusText = m.added(itemNamed.title);
  else if (status === "moved" && itemNamed)
    statusText = m.moved(itemNamed.title, itemNamed.section.items.findIndex((i) => i.id === itemNamed.id) + 1, itemNamed.section.items.length);
  else if (status === "removed") statusText = m.removed;
  else if (status === "published") statusText = m.published;
  else if (status === "sectionAdded") statusText = m.sectionAdded;
  else if (status === "sectionRemoved") statusText = m.sectionRemoved;

  // After a move with JavaScript, keep the keyboard on the moved item's button.
  useEffect(() => {
    if (status !== "moved" || !statusItem) return;
    const dir = params.get("dir") === "up" ? "up" : "down";
    const other = dir === "up" ? "down" : "up";
    const wanted = document.getElementById(`move-${dir}-${statusItem}`) as HTMLButtonElement | null;
    const target = wanted && !wanted.disabled ? wanted : (document.getElementById(`move-${other}-${statusItem}`) as HTMLButtonElement | null);
    target?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);

  const pageError = actionData?.message && !actionData.result ? actionData.message : null;
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (pageError) errorRef.current?.focus();
  }, [pageError, actionData]);

  return (
    <article className="agenda-page">
      <p className="eyebrow no-print">
        <Link to="/meetings">{t.meetings.title}</Link> › <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <h1>
        {meeting.title}
        <span className="subtitle">
          {canEdit ? m.title : t.meeting.agenda}
          {meeting.agendaPublishedAt && meeting.agendaRevision > 1 ? ` · ${m.revised(meeting.agendaRevision)}` : ""}
        </span>
      </h1>
      <dl className="facts">
        <div>
          <dt>{t.agendaEditor.group}</dt>
          <dd>{meeting.groupName}</dd>
        </div>
        <div>
          <dt>{t.meeting.dateAndPlace}</dt>
          <dd>
            {formatMeetingWhen(meeting, locale)}
            {" · "}
            {meeting.place ?? t.meeting.noPlace}
          </dd>
        </div>
        <div>
          <dt>{t.meetings.state}</dt>
          <dd>
            <span className={`state state--${meeting.state}`}>{meeting.cancelledAt ? t.notifications.reschedule.cancelled : t.meetingStates[meeting.state]}</span>
          </dd>
        </div>
      </dl>

      <div className="toolbar-row no-print">
        <a className="button button--secondary" href={`${base}.pdf`} download>
          {m.pdfLink}
        </a>
        <a className="button button--secondary" href={`/meetings/${meeting.id}/notice.pdf`} download>
          {t.protocol.noticeLink}
        </a>
        <Link className="button button--secondary" to={`/meetings/${meeting.id}`}>
          {m.backToMeeting}
        </Link>
        {canEdit ? (
          <Link className="button button--secondary" to={`/groups/${meeting.groupId}/standing-items`}>
            {m.standingLink}
          </Link>
        ) : null}
        {canEdit ? (
          <Link className="button button--secondary" to={`/meetings/${meeting.id}/reschedule`}>
            {t.notifications.reschedule.title}
          </Link>
        ) : null}
        {canEdit && meeting.state === "draft" ? (
          <Form method="post" action={base} className="inline-form">
            <button type="submit" name="intent" value="publish" className="button">
              {m.publish}
            </button>
          </Form>
        ) : null}
      </div>

      {canEdit && meeting.state === "draft" ? <p className="notice no-print">{m.draftNotice}</p> : null}
      {canEdit && meeting.agendaPublishedAt ? (
        <p className="notice no-print">{m.publishedNotice(formatInstant(meeting.agendaPublishedAt, locale))}</p>
      ) : null}
      {isSecretary && !canEdit ? <p className="notice no-print">{m.closedNotice}</p> : null}
      {!canEdit && meeting.agendaPublishedAt ? <p className="muted">{m.pdfPublished(formatInstant(meeting.agendaPublishedAt, locale))}</p> : null}

      <div role="status" aria-live="polite" className="status-region no-print">
        {statusText ? <p className="notice notice--ok">{statusText}</p> : null}
      </div>
      {pageError ? (
        <p className="form-error no-print" role="alert" tabIndex={-1} ref={errorRef}>
          {pageError}
        </p>
      ) : null}
      {canEdit ? <p className="hint no-print">{m.moveHint}</p> : null}

      {sections.map((section) => {
        const order = section.items.map((i) => i.id).join(",");
        const adding = canEdit && addSectionId === section.id;
        return (
          <section key={section.id} aria-labelledby={`section-${section.id}`} className="agenda-section">
            <div className="section-head">
              <h2 id={`section-${section.id}`}>{sectionTitle(section)}</h2>
              {canEdit && section.kind === "custom" && section.items.length === 0 ? (
                <Form method="post" action={base} className="inline-form no-print">
                  <input type="hidden" name="sectionId" value={section.id} />
                  <button type="submit" name="intent" value="remove-section" className="link-button" aria-label={m.removeSectionLabel(sectionTitle(section))}>
                    {m.removeSection}
                  </button>
                </Form>
              ) : null}
            </div>
            {section.items.length === 0 ? <p className="muted">{t.meeting.noItems}</p> : null}
            <ol className="agenda-items">
              {section.items.map((item, index) => (
                <li key={item.id} className="agenda-item" id={`item-${item.id}`}>
                  <div className="agenda-item__head">
                    <h3>
                      <span className="item-number">{item.number}.</span> {item.title}
                    </h3>
                    {canEdit ? (
                      <div className="item-controls no-print">
                        <Form method="post" action={base} className="move-form">
                          <input type="hidden" name="intent" value="move-item" />
                          <input type="hidden" name="itemId" value={item.id} />
                          <input type="hidden" name="order" value={order} />
                          {(["up", "down"] as const).map((dir) => (
                            <button
                              key={dir}
                              type="submit"
                              name="direction"
                              value={dir}
                              id={`move-${dir}-${item.id}`}
                              className="icon-button"
                              disabled={dir === "up" ? index === 0 : index === section.items.length - 1}
                              aria-label={dir === "up" ? m.moveUpLabel(item.title) : m.moveDownLabel(item.title)}
                              title={dir === "up" ? m.moveUp : m.moveDown}
                              onKeyDown={(event) => {
                                if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
                                event.preventDefault();
                                const button = document.getElementById(`move-${event.key === "ArrowUp" ? "up" : "down"}-${item.id}`) as HTMLButtonElement | null;
                                if (button && !button.disabled) button.click();
                              }}
                            >
                              <span aria-hidden="true">{dir === "up" ? "↑" : "↓"}</span>
                            </button>
                          ))}
                        </Form>
                        <Link to={`${base}?edit=${item.id}#item-${item.id}`} className="button button--small" aria-label={m.editItemLabel(item.title)}>
                          {m.editItem}
                        </Link>
                      </div>
                    ) : null}
                  </div>
                  {editId === item.id && canEdit && options ? (
                    <ItemForm
                      key={`edit-${item.id}-${item.version}`}
                      meetingId={meeting.id}
                      sections={sections}
                      options={options}
                      item={item}
                      sectionId={section.id}
                      actionData={actionData?.intent === "edit-item" && actionData.itemId === item.id ? actionData : undefined}
                    />
                  ) : (
                    <ItemBody item={item} />
                  )}
                </li>
              ))}
            </ol>
            {canEdit && options ? (
              adding ? (
                <ItemForm
                  key={`add-${section.id}`}
                  meetingId={meeting.id}
                  sections={sections}
                  options={options}
                  item={null}
                  sectionId={section.id}
                  actionData={actionData?.intent === "add-item" ? actionData : undefined}
                />
              ) : (
                <p className="no-print">
                  <Link to={`${base}?add=${section.id}#add-${section.id}`} id={`add-${section.id}`}>
                    {m.addItemIn(sectionTitle(section))}
                  </Link>
                </p>
              )
            ) : null}
          </section>
        );
      })}

      {canEdit ? <AddSectionForm base={base} actionData={actionData?.intent === "add-section" ? actionData : undefined} /> : null}

      {meeting.agendaPublishedAt ? (
        <section aria-labelledby="changes" className="agenda-changes">
          <h2 id="changes">{m.changesTitle}</h2>
          {changes.length === 0 ? (
            <p className="muted">{m.noChanges}</p>
          ) : (
            <ul className="plain-list">
              {changes.map((c) => (
                <li key={c.id}>
                  <strong>{m.changeActions[c.action](c.title)}</strong>
                  {c.fields.length ? ` (${m.changed(c.fields.map((f) => m.changedFields[f] ?? f).join(", "))})` : ""}
                  <br />
                  <small className="muted">{m.changeAt(formatInstant(c.at, locale), c.userName)}</small>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </article>
  );
}

function ItemBody({ item }: { item: AgendaView[number]["items"][number] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <ItemTexts {...item} />
      {item.mandate ? (
        <p>
          <strong>{t.meeting.followsUp}:</strong> <span>{item.mandate.task}</span> ({formatDay(item.mandate.givenOn, locale)})
        </p>
      ) : null}
      <ItemLinks call={item.call} project={item.project} />
    </>
  );
}

function AddSectionForm({ base, actionData }: { base: string; actionData: AgendaActionData | undefined }) {
  const t = useT();
  const m = t.agendaEditor;
  const error = actionData?.result?.error?.sectionTitle?.[0] ?? null;
  const value = (actionData?.result?.initialValue?.sectionTitle as string | undefined) ?? "";
  return (
    <Form method="post" action={base} className="card add-section no-print" key={actionData ? "error" : "fresh"}>
      <h2 id="add-section">{m.addSection}</h2>
      <div className="field">
        <label htmlFor="section-title">{m.sectionTitle}</label>
        <input
          id="section-title"
          name="sectionTitle"
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "section-title-error" : undefined}
        />
        {error ? (
          <p className="field-error" id="section-title-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" name="intent" value="add-section" className="button button--secondary">
        {m.addSection}
      </button>
    </Form>
  );
}

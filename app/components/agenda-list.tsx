import { Link } from "@remix-run/react";
import { formatDuePoint } from "~/models/mandate-due";
import { ItemLinks, ItemTexts } from "~/components/item-texts";
import type { DocumentView } from "~/documents/document.server";
import { DocumentList } from "~/documents/document-list";
import { DueBadge, DueText } from "~/components/mandate-due";
import { useLocale, useT } from "~/i18n/use-t";
import type { MeetingView } from "~/models/meeting.server";
import type { MinutesExtras } from "~/models/minutes-view.server";
import { formatInstant } from "~/utils/dates";
import type { ActionData } from "./minutes/form-state";
import { DecisionForm, FollowUpForm, StanceForm, StanceList, WithdrawMandateButton } from "./minutes/item-forms";

type Sections = NonNullable<MeetingView>["sections"];

/** What the meeting page adds while the meeting is held and for its minutes. */
export type MinutesProps = { extras: MinutesExtras; editable: boolean; actionData: ActionData };

/**
 * The items of an agenda or minutes, section by section, as the seed minutes
 * lay them out. With `minutes`, each item also shows its stances, corrections
 * and, while the meeting is held, the forms of the secretary and members.
 */
/** Each item's documents (issue 17), and the items whose documents the user may manage. */
export type ItemDocumentsProps = { meetingId: number; byItem: Record<string, DocumentView[]>; manageable: number[] };

export function AgendaList({ sections, isMinutes, minutes, documents }: { sections: Sections; isMinutes: boolean; minutes?: MinutesProps; documents?: ItemDocumentsProps }) {
  const t = useT();
  const locale = useLocale();
  let running = 0;
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="agenda-section">
          <h2 id={`section-${section.id}`}>{section.title ?? t.sections[section.kind]}</h2>
          {section.items.length === 0 ? <p className="muted">{t.meeting.noItems}</p> : null}
          <ol className="agenda-items">
            {section.items.map((item) => {
              running += 1;
              const extra = minutes?.extras.items[item.id];
              const choices = minutes?.extras.choices;
              const recording = Boolean(isMinutes && minutes?.editable && minutes.extras.can.record && choices && extra);
              const number = isMinutes && item.paragraph ? t.meeting.paragraph(item.paragraph) : `${running}.`;
              return (
                <li key={item.id} className="agenda-item" id={`item-${item.id}`}>
                  <h3>
                    <span className="item-number">{number}</span> {item.title}
                  </h3>
                  <ItemTexts {...item} />
                  <ItemLinks
                    call={item.call ? { ...item.call, label: `${item.call.fund} ${item.call.code}` } : null}
                    project={item.project}
                  />
                  {item.followsUp ? (
                    <p>
                      <strong>{t.meeting.followsUp}:</strong> <span>{item.followsUp.task}</span>{" "}
                      <DueBadge state={item.followsUp.dueState} />
                    </p>
                  ) : null}
                  {documents?.byItem[item.id]?.length ? <DocumentList documents={documents.byItem[item.id]} /> : null}
                  {documents?.manageable.includes(item.id) ? (
                    <p className="no-print">
                      <Link to={`/meetings/${documents.meetingId}/items/${item.id}/documents`}>
                        {t.documents.manage}
                        <span className="visually-hidden">: {item.title}</span>
                      </Link>
                    </p>
                  ) : null}
                  {isMinutes && (item.decisionHtml || item.outcome) ? (
                    <div className="decision">
                      <h4>
                        {t.meeting.decision}
                        {item.outcome ? <span className="outcome">{t.outcomes[item.outcome]}</span> : null}
                      </h4>
                      {item.decisionHtml ? <div className="rich-text" dangerouslySetInnerHTML={{ __html: item.decisionHtml }} /> : null}
                    </div>
                  ) : null}
                  {item.mandatesGiven.length ? (
                    <div className="mandates-given">
                      <h4>{t.meeting.mandatesGiven}</h4>
                      <ul className="plain-list">
                        {item.mandatesGiven.map((m) => (
                          <li key={m.id}>
                            <span className="capitalise">{m.task}</span>
                            <br />
                            <small>
                              {t.meeting.mandateAssignee}: {m.unitName ?? t.mandates.noAssignee} · {t.meeting.mandateDue}:{" "}
                              <DueText dueDate={m.dueDate} dueMeetingDate={m.dueMeetingDate} /> · {t.mandateStatuses[m.status]}
                            </small>{" "}
                            <DueBadge state={m.dueState} />
                            {recording ? <WithdrawMandateButton itemId={item.id} mandateId={m.id} /> : null}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {extra?.perCapsulamMandates.length ? (
                    <div className="mandates-given">
                      <h4>{t.meeting.mandatesGiven}</h4>
                      <ul className="plain-list">
                        {extra.perCapsulamMandates.map((m) => (
                          <li key={m.id}>
                            <span className="capitalise">{m.task}</span>
                            <br />
                            <small>
                              {t.meeting.mandateAssignee}: {m.unitName ?? t.mandates.noAssignee}
                              {` · ${t.meeting.mandateDue}: ${formatDuePoint(m.due, locale)}`}
                            </small>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {isMinutes && extra ? <StanceList stances={extra.stances} /> : null}
                  {extra?.corrections.length ? (
                    <div className="item-corrections">
                      <h4>{t.minutes.corrections}</h4>
                      <ul className="plain-list">
                        {extra.corrections.map((c) => (
                          <li key={c.id}>
                            {t.minutes.correction(formatInstant(c.madeAt, locale), c.madeBy)} ({t.minutes.correctionFields[c.field]}): <ins>{c.after}</ins>
                            <br />
                            <small>
                              {t.minutes.correctionReason}: {c.reason}
                            </small>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {recording && item.followsUp ? <FollowUpForm itemId={item.id} choices={choices!} actionData={minutes!.actionData} /> : null}
                  {recording ? (
                    <DecisionForm itemId={item.id} outcome={item.outcome} decisionJson={extra!.decisionJson} extras={extra!} choices={choices!} actionData={minutes!.actionData} />
                  ) : null}
                  {isMinutes && minutes?.editable && minutes.extras.can.markStance && extra?.sectionKind === "decision" ? (
                    <StanceForm itemId={item.id} mine={extra.stances.find((s) => s.userId === minutes.extras.userId) ?? null} actionData={minutes.actionData} />
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}

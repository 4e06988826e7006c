import { Form, Link, useFormAction, useNavigation } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { ImportDraft } from "~/models/meeting-import.server";

export type PreviewData = {
  groupId: number;
  groupName: string;
  draft: ImportDraft;
  dates: Array<{ date: string | null; end: string | null; kind: "deadline" | "window" | "meeting" | "reference"; text: string; line: number }>;
  warnings: string[];
  knownUnits: string[];
  original: string;
  filename: string;
  /** Files uploaded together with this one, previewed in turn after it is saved. */
  queue?: Array<{ filename: string; original: string }>;
  /** Field name (e.g. "items[2].title") → message. */
  errors: Record<string, string>;
  /** The file's text, shown beside the draft so what the parser missed can be copied from it. */
  text: string;
  /** New for every answer of the server: the form is built afresh, never left holding an earlier draft's typing. */
  revision: string;
  /** The field of a row just added, to put the cursor in. */
  focus?: string;
};

const SECTIONS = ["decision", "report", "per_capsulam", "information", "other"] as const;

/**
 * The parsed document as one editable form: every item and mandate with the
 * source line beside it. Imported text is shown as plain text, never as HTML.
 */
export function ImportPreview({ groupId, groupName, draft, dates, warnings, knownUnits, original, filename, queue = [], errors, text, revision, focus }: PreviewData) {
  const t = useT();
  const m = t.meetingImport;
  const busy = useNavigation().state === "submitting";
  const action = useFormAction();
  // Where a mandate added in item i lands: after the mandates of items up to i (addImportMandate).
  // The lines the items were read from, tagged in the text: a heading without a tag is an item the parser missed.
  const itemAt = new Map(draft.items.flatMap((item, i) => (item.sourceLine ? [[item.sourceLine, i + 1] as const] : [])));
  const mandatesUpTo = (i: number) => draft.mandates.filter((mandate) => mandate.item <= i).length;
  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  const invalid = (name: string) =>
    errors[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};
  const assigneeOptions = (current: string | null) => {
    const names = new Set(knownUnits);
    return [
      ...knownUnits.map((name) => ({ value: name, label: name })),
      ...(current && !names.has(current) ? [{ value: current, label: m.newUnit(current) }] : []),
      { value: "", label: m.noAssignee },
    ];
  };
  return (
    <div className="import-page">
      <h1>{m.previewTitle}</h1>
      <p>{m.previewIntro}</p>
      {queue.length ? <p className="muted">{m.queued(filename, queue.length)}</p> : null}
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {errors.items ?? Object.values(errors)[0]}
        </p>
      ) : null}
      {warnings.length ? (
        <section aria-labelledby="import-warnings" className="card">
          <h2 id="import-warnings">{m.warnings}</h2>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {text ? (
        <details className="card import-source">
          <summary>{m.sourceText}</summary>
          <ol className="import-source-lines" tabIndex={0} aria-label={m.sourceText}>
            {text.split(/\r?\n/).map((line, i) =>
              itemAt.has(i + 1) ? (
                <li key={i} className="import-source-start">
                  <span className="import-source-tag">{m.item(itemAt.get(i + 1)!)}</span> {line}
                </li>
              ) : (
                <li key={i}>{line}</li>
              ),
            )}
          </ol>
        </details>
      ) : null}
      <Form method="post" className="stack" key={revision}>
        {/* Enter in a field saves, as the form's first submit button decides; the add buttons come later. */}
        <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true" disabled={busy}>
          {m.save}
        </button>
        <input type="hidden" name="groupId" value={groupId} />
        <input type="hidden" name="original" value={original} />
        <input type="hidden" name="filename" value={filename} />
        {queue.map((q, i) => (
          <span key={`${q.filename}-${i}`} hidden>
            <input type="hidden" name="queueFilename" value={q.filename} />
            <input type="hidden" name="queueOriginal" value={q.original} />
          </span>
        ))}
        <section aria-labelledby="import-meeting" className="card stack">
          <h2 id="import-meeting">
            {m.meeting}: {groupName}
          </h2>
          <div className="field">
            <label htmlFor="title">{m.meetingTitle}</label>
            <input id="title" name="title" defaultValue={draft.title} {...invalid("title")} />
            {fieldError("title")}
          </div>
          <div className="field-row">
            <div className="field field--short">
              <label htmlFor="date">{m.meetingDate}</label>
              <input id="date" name="date" type="date" defaultValue={draft.date ?? ""} {...invalid("date")} />
              {fieldError("date")}
            </div>
            <div className="field">
              <label htmlFor="kind">{m.kind}</label>
              <select id="kind" name="kind" defaultValue={draft.kind}>
                <option value="minutes">{m.kinds.minutes}</option>
                <option value="agenda">{m.kinds.agenda}</option>
              </select>
            </div>
          </div>
          <p className="muted">
            {m.original}: {filename}
          </p>
        </section>

        <section aria-labelledby="import-items">
          <h2 id="import-items">{m.items}</h2>
          <p className="muted">{m.addHint}</p>
          <p>
            <button type="submit" name="intent" value="addItem:-1" formAction={`${action}#import-item-0`} formNoValidate className="button button--secondary button--add" disabled={busy}>
              {m.addFirstItem}
            </button>
          </p>
          <ol className="import-list">
            {draft.items.map((item, i) => {
              const name = (field: string) => `items[${i}].${field}`;
              return (
                <li key={i} className="card import-row" id={`import-item-${i}`}>
                  <fieldset>
                    <legend>
                      {m.item(i + 1)}
                      {item.number ? ` (${item.number})` : ""}
                    </legend>
                    {item.sourceLine ? (
                      <p className="source-line">
                        <span className="muted">{m.source(item.sourceLine)}:</span> <q>{item.sourceText}</q>
                      </p>
                    ) : null}
                    <input type="hidden" name={name("number")} value={item.number ?? ""} />
                    <input type="hidden" name={name("sourceLine")} value={item.sourceLine ?? ""} />
                    <input type="hidden" name={name("sourceText")} value={item.sourceText ?? ""} />
                    <div className="field-row">
                      <label className="checkbox">
                        <input type="checkbox" name={name("include")} defaultChecked={item.include} /> {m.include}
                      </label>
                      <div className="field">
                        <label htmlFor={name("section")}>{m.section}</label>
                        <select id={name("section")} name={name("section")} defaultValue={item.section}>
                          {SECTIONS.map((s) => (
                            <option key={s} value={s}>
                              {m.sections[s]}
                            </option>
                          ))}
                        </select>
                      </div>
                    </div>
                    <div className="field">
                      <label htmlFor={name("title")}>{m.itemTitle}</label>
                      <input id={name("title")} name={name("title")} defaultValue={item.title} autoFocus={focus === name("title")} {...invalid(name("title"))} />
                      {fieldError(name("title"))}
                    </div>
                    <div className="field">
                      <label htmlFor={name("presentation")}>{m.presentation}</label>
                      <input id={name("presentation")} name={name("presentation")} defaultValue={item.presentation ?? ""} />
                    </div>
                    <div className="field">
                      <label htmlFor={name("background")}>{m.background}</label>
                      <textarea id={name("background")} name={name("background")} rows={4} defaultValue={item.background ?? ""} />
                    </div>
                    <div className="field">
                      <label htmlFor={name("decision")}>{m.decision}</label>
                      <textarea
                        id={name("decision")}
                        name={name("decision")}
                        rows={2}
                        defaultValue={item.decision ?? ""}
                        aria-describedby={item.decisionGuessed ? `${name("decision")}-guessed` : undefined}
                      />
                      {item.decisionGuessed ? (
                        <p className="hint field-hint" id={`${name("decision")}-guessed`}>
                          {m.decisionGuessed}
                        </p>
                      ) : null}
                      {item.decisionGuessed ? <input type="hidden" name={name("decisionGuessed")} value="true" /> : null}
                    </div>
                    <div className="button-row">
                      <button type="submit" name="intent" value={`addMandate:${i}`} formAction={`${action}#import-mandate-${mandatesUpTo(i)}`} formNoValidate className="button button--secondary" disabled={busy}>
                        {m.addMandate}
                      </button>
                      <button type="submit" name="intent" value={`addItem:${i}`} formAction={`${action}#import-item-${i + 1}`} formNoValidate className="button button--secondary" disabled={busy}>
                        {m.addItem}
                      </button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        </section>

        <section aria-labelledby="import-mandates">
          <h2 id="import-mandates">{m.mandates}</h2>
          {draft.mandates.length === 0 ? <p>{m.noMandates}</p> : null}
          <ol className="import-list">
            {draft.mandates.map((mandate, i) => {
              const name = (field: string) => `mandates[${i}].${field}`;
              return (
                <li key={i} className="card import-row" id={`import-mandate-${i}`}>
                  <fieldset>
                    <legend>{m.mandate(i + 1)}</legend>
                    {mandate.sourceLine ? (
                      <p className="source-line">
                        <span className="muted">{m.source(mandate.sourceLine)}:</span> <q>{mandate.sourceText}</q>
                      </p>
                    ) : null}
                    <input type="hidden" name={name("dueText")} value={mandate.dueText ?? ""} />
                    <input type="hidden" name={name("sourceLine")} value={mandate.sourceLine ?? ""} />
                    <input type="hidden" name={name("sourceText")} value={mandate.sourceText ?? ""} />
                    <div className="field-row">
                      <label className="checkbox">
                        <input type="checkbox" name={name("include")} defaultChecked={mandate.include} /> {m.include}
                      </label>
                      <div className="field">
                        <label htmlFor={name("item")}>{m.mandateItem}</label>
                        <select id={name("item")} name={name("item")} defaultValue={String(mandate.item)} {...invalid(name("item"))}>
                          {draft.items.map((item, index) => (
                            <option key={index} value={index}>
                              {`${index + 1}. ${item.title.slice(0, 60)}`}
                            </option>
                          ))}
                        </select>
                        {fieldError(name("item"))}
                      </div>
                      <div className="field">
                        <label htmlFor={name("assignee")}>{m.assignee}</label>
                        <select id={name("assignee")} name={name("assignee")} defaultValue={mandate.assignee ?? ""}>
                          {assigneeOptions(mandate.assignee).map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      </div>
                    </div>
                    <div className="field">
                      <label htmlFor={name("task")}>{m.task}</label>
                      <textarea id={name("task")} name={name("task")} rows={2} defaultValue={mandate.task} autoFocus={focus === name("task")} {...invalid(name("task"))} />
                      {fieldError(name("task"))}
                    </div>
                    <div className="field-row">
                      <div className="field field--short">
                        <label htmlFor={name("dueDate")}>{m.dueDate}</label>
                        <input id={name("dueDate")} name={name("dueDate")} type="date" defaultValue={mandate.dueDate ?? ""} {...invalid(name("dueDate"))} />
                        {fieldError(name("dueDate"))}
                      </div>
                      <div className="field field--short">
                        <label htmlFor={name("dueMeetingDate")}>{m.dueMeetingDate}</label>
                        <input id={name("dueMeetingDate")} name={name("dueMeetingDate")} type="date" defaultValue={mandate.dueMeetingDate ?? ""} {...invalid(name("dueMeetingDate"))} />
                        {fieldError(name("dueMeetingDate"))}
                      </div>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        </section>

        {dates.length ? (
          <section aria-labelledby="import-dates" className="card">
            <h2 id="import-dates">{m.dates}</h2>
            {/* (On a phone the table scrolls sideways: a keyboard reaches it too.) */}
            <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="import-dates">
              <table>
                <tbody>
                  {dates.map((d, i) => (
                    <tr key={i}>
                      <th scope="row">{m.dateKinds[d.kind]}</th>
                      <td className="nowrap">{d.end ? `${d.date ?? "?"} – ${d.end}` : (d.date ?? "?")}</td>
                      <td>
                        {d.text} <span className="muted">({m.source(d.line)})</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}

        <div className="actions">
          <button type="submit" name="intent" value="save" className="button" disabled={busy}>
            {m.save}
          </button>{" "}
          {queue.length ? (
            <>
              <button type="submit" name="intent" value="skip" formNoValidate className="button button--secondary" disabled={busy}>
                {m.skip}
              </button>{" "}
            </>
          ) : null}
          <Link to="/meetings/import">{m.startOver}</Link>
        </div>
      </Form>
    </div>
  );
}

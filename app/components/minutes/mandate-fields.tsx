// The fields of one mandate given by a decision (or a per-capsulam decision).
// Named `mandates[i].field` so conform parses them into an array.
import { useLocale, useT } from "~/i18n/use-t";
import { formatDay } from "~/utils/dates";
import { FieldError } from "./form-state";

export type MandateChoices = {
  units: { id: number; name: string }[];
  calls: { id: number; label: string }[];
  projects: { id: number; name: string }[];
  laterMeetings: { id: number; title: string; date: string }[];
};

type Props = {
  prefix: string;
  idPrefix: string;
  index: number;
  choices: MandateChoices;
  value: (name: string) => string | undefined;
  error: (name: string) => string[] | null;
  legend: string;
  removeButton?: React.ReactNode;
};

export function MandateFields({ prefix, idPrefix, choices, value, error, legend, removeButton }: Props) {
  const t = useT();
  const locale = useLocale();
  const name = (field: string) => `${prefix}.${field}`;
  const fid = (field: string) => `${idPrefix}-${field}`;
  const invalid = (field: string) => (error(name(field)) ? true : undefined);
  const described = (field: string) => (error(name(field)) ? `${fid(field)}-error` : undefined);
  const dueKind = value(name("dueKind")) ?? "next";
  return (
    <fieldset className="mandate-fields">
      <legend>{legend}</legend>
      <div className="field">
        <label htmlFor={fid("task")}>{t.minutes.task}</label>
        <textarea id={fid("task")} name={name("task")} rows={2} defaultValue={value(name("task"))} aria-invalid={invalid("task")} aria-describedby={described("task") ?? `${fid("task")}-hint`} />
        <p className="muted small" id={`${fid("task")}-hint`}>
          {t.minutes.taskHint}
        </p>
        <FieldError id={`${fid("task")}-error`} errors={error(name("task"))} />
      </div>
      <div className="field">
        <label htmlFor={fid("unitId")}>{t.minutes.unit}</label>
        <select id={fid("unitId")} name={name("unitId")} defaultValue={value(name("unitId")) ?? String(choices.units[0]?.id ?? "")} aria-invalid={invalid("unitId")} aria-describedby={described("unitId")}>
          {choices.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <FieldError id={`${fid("unitId")}-error`} errors={error(name("unitId"))} />
      </div>
      <fieldset className="field due-choice" aria-describedby={described("due")}>
        <legend>{t.minutes.due}</legend>
        {(["next", "meeting", "date"] as const).map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name={name("dueKind")} value={kind} defaultChecked={dueKind === kind} />{" "}
            {kind === "next" ? t.minutes.dueNext : kind === "meeting" ? t.minutes.dueMeeting : t.minutes.dueDate}
          </label>
        ))}
        <FieldError id={`${fid("due")}-error`} errors={error(name("due")) ?? error(name("dueKind"))} />
        <div className="due-detail">
          <div className="field">
            <label htmlFor={fid("dueMeetingId")}>{t.minutes.dueMeetingSelect}</label>
            <select id={fid("dueMeetingId")} name={name("dueMeetingId")} defaultValue={value(name("dueMeetingId")) ?? ""} aria-invalid={invalid("dueMeetingId")} aria-describedby={described("dueMeetingId")}>
              <option value="">{t.minutes.noneOption}</option>
              {choices.laterMeetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} ({formatDay(m.date, locale)})
                </option>
              ))}
            </select>
            <FieldError id={`${fid("dueMeetingId")}-error`} errors={error(name("dueMeetingId"))} />
          </div>
          <div className="field">
            <label htmlFor={fid("dueDate")}>{t.minutes.dueDateInput}</label>
            <input id={fid("dueDate")} type="date" name={name("dueDate")} defaultValue={value(name("dueDate"))} aria-invalid={invalid("dueDate")} aria-describedby={described("dueDate")} />
            <FieldError id={`${fid("dueDate")}-error`} errors={error(name("dueDate"))} />
          </div>
        </div>
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fid("callId")}>{t.minutes.call}</label>
          <select id={fid("callId")} name={name("callId")} defaultValue={value(name("callId")) ?? ""}>
            <option value="">{t.minutes.noneOption}</option>
            {choices.calls.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <FieldError id={`${fid("callId")}-error`} errors={error(name("callId"))} />
        </div>
        <div className="field">
          <label htmlFor={fid("projectId")}>{t.minutes.project}</label>
          <select id={fid("projectId")} name={name("projectId")} defaultValue={value(name("projectId")) ?? ""}>
            <option value="">{t.minutes.noneOption}</option>
            {choices.projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldError id={`${fid("projectId")}-error`} errors={error(name("projectId"))} />
        </div>
      </div>
      {removeButton}
    </fieldset>
  );
}

/**
 * Every mandate row of a decision form, each with its remove button, then
 * "Lägg till uppdrag" and the form's save button. Both work without JavaScript.
 */
export function MandateRows({
  rows,
  idPrefix,
  choices,
  value,
  error,
  saveLabel,
}: Pick<Props, "idPrefix" | "choices" | "value" | "error"> & { rows: number; saveLabel: string }) {
  const t = useT();
  return (
    <>
      {Array.from({ length: rows }, (_, index) => (
        <MandateFields
          key={index}
          prefix={`mandates[${index}]`}
          idPrefix={`${idPrefix}-m${index}`}
          index={index}
          choices={choices}
          value={value}
          error={error}
          legend={t.minutes.mandatesLegend(index + 1)}
          removeButton={
            <button type="submit" name="change" value={`remove-${index}`} className="link-button" formNoValidate>
              {t.minutes.removeMandate}
            </button>
          }
        />
      ))}
      <div className="button-row">
        <button type="submit" name="change" value="add" className="button button--secondary" formNoValidate>
          {t.minutes.addMandate}
        </button>
        <button type="submit" className="button">
          {saveLabel}
        </button>
      </div>
    </>
  );
}

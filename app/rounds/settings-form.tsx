// The group's rule for per-capsulam rounds: on the secretary's protocol
// settings page and on its own page (which also shows the form's errors).
import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { RoundRule } from "../../db/schema";

type Props = {
  groupId: number;
  settings: { rule: RoundRule; quorumPercent: number; answersOpen: boolean };
  result?: SubmissionResult<string[]> | null;
};

export function RoundSettingsForm({ groupId, settings, result }: Props) {
  const t = useT();
  const R = t.rounds;
  const value = (name: string) => {
    const v = result?.initialValue?.[name];
    return typeof v === "string" ? v : undefined;
  };
  const error = (name: string) => result?.error?.[name] ?? null;
  const rule = value("rule") ?? settings.rule;
  const quorumError = error("quorumPercent");
  return (
    <Form method="post" action={`/groups/${groupId}/rounds/settings`} className="stack">
      <fieldset className="field links-fieldset">
        <legend>{R.settingsRule}</legend>
        {(["unanimous", "majority"] as const).map((r) => (
          <label key={r} className="choice">
            <input type="radio" name="rule" value={r} defaultChecked={rule === r} /> {R.ruleNames[r]}
          </label>
        ))}
        {error("rule") ? <p className="field-error">{error("rule")!.join(" ")}</p> : null}
      </fieldset>
      <div className="field">
        <label htmlFor="round-quorum">{R.settingsQuorum}</label>
        <input
          id="round-quorum"
          name="quorumPercent"
          inputMode="numeric"
          defaultValue={value("quorumPercent") ?? String(settings.quorumPercent)}
          aria-invalid={quorumError ? true : undefined}
          aria-describedby={quorumError ? "round-quorum-error" : undefined}
          style={{ maxWidth: "8rem" }}
        />
        {quorumError ? (
          <p className="field-error" id="round-quorum-error">
            {quorumError.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label className="choice">
          <input type="checkbox" name="answersOpen" defaultChecked={result ? value("answersOpen") === "on" : settings.answersOpen} aria-describedby="round-open-hint" /> {R.settingsOpenAnswers}
        </label>
        <p className="hint-inline" id="round-open-hint">
          {R.settingsOpenAnswersHint}
        </p>
      </div>
      <button type="submit" className="button">
        {R.settingsSave}
      </button>
    </Form>
  );
}

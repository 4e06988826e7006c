// The outcome rule of a per-capsulam round, in one place (client-safe: the
// round page explains it with the same numbers).
//
// - unanimous (the default): every asked member agrees. An objection or an
//   abstention decides the round (failed); when everyone has agreed it passes.
// - majority: at least `quorum` of those asked answer (abstentions count as
//   taking part), and more of them agree than object. A tie fails.
//
// `decided` is the outcome the answers given so far settle whatever the missing
// answers would be: the round closes early then. At the closing time the round
// is settled with the answers it has (`atClose`).
import type { RoundAnswerKind, RoundRule } from "../../db/schema";

export type Tally = { asked: number; agree: number; object: number; abstain: number; missing: number };
export type Outcome = "passed" | "failed";

export function tally(answers: Array<RoundAnswerKind | null>): Tally {
  const count = (kind: RoundAnswerKind) => answers.filter((a) => a === kind).length;
  return { asked: answers.length, agree: count("agree"), object: count("object"), abstain: count("abstain"), missing: answers.filter((a) => a === null).length };
}

/** How many answers the majority rule needs: at least `percent` of those asked, never fewer than one. */
export function quorumFor(asked: number, percent: number): number {
  return Math.max(1, Math.ceil((asked * percent) / 100));
}

/** The outcome once no further answer can change it, else null. */
export function decided(rule: RoundRule, quorumPercent: number, t: Tally): Outcome | null {
  if (rule === "unanimous") {
    if (t.object > 0 || t.abstain > 0) return "failed";
    return t.missing === 0 ? "passed" : null;
  }
  const answered = t.asked - t.missing;
  // Passed when the objections cannot catch up even if every missing member objects.
  if (answered >= quorumFor(t.asked, quorumPercent) && t.agree > t.object + t.missing) return "passed";
  // Failed when the agreements cannot overtake even if every missing member agrees.
  if (t.agree + t.missing <= t.object) return "failed";
  return t.missing === 0 ? atClose(rule, quorumPercent, t) : null;
}

/** The outcome at the closing time, with the answers given. */
export function atClose(rule: RoundRule, quorumPercent: number, t: Tally): Outcome {
  if (rule === "unanimous") return t.asked > 0 && t.agree === t.asked ? "passed" : "failed";
  const answered = t.asked - t.missing;
  return answered >= quorumFor(t.asked, quorumPercent) && t.agree > t.object ? "passed" : "failed";
}

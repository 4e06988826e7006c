// Who is to act in a sentence the mandate model took for a task, and what the task is.
// The model says whether a sentence gives someone something to do; this says who, from
// where minutes put the name: first ("Olle besöker Dorthe …", "Cart shall open …",
// "ACTION POINT HW to obtain …", "Allan: I will send …"), last ("… will be put on
// Facebook – AM"), or after "that" ("agreed that the Secretary should …"). Nobody
// found: no mandate (a task without a name is not followed up by anyone).
import type { MandateMatch } from "../mandates";
import { findDues } from "../mandates";

/** A person as minutes write one: a name of one to three words, or initials ("HW", "SS/BK"). */
const NAME = String.raw`(?:\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){0,2}|\p{Lu}{2,4}(?:\s*\/\s*\p{Lu}{2,4})*)`;
const PEOPLE = String.raw`${NAME}(?:\s*(?:,|och|and|&|\+)\s*${NAME})*`;
/** Roles and bodies that take tasks, in Swedish (definite form) and English. */
const ROLE = String.raw`(?:(?:vice\s+)?ordföranden|sekreteraren|kassören|styrelsen|kansliet|förvaltningen|förbundschefen|verksamhetsledaren|projektledaren|samordnaren|rektor|(?:the\s+)?(?:chair(?:man|person)?|vice[- ]chair|secretary|treasurer|clerk|president|director|coordinator|manager))`;
const WHO = `(?<who>${PEOPLE}|${ROLE})`;

/** Capitalised words that open sentences but are nobody. */
const NOBODY =
  /^(?:the|this|that|these|there|it|we|they|he|she|i|you|a|an|all|everyone|alla|vi|de|dom|den|det|detta|denna|han|hon|man|här|där|nu|då|efter|under|inför|enligt|mötet|årsmötet|föreningen|frågan|ärendet|beslut|action|actions|note|motion|minutes|protokollet|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|monday|tuesday|wednesday|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)$/iu;

/** Forms that name the one who acts by where the name stands; `listed` forms need a name the document lists. */
const FORMS: Array<{ re: RegExp; listed?: boolean }> = [
  // "ACTION POINT HW to obtain …", "Action: Tim to …", "Åtgärd: Anna ska …"
  { re: new RegExp(String.raw`^(?:action(?:\s+point)?s?|åtgärd|todo)\s*[:\-–]?\s*${WHO}\s+(?:to|ska|skall|will)\s+(?<task>.+)$`, "iu") },
  // "Allan: I will send …", "Mark: Happy to go away and fix …"
  { re: new RegExp(String.raw`^${WHO}\s*:\s*(?:(?:I|we|jag|vi)\s+)?(?<task>\p{L}.+)$`, "u"), listed: true },
  // "… will be put on Facebook – AM", "… (ansvarig: Eva)"
  { re: new RegExp(String.raw`^(?<task>.+?)\s*(?:[–-]|\((?:ansvarig|ansvar|owner|action)?:?)\s*${WHO}\)?\.?$`, "u"), listed: true },
  // "It was agreed that the Secretary should …", "beslutade att Anna ska …"
  { re: new RegExp(String.raw`(?:\b(?:that|att|som)|^)\s*${WHO}\s+(?:should|will|shall|would|ska|skall|kommer\s+att|får|is\s+asked\s+to|ombeds|åtar\s+sig\s+att)\s+(?<task>\p{Ll}.+)$`, "u") },
  // "Olle besöker Dorthe …", "Cart shall open …", "Andreas Andersson kommer Maila ut …", "Erling samlar in …"
  { re: new RegExp(String.raw`(?:^|[,;]\s+|\boch\s+|\band\s+)${WHO}\s+(?<task>(?:kommer|tar|agreed\s+to|offered\s+to|volunteered\s+to|to)?\s*\p{Ll}.+)$`, "u"), listed: true },
];

/**
 * Who acts in a sentence and what they do, or null when no one is named. A name that stands
 * where any capitalised word could ("Olle besöker …", "… – AM") must be one the document lists
 * (`people`: first names and initials from its lists of those present), or initials, or a role.
 */
export function assigneeAndTask(sentence: string, people: Set<string>): MandateMatch | null {
  const text = sentence.replace(/^•\s*/u, "").replace(/\*\*|__/gu, "").trim();
  for (const { re, listed } of FORMS) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const who = m.groups.who.trim();
    const first = who.split(/[\s/,]+/u)[0];
    if (who === "" || NOBODY.test(first) || NOBODY.test(who)) continue;
    if (listed && !people.has(first) && !/^\p{Lu}{2,4}$/u.test(first) && !new RegExp(`^${ROLE}$`, "iu").test(who)) continue;
    const task = m.groups.task.replace(/[.;:\s]+$/u, "").trim();
    if (task.split(/\s+/u).length < 2) continue;
    return { assignee: who, task, due: findDues(task)[0] ?? null };
  }
  return null;
}

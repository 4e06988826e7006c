// Who does what, read from an item's own lines rather than from its decision: the ways minutes write
// action notes. "Ansvarig: Anna Berg" under a task; an "Åtgärd | Ansvar | Klart" table; "Eva: - Kollar
// upp … Magnus: - Bevakar …"; "John to get the minutes up to …"; "Olle besöker Dorthe …"; "David to
// collect keys.", "AB will finalize."; "… set up with a cheque book." / "Action: DW"; "… to the auditor
// ACTION Justine/Su"; the lines of an "Action items" list. Each reader adds what the decision's own
// mandates and the readers before it have not given; parse.ts gives each its due.
import { sentences } from "./items";
import { DECIDING_BODY, ENGLISH_TASK_VERBS, PRESENT_VERBS, WHAT_WORDS, WHEN_WORDS, WHO_WORDS } from "./lexicon";
import { ACTION_ALONE, actionTag, findDues, MOVED_BY, NOT_A_TASK, NOT_PERSON_EN, readsAsNoun, RESPONSIBLE, trailingAction, type Due, type MandateMatch } from "./mandates";
import type { Line } from "./types";

/** Who the document names: the people it lists, and how often a capitalised word stands inside its sentences. */
export type People = { listed: Set<string>; mentions: (word: string) => number };
/** A task found in a line of the item. */
export type ActionNote = { found: MandateMatch; line: Line };
/** The lines of one item, as the readers need them. */
export type ItemLines = {
  /** Every line of the item, title line first. */
  lines: Line[];
  /** Line numbers of its labelled background: a story of what was, never a task. */
  background: Set<number>;
  /** Line numbers of an action list folded into the item ("## Action items", parse.ts). */
  actionList: Set<number>;
};

/**
 * The people a document lists by name: the names standing alone in a list ("Attendance: John
 * (Chair), Charles (Minutes), Craig, Graham", "Moved: John", "- Jacob Kaplan-Moss"). A line of
 * running text that starts with such a name and "to" + a verb is an action item ("John to get the
 * minutes up to …"); a capitalised word no list names ("Goal to publish …") is not.
 */
function listedPeople(text: string): Set<string> {
  const people = new Set<string>();
  // (Within a line: "Present" over a blank line and "Bob, Lance, Chris" are two lines, and Bob is listed.)
  // ("Markus, Marita, Malin och Frida": a Swedish list ends with "och" or "samt".)
  const re = /(?:^|[:,;]|\b(?:and|och|samt)\b|^[ \t]*[-•*]|[ \t][-–][ \t])[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2})[ \t]*(?:\([^)]{0,40}\))?[ \t]*(?=,|;|$|\b(?:and|och|samt)\b)/gmu;
  for (const m of text.matchAll(re)) people.add(m[1].split(/\s+/u)[0]);
  return people;
}

/**
 * A person's name recurs inside sentences ("talked to Philip", "Kim, Betty"); a word that only opens
 * sentences ("Tried …", "Happy to …") is no one.
 */
export function peopleOf(text: string): People {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<=[\p{Ll},]\s+)\p{Lu}[\p{L}'’-]*/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  // (A chat handle in lower case, "koen", "bluelightning", counts where it stands as a word of its own.)
  const handles = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\p{L}\d_@.-])[\p{Ll}\d_]{2,24}(?![\p{L}\d_.-])/gu)) handles.set(m[0], (handles.get(m[0]) ?? 0) + 1);
  return { listed: listedPeople(text), mentions: (word) => counts.get(word) ?? handles.get(word) ?? 0 };
}

/** "Eva: - " — a name, a colon and a dash: the tasks of one person in an action list. */
const PERSON_BLOCK = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?):\s+[-–•]\s+/gu;

/**
 * An action list by person, in one line or over several: "Emilie: - Tar fram … Eva: - Kollar upp …
 * Magnus: - Bevakar … - Har fortsatt dialog …". Each dash after a name is one task of that person,
 * up to the next name; two or more names make a list ("Alla:"/"All:" gives no one a task).
 */
function personBlocks(text: string): MandateMatch[] {
  const heads = [...text.matchAll(PERSON_BLOCK)];
  if (heads.length < 2) return [];
  const out: MandateMatch[] = [];
  heads.forEach((head, i) => {
    const name = head[1];
    const from = (head.index ?? 0) + head[0].length;
    const to = i + 1 < heads.length ? heads[i + 1].index ?? text.length : text.length;
    if (NOBODY.test(name)) return;
    for (const piece of text.slice(from, to).split(/\s[-–•]\s/u)) {
      const task = piece.replace(/[.;\s]+$/u, "").trim();
      if (task.split(/\s+/u).length < 2) continue;
      out.push({ assignee: name, task, due: findDues(task)[0] ?? null });
    }
  });
  return out;
}

/** A listed person (or two) and a Swedish verb in the present: "Olle besöker Dorthe och ser på fönstren". */
const PERSON_DOES = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:\s+(?:och|samt)\s+\p{Lu}[\p{Ll}'’-]+)?)\s+(\p{Ll}+(?:ar|er|ör|år))\s+(\S.*)$/u;
/** Who: "Eva Ek", "Clerk", "Cllr Jones", "kansliet", "Anna och Per", "AB/CD"; the words after the first are capitalised. */
const OWNER = String.raw`(?:[Tt]he\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s*(?:,|\s(?:och|and|samt)\s|&|\/)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}){0,3}`;
const OWNER_LABEL = String.raw`(?:action|actions|${WHO_WORDS})`;
/** A task, then who does it in brackets or after a label, maybe with when: [, task, who, when]. */
const OWNER_NOTE = new RegExp(
  String.raw`^(?:(.*?\S)\s*)?(?:\(\s*${OWNER_LABEL}\s*:\s*(${OWNER})\s*\)|(?<=[.!]|^)\s*${OWNER_LABEL}\s*:\s*(${OWNER})\s*(?=[.;]|$))[.;]?(?:\s*(?:${WHEN_WORDS})\s*:\s*([^.;]+))?[.;]?\s*$`,
  "iu",
);
/** The same note after a task another rule reads: "… about the broken swing. (Action: Clerk)" is no part of the task. */
export const withoutOwnerNote = (task: string): string =>
  task.replace(new RegExp(String.raw`[\s.;]*\(\s*${OWNER_LABEL}\s*:[^()]*\)\s*$`, "iu"), "");
/** "Beslut: att anta …", "Åtgärd: boka lokal": the label over what is to be done is no part of the task. */
const TASK_LABEL = /^(?:beslut|åtgärd|uppgift|decision|action|task)\s*:\s*/iu;
/** "Cecilia ansvarar.", "Per och Eva håller i det.": someone takes the task the sentence before names. */
const OWNS_IT =
  /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:\s+(?:och|samt)\s+\p{Lu}[\p{Ll}'’-]+)?)\s+(?:ansvarar|är\s+ansvarig|håller\s+i\s+det(?:ta)?|fixar\s+det(?:ta)?|tar\s+det(?:ta)?|sköter\s+det(?:ta)?)\s*\.?$/u;
/**
 * The same with the verb before its subject, as Swedish puts it after an adverbial: "På föräldramötet den 31 augusti
 * håller Kati en kort presentation", "Till nästa möte tar Anna fram ett förslag". Read as [, name, verb, task].
 */
const PERSON_DOES_AFTER = /^\p{Lu}[^,.;:]{2,60}?\s(\p{Ll}+(?:ar|er|ör|år))\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+(\p{Ll}\S*(?:\s+\S+)*)$/u;
function inverted(clause: string): string[] | null {
  const m = PERSON_DOES_AFTER.exec(clause);
  // ("… fortsätter Björn Nystén som ordförande / för andra året": a state, no task.)
  if (!m || /^(?:som|för|i|på|under|till|med|kvar)(?!\p{L})/u.test(m[3])) return null;
  return [m[0], m[2], m[1], m[3]];
}
/** "Kommunstyrelsen antar planen": a body that decides gives no one a task by its verb (mandates.ts reads the decision). */
const DECIDES = new RegExp(`^(?:${PRESENT_VERBS})$`, "u");
const BODY = new RegExp(`^(?:${DECIDING_BODY})$`, "iu");
/** Verbs in the present that report, think or state: no task (nor a decision verb: `doesNothing`). */
const NOT_DOING =
  /^(?:för|efter|under|över|eller|mer|fler|är|har|blir|kan|vill|ska|skall|får|måste|bör|tycker|anser|menar|undrar|tror|vet|känner|berättar|informerar|redovisar|presenterar|rapporterar|redogör|meddelar|konstaterar|påpekar|föreslår|tackar|önskar|hälsar|förklarar|öppnar|avslutar|leder|deltar|närvarar|svarar|säger|ser|står|finns|gäller|behöver|saknar|representerar|instämmer|föredrar|försöker|diskuterar|lyfter)$/u;
/** The verb of a sentence that gives no one a task: it reports, states or decides. */
const doesNothing = (verb: string) => NOT_DOING.test(verb) || DECIDES.test(verb);

/**
 * "David to collect keys.", "AB will finalize.", "Betty and Amanda will meet …", "Clerk/chair to ensure …",
 * "Cart shall open a bank account …": someone, then "to"/"will"/"shall" and a verb, in any sentence of an item,
 * after a topic label perhaps ("Pull Requests - Owen will look at …"). Someone is a person: initials, a name
 * the document lists, or a name it uses more than once; never a word that only opens a heading ("Goal to publish").
 */
// ("J. Smith to circulate …", "The Clerk and Cllr Jones to meet …": an initial, "the" or a title before a name.)
const NAMED_ACTION =
  /^((?:@[\p{L}\d][\p{L}\d_.-]*|(?:[Tt]he\s+|\p{Lu}\.\s*)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?:\s*(?:\/|,|\band\b|&)\s*(?:@[\p{L}\d][\p{L}\d_.-]*|(?:[Tt]he\s+|\p{Lu}\.\s*)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]+)?))*)\s+(?:to|will|shall|should|(?:is|are)\s+(?:going\s+)?to)\s+(?!be\b|have\b|not\b|also\s+be\b)(?:also\s+)?(\p{Ll}+(?!\p{L}|\.\p{L})(?<!\p{L}{3}ing|being|doing|going)\b.*)$/u;
/** "All to …", "All members to …", "Everyone will need to …": a task for everyone at the table. */
const EVERYONE_TO =
  /^(?:[-*•]\s*)?(?:(?:ACTION|Action|action)\s*[:–-]?\s*)?(All(?:\s+(?:members|officers|trustees|directors|councillors|governors|committee\s+members|board\s+members))?|Everyone|Everybody)\s+(?:to|(?:will\s+)?need\s+to|should|are\s+to)\s+(?!be\b|have\b|note\b)(\p{Ll}+(?![\p{L}.])(?<!\p{L}{3}ing|being|doing|going)\b.*)$/u;
/** Capitals that are no one's initials. */
const NOT_INITIALS = /^(?:EU|UK|US|USA|IT|HR|AGM|EGM|TSC|OSC|PR|CEO|CFO|OK|AOB|FAQ|PDF|API|CV|TV|GDPR|ESF|SMS)$/u;
const TOPIC_LABEL = /^(?:•\s*)?[^:–-]{1,40}(?::|\s[–-])\s+/u;

/** "John to get the minutes up to …", "John or Craig to provide …": a listed person and "to" + a verb. */
const PERSON_TO = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:or|and)\s+\p{Lu}[\p{Ll}'’-]+)?)\s+to\s+(?!be\b|have\b)(\p{Ll}+(?![\p{L}.])(?<!\p{L}{3}ing|being|doing|going)\b.*)$/u;

/**
 * "Anna: boka lokal.", "Per Lind – kontakta kommunen till nästa möte": a listed person, a colon or a dash, and a
 * Swedish infinitive (a word in -a of four letters or more, or "ta", "se", "gå", "be", "få") with what to do.
 */
const PERSON_INFINITIVE =
  /^(?:•\s*)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:\s+och\s+\p{Lu}[\p{Ll}'’-]+)?)\s*(?::|\s[–-])\s+((?:\p{Ll}{3,}a|ta|se|gå|be|få)\s+\S.*)$/u;
/**
 * "Owen: send the invitations.", "- Rebecca: To add JD to the website": someone the text lists, a colon or a dash,
 * and an English verb that gives a task (`ENGLISH_TASK_VERBS`), as an action list's line written among the item's
 * notes. ("Bob: I think …", "Anna: agreed." are remarks: no such verb.)
 */
const PERSON_IMPERATIVE = new RegExp(
  String.raw`^(?:[-*•]\s*)?(?:\[[ xX]?\]\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?)\s*(?::|\s[–-])\s+(?:[Tt]o\s+)?((?:${ENGLISH_TASK_VERBS})(?![\p{L}'’-])\s*\S.*)$`,
  "u",
);
/** Words in -a that open a remark, not a task: "Anna: bra idé", "Per: hela gruppen håller med". */
const NOT_A_VERB_SV = /^(?:bra|hela|sista|första|andra|enda|samma|nya|stora|många|alla|flera|bästa|egna|svenska|gamla|viktiga|kanske|ja|nja|vilka|dessa|denna|sina|våra|era|bara|redan|sedan|också|tyvärr|nästa|varje)$/u;
/** A line of an action list: "- Jacob: Invite folks …", "• Anna Berg – skicka kallelsen", "Tim to send …". */
const ACTION_LIST_LINE = /^(?:[-*•]\s*)?(?:\[[ xX]?\]\s*)?(@[\p{L}\d][\p{L}\d_.-]*|\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:och|and|or|eller|&|\+)\s+)?\p{Lu}[\p{L}'’-]+){0,3})\s*(?::|\s[–—-]\s|\s+to\s+(?=\p{Ll}))\s*(\S.*)$/u;
const NOBODY = /^(?:all|alla|everyone|everybody|samtliga|none|ingen|inga|action|actions|todo|note|notes)$/iu;

/** "• Allan: I will send out …": a name, a colon, and what that person says they will do. */
// ("Bob: I'll put together a summary": the contraction too.)
const FIRST_PERSON = /^(?:[-*•]\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?):\s+(?:I|We)(?:\s+(?:will|'ll|’ll|shall|am\s+going\s+to)|['’]ll)\s+(?:try\s+(?:and|to)\s+)?(\p{Ll}.*)$/u;
/** "• koen to investigate …": a handle in lower case, in a bulleted action line. */
const HANDLE_TO = /^•\s*([\p{Ll}\d_]{2,24})\s+to\s+(?!be\b|have\b)(\p{Ll}+\b.*)$/u;
/** Words that open such a line and are no one. */
const NOT_A_HANDLE = /^(?:the|we|all|it|this|that|they|he|she|you|i|someone|everyone|everybody|need|needs|want|plan|goal|time|how|what|who|nothing|something|ability|decision|agreed|try|more|ok|also|then|remember|continue)$/u;

/** Column heads of an action table: what, who, by when. */
const TABLE_WHAT = new RegExp(`^(?:${WHAT_WORDS})$`, "iu");
const TABLE_WHO = new RegExp(`^(?:${WHO_WORDS})$`, "iu");
const TABLE_WHEN = new RegExp(`^(?:${WHEN_WORDS})$`, "iu");
const cells = (raw: string) => raw.split(/\t+|\s{2,}|\s*\|\s*/u).map((c) => c.trim()).filter((c) => c !== "");

/** Rows of an action table ("Åtgärd  Ansvar  Klart till" over "Skicka ut kallelsen  Anna  1 mars"). */
function tableRows(lines: Line[]): Array<{ found: MandateMatch; line: Line }> {
  const rows: Array<{ found: MandateMatch; line: Line }> = [];
  let columns: { what: number; who: number; when: number } | null = null;
  for (const line of lines) {
    if (line.text === "") continue;
    const c = cells(line.raw);
    // "|---|---|": a Markdown table's rule under its head.
    if (c.length > 0 && c.every((x) => /^:?-{3,}:?$/u.test(x))) continue;
    const what = c.findIndex((x) => TABLE_WHAT.test(x));
    const who = c.findIndex((x) => TABLE_WHO.test(x));
    if (what >= 0 && who >= 0) {
      columns = { what, who, when: c.findIndex((x) => TABLE_WHEN.test(x)) };
      continue;
    }
    if (!columns) continue;
    if (c.length < 2 || c.length <= Math.min(columns.what, columns.who)) {
      columns = null;
      continue;
    }
    const task = c[columns.what] ?? "";
    const assignee = c[columns.who] ?? null;
    if (task === "" || assignee === null) continue;
    const whenText = columns.when >= 0 ? c[columns.when] ?? "" : "";
    rows.push({ found: { assignee, task, due: dueOfWhen(whenText) }, line });
  }
  return rows;
}

/** A table's head row whose cells were glued as it was copied: "Summary of actions following the meetingResponsible". */
const GLUED_WHO_HEAD = /\p{Ll}(?:Responsible|Owner|Who|Action by|Ansvarig|Ansvariga|Ansvar|Vem)$/u;
/** A row under it: the task, then who, glued on ("Progress Red Lane shelter projectMary and Faith"). */
const GLUED_ROW = /^(\S.*?[\p{Ll}\d)’'])((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:(?:,\s*|\s+(?:and|och|&)\s+)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)*)$/u;

/** The same with who first: "NameAction" over "Gavin HoldenFollow up on …", "Bob Wellington/ Simon DavisTo follow up …". */
const GLUED_WHO_FIRST_HEAD = /^(?:Name|Who|Responsible|Owner|Person|Ansvarig|Vem)\s?(?:Action|Task|Åtgärd|Uppgift)s?$/u;
const NAME_WORDS = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;
const GLUED_WHO_FIRST_ROW = new RegExp(String.raw`^(${NAME_WORDS}(?:\s*(?:\/|,|&|and|och)\s*${NAME_WORDS})*)(?=\p{Lu})(\S.*)$`, "u");

/** The rows of an action table whose cells a copy glued together, each task with who does it. */
function gluedTableRows(lines: Line[]): Array<{ found: MandateMatch; line: Line }> {
  const rows: Array<{ found: MandateMatch; line: Line }> = [];
  let open: "task first" | "who first" | null = null;
  for (const line of lines) {
    if (line.text === "") continue;
    const head = GLUED_WHO_HEAD.test(line.text) ? "task first" : GLUED_WHO_FIRST_HEAD.test(line.text) ? "who first" : null;
    if (head) {
      open = head;
      continue;
    }
    const m = open === "task first" ? GLUED_ROW.exec(line.text) : open === "who first" ? GLUED_WHO_FIRST_ROW.exec(line.text) : null;
    if (!m) {
      open = null;
      continue;
    }
    const [assignee, task] = open === "task first" ? [m[2], m[1].trim()] : [m[1], m[2].replace(/^To\s+/u, "").replace(/[.;]$/u, "").trim()];
    rows.push({ found: { assignee, task, due: findDues(task)[0] ?? null }, line });
  }
  return rows;
}

/**
 * When a task is due, from a "När" / "Due" cell or label: "15 maj", "senast 1 maj", "nästa möte", "next meeting". A day
 * is a deadline, a meeting the next meeting; the due shows the words as written. Null for none.
 */
function dueOfWhen(when: string): Due | null {
  const text = when.trim();
  if (text === "") return null;
  const due = findDues(/^(?:senast|by|before)\b/iu.test(text) ? text : `senast ${text}`)[0] ?? findDues(/^next\b/iu.test(text) ? `by the ${text}` : `till ${text}`)[0] ?? null;
  return due && { ...due, text };
}

/** Every action note of an item that `given` (the tasks its decision gave) does not already hold, in reading order. */
export function actionNotes(item: ItemLines, people: People, given: Array<{ assignee: string | null; task: string; line: number }>): ActionNote[] {
  const notes: ActionNote[] = [];
  const taken = [...given];
  const add = (found: MandateMatch, line: Line) => {
    notes.push({ found, line });
    taken.push({ assignee: found.assignee, task: found.task, line: line.no });
  };
  const title = item.lines[0];
  const readable = (line: Line) => !item.background.has(line.no) && !line.attendance;

  // "Ansvarig: Anna Berg" under the task it names; an "Åtgärd | Ansvar | Klart" table.
  const body = item.lines.filter((l) => l.text !== "");
  body.forEach((line, i) => {
    const who = RESPONSIBLE.exec(line.text);
    if (!who || i === 0 || body[i - 1] === title) return;
    // ("Beslut: att anta verksamhetsplanen." / "Ansvarig: Johan Ny": the task is what was decided, without its label.)
    const task = body[i - 1].text
      .replace(/^(?:•|\d{1,2}[.)])\s*/u, "")
      .replace(TASK_LABEL, "")
      .replace(/^att\s+/iu, "")
      .replace(/[.:]$/u, "");
    const earlier = taken.find((t) => t.line === body[i - 1].no);
    if (earlier) {
      // ("Gruppen ger Per Holm i uppdrag att …" / "Ansvarig: Per Holm. När: nästa möte": the task is given above; this
      // line says by when. The note repeats that task with its due, which mandatesOf gives the task: parse.ts.)
      const due = dueOfWhen(who[2] ?? "");
      if (due) add({ assignee: earlier.assignee, task: earlier.task, due }, line);
      return;
    }
    add({ assignee: who[1].replace(/[.,;]$/u, "").trim(), task, due: dueOfWhen(who[2] ?? "") ?? findDues(task)[0] ?? null }, line);
  });
  // "Hemsidan behöver uppdateras. (Ansvarig: Eva Ek)", "Städdag den 14 maj. Vem: Anna. När: senast 1 maj.": the one
  // responsible named after the task on its line; a line that is only "(Action: Clerk)" names the one on the line above.
  body.forEach((line, i) => {
    const note = OWNER_NOTE.exec(line.text);
    if (!note || !readable(line) || taken.some((t) => t.line === line.no)) return;
    const task = (note[1] ?? "").replace(/^(?:•|\d{1,2}[.)])\s*/u, "").replace(/[.:;\s]+$/u, "") || (i > 0 && body[i - 1] !== title ? body[i - 1].text.replace(/[.:;\s]+$/u, "") : "");
    if (task === "" || (note[1] === undefined && taken.some((t) => t.line === body[i - 1].no))) return;
    const who = (note[2] ?? note[3]).trim();
    if (NOBODY.test(who)) return;
    add({ assignee: who, task, due: dueOfWhen(note[4] ?? "") ?? findDues(task)[0] ?? null }, line);
  });
  for (const row of [...tableRows(item.lines), ...gluedTableRows(item.lines)]) add(row.found, row.line);
  // "Eva: - Kollar upp … Magnus: - Bevakar … - Har fortsatt dialog …": tasks listed under each name.
  for (const line of item.lines) {
    if (!readable(line)) continue;
    for (const block of personBlocks(line.text)) add(block, line);
  }
  for (const line of item.lines) {
    if (!readable(line) || taken.some((t) => t.line === line.no)) continue;
    const m = PERSON_TO.exec(line.text.trim()) ?? PERSON_INFINITIVE.exec(line.text.trim()) ?? PERSON_IMPERATIVE.exec(line.text.trim());
    // (Not initials: "AKI: Close to …", "NIC: add to that, …" are a transcript's speakers.)
    if (!m || !m[1].split(/\s+(?:or|and|och|&)\s+/u).every((name) => people.listed.has(name.split(/\s+/u)[0]))) continue;
    if (NOT_A_VERB_SV.test(m[2].split(/\s+/u)[0])) continue;
    add({ assignee: m[1], task: m[2].replace(/[.;]$/u, "").trim(), due: findDues(m[2])[0] ?? null }, line);
  }
  // "• Allan: I will send out an introductory email …", "* Rod: I will try and outline a process …": a person's own
  // words under their name; "=> koen to investigate server & report back": a chat handle in an action line, one the
  // text uses elsewhere too (the list of who took part).
  for (const line of item.lines) {
    if (!readable(line) || taken.some((t) => t.line === line.no)) continue;
    const own = FIRST_PERSON.exec(line.text.trim());
    if (own) {
      add({ assignee: own[1], task: own[2].replace(/[.;]$/u, "").trim(), due: findDues(own[2])[0] ?? null }, line);
      continue;
    }
    const handle = HANDLE_TO.exec(line.text.trim());
    if (handle && !NOT_A_HANDLE.test(handle[1]) && people.mentions(handle[1]) >= 2) {
      add({ assignee: handle[1], task: handle[2].replace(/[.;]$/u, "").trim(), due: findDues(handle[2])[0] ?? null }, line);
    }
  }
  // "Olle besöker Dorthe …", "Henry köper in saft …", "KA kontaktar lantmäteriet …": someone the document
  // lists, then a verb in the present that does something (not one that reports or states).
  for (const line of item.lines) {
    if (!readable(line)) continue;
    const known = (name: string) => people.listed.has(name.split(/\s+/u)[0]);
    const all = sentences(unnumbered(line.text));
    for (const [k, sentence] of all.entries()) {
      // (A sentence of the line whose task another rule already gave is left alone.)
      if (taken.some((t) => t.line === line.no && sentence.includes(t.task.slice(0, 24)))) continue;
      // "Föreningen köper in nya t-shirts. Cecilia ansvarar.": the one responsible for the sentence before.
      const owner = OWNS_IT.exec(sentence.trim());
      if (owner && k > 0 && owner[1].split(/\s+(?:och|samt)\s+/u).every(known)) {
        const task = all[k - 1].replace(/^•\s*/u, "").replace(TASK_LABEL, "").replace(/[.;]+$/u, "").trim();
        add({ assignee: owner[1], task, due: findDues(task)[0] ?? null }, line);
        continue;
      }
      // The sentence, else a clause of it after a comma or "och": "Ingen domare ännu, Annie letar domare och Jasmine kontaktar …".
      const whole = sentence.replace(/^(?:•\s*)?(?:[^:–]{1,40}(?::|\s–)\s+)?/u, "");
      const clauses = [whole, ...whole.split(/,\s+|\s+(?:och|samt)\s+(?=\p{Lu})/u).slice(1)];
      const m = clauses
        .map((clause) => PERSON_DOES.exec(clause) ?? inverted(clause))
        .find((x) => x !== null && x[1].split(/\s+(?:och|samt)\s+/u).every(known));
      if (!m) continue;
      if (doesNothing(m[2]) || BODY.test(m[1]) || (m[2] === "tar" && /^upp\b/u.test(m[3]))) continue;
      // ("Elisabeth frågar förra årets festkommitté om …" is a task; "Anna frågar om …", "frågar hur …" a question.)
      if (m[2] === "frågar" && /^(?:om|vad|hur|varför|när|vem|var|vilka|vilken|efter|kring|angående|huruvida)\b/u.test(m[3])) continue;
      // (Another rule may have read the same sentence in its own words: "återkommer till …" → "återkomma …".)
      if (taken.some((t) => t.line === line.no && t.assignee === m[1])) continue;
      const task = `${m[2]} ${m[3]}`.replace(/[.;]+$/u, "").trim();
      add({ assignee: m[1], task, due: findDues(task)[0] ?? null }, line);
    }
  }
  // "Vi har fått kartor, (GD) undersöker lämpligt program …", "Kaffeservering (GD) kollar med Elsa.": initials in
  // brackets before a verb in the present name who does it.
  for (const line of item.lines) {
    if (!readable(line)) continue;
    for (const m of line.text.matchAll(/\((\p{Lu}{2,4})\)\s+(\p{Ll}+(?:ar|er|ör|år))\s+([^.;]+)/gu)) {
      if (doesNothing(m[2]) || taken.some((t) => t.line === line.no && t.assignee === m[1])) continue;
      const task = `${m[2]} ${m[3]}`.trim();
      add({ assignee: m[1], task, due: findDues(task)[0] ?? null }, line);
    }
  }
  // "David to collect keys.", "AB will finalize.", "Pull Requests - Owen will look at …".
  for (const line of item.lines) {
    if (!readable(line)) continue;
    // ("Stuart will speak to John and Martyn will speak to Stephen": each clause names its own doer.)
    // (A table flattened with slashes: "… on Thursday 28th August. / CW to brief office on meeting".)
    const clauses = sentences(unnumbered(line.text))
      .flatMap((sentence) => sentence.split(/\s+\/\s+(?=\p{Lu})/u))
      .flatMap(splitDoers);
    const found = clauses.flatMap((sentence) => {
      const plain = sentence.replace(/^•\s*/u, "").replace(/^\[[ xX]?\]\s*/u, "").trim();
      // ("MSC: Owen/Helsley to adopt the budget": the mover and the seconder, not who acts.)
      if (MOVED_BY.test(plain)) return [];
      const m = NAMED_ACTION.exec(plain) ?? NAMED_ACTION.exec(plain.replace(TOPIC_LABEL, ""));
      return m ? [m] : [];
    });
    // Two or more such sentences on one line are a run of action notes ("David to collect keys. Mike and
    // Lesley to organise wine. Martin to get a speaker."): their names are people though the text lists none.
    const run = found.length >= 2;
    for (const m of found) {
      const names = m[1].split(/\s*(?:\/|,|\band\b|&)\s*/u).filter((n) => n !== "");
      // ("Cart should transfer the domain …": a task for someone the text lists; "Someone should …", "The Foundation
      // should …" are advice.)
      const should = /^\s+should\s/u.test(m[0].slice(m[1].length));
      const listed = (name: string) => people.listed.has(name.replace(/^(?:[Tt]he\s+)/u, "").split(/\s+/u)[0]);
      if (should ? !names.every(listed) : !names.every((name) => isSomeone(name, people) || ((run || namelike(name)) && mayBeSomeone(name)))) continue;
      if (taken.some((t) => t.line === line.no && t.assignee === m[1])) continue;
      // ("(… Dave Waltermire to lead this effort)": the bracket closed after the task is not part of it.)
      const task = m[2].replace(/[.;]+$/u, "").replace(/^([^(]*)\)$/u, "$1").trim();
      // A task starts with a verb: "Further to the auditing …", "Open to all members" are no one's task.
      if (NOT_A_TASK.test(task)) continue;
      if (task.split(/\s+/u).length < 2 && !/^\p{Ll}+$/u.test(task)) continue;
      // ("… - Sam to action.": a tag that names who takes up the text before it, read by trailingAction.)
      if (ACTION_ALONE.test(task)) continue;
      add({ assignee: m[1], task, due: findDues(task)[0] ?? null }, line);
    }
  }
  // "All to send comments by Friday.", "Action: All members to read the draft", "All officers will need to complete
  // reports by Aug 11th": everyone at the table takes the task.
  for (const line of item.lines) {
    if (!readable(line)) continue;
    for (const sentence of sentences(unnumbered(line.text))) {
      const m = EVERYONE_TO.exec(sentence.trim());
      if (!m || taken.some((t) => t.line === line.no && t.assignee === m[1])) continue;
      const task = m[2].replace(/[.;]+$/u, "").trim();
      if (task.split(/\s+/u).length < 2) continue;
      add({ assignee: m[1], task, due: findDues(task)[0] ?? null }, line);
    }
  }
  // "… New Village Hall bank account being set up." / "Action: DW": the tag names who does what was written before it.
  const written = item.lines.filter((l) => l.text !== "" && readable(l));
  written.forEach((line, i) => {
    const parts = sentences(line.text);
    parts.forEach((sentence, k) => {
      const who = actionTag(sentence);
      if (who === null) return;
      const before = k > 0 ? parts[k - 1] : i > 0 && written[i - 1] !== title ? sentences(written[i - 1].text).pop() : undefined;
      if (!before || taken.some((t) => t.assignee === who && t.line === line.no)) return;
      const task = before.replace(/^(?:•|\d{1,2}[.)])\s*/u, "").replace(/[.;:]+$/u, "").trim();
      if (task.split(/\s+/u).length < 2) return;
      add({ assignee: who, task, due: findDues(task)[0] ?? null }, line);
    });
  });
  // "A letter of thanks is to be sent to the auditor ACTION Justine/Su", "… put on Facebook – AM".
  for (const line of written) {
    const tagged = trailingAction(line.text);
    if (!tagged || line === title || taken.some((t) => t.line === line.no && t.assignee === tagged.who)) continue;
    if (tagged.task.split(/\s+/u).length < 3) continue;
    add({ assignee: tagged.who, task: tagged.task, due: findDues(tagged.task)[0] ?? null }, line);
  }
  // The lines of an action list folded into the item: "- Jacob: Invite folks …", "Tim to send …".
  for (const line of item.lines) {
    if (!item.actionList.has(line.no) || taken.some((t) => t.line === line.no)) continue;
    const found = actionListLine(line.text.trim());
    if (found) add(found, line);
  }
  return notes;
}

/** "… (Sambruk) - Digg": in an action list, who acts may stand last, after a dash. */
const WHO_LAST = /^(?:[-*•]\s*)?(\S.{6,}?)\s+[–-]\s+(\p{Lu}[\p{L}'’.-]*(?:\s*(?:\/|,|och|and|&)\s*\p{Lu}[\p{L}'’.-]*)*)\s*\.?$/u;
/** "1. Rensa upp i förslaget … (Josef)).": in an action list, who acts may stand last, in brackets. */
const WHO_IN_BRACKETS_LAST = /^(?:[-*•]\s*|\d{1,2}[.)]\s*)?(\S.{6,}?)\s*\((\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?:\s*(?:\/|,|och|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)*)\)\)?\s*[.;]?$/u;
/** "Bolagsverket kollar med SMHI": in an action list, a capitalised doer and a verb in the present. */
const DOER_DOES = /^(?:[-*•]\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:och|samt)\s+\p{Lu}[\p{L}'’-]+)?)\s+(\p{Ll}+(?:ar|er|ör)\s+\S.*)$/u;

/** One line of an action list: "- Jacob: Invite folks …", "Tim to send …", "task – Who", "Who does …". */
function actionListLine(text: string): MandateMatch | null {
  const named = ACTION_LIST_LINE.exec(text);
  if (named && !NOBODY.test(named[1])) {
    const task = named[2].replace(/[.;]$/u, "").trim();
    return { assignee: named[1], task, due: findDues(task)[0] ?? null };
  }
  // (Only a line that ends in a bracket is tried for one: the pattern's open start is slow on long lines.)
  const last = WHO_LAST.exec(text) ?? (/\)\s*[.;]?$/u.test(text) ? WHO_IN_BRACKETS_LAST.exec(text) : null);
  if (last && !NOBODY.test(last[2]) && last[1].split(/\s+/u).length >= 2) {
    const task = last[1].replace(/[.;:,]$/u, "").trim();
    return { assignee: last[2], task, due: findDues(task)[0] ?? null };
  }
  const does = DOER_DOES.exec(text);
  if (does && !NOBODY.test(does[1]) && !doesNothing(does[2].split(/\s+/u)[0])) {
    const task = does[2].replace(/[.;]$/u, "").trim();
    return { assignee: does[1], task, due: findDues(task)[0] ?? null };
  }
  return null;
}

/** The line without the item's number before it: "§ 6/ Henry köper in saft …" is Henry's sentence. */
const unnumbered = (text: string) => text.replace(/^(?:§\s*\d{1,3}[a-z]?\/?|\d{1,3}(?:\.\d{1,2})*[.):/]|[a-h][.)])\s+(?=\p{Lu})/u, "");

/** "Stuart will speak to John and Martyn will speak to Stephen" → two clauses; "Mike and Lesley to organise …" stays one. */
function splitDoers(whole: string): string[] {
  return whole.split(NEXT_DOER).flatMap(splitDoersOnce);
}

/** "Cllr Patel to get quotes for the roof; Cllr Smith to speak to …": a semicolon before the next doer parts two tasks. */
export const NEXT_DOER = /;\s+(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:will|to|shall)\s)/u;

function splitDoersOnce(sentence: string): string[] {
  const out: string[] = [];
  // "After the August holiday season, Caterina will try to …", "… so Benoît will ping them again": a clause after
  // a comma or "so" that opens with someone and "will" is read on its own (the words before it set the scene).
  // (So does one after a dash, a colon or a bracket, or with "to": "… rest in library - John to email and thank",
  // "IBM put code into the repo, DAH to push code soon", "(need input, Jordi to contact Thomas …)".)
  const tail =
    /(?:,|\s(?:so|then|and then))\s+(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?\s+will\s+\p{Ll})|(?:[,:(]|\s[-–])\s*(?=\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?\s+to\s+\p{Ll}{2,}(?![\p{L}.])(?<!\p{L}{3}ing|being|doing|going)\s)/u.exec(sentence);
  let rest = tail ? sentence.slice(tail.index + tail[0].length) : sentence;
  for (;;) {
    const m = /,?\s+and\s+(?=\p{Lu}[\p{L}'’-]*\s+(?:will|to|shall)\s)/u.exec(rest);
    // (Only where what comes before is a clause of its own, with its own "will"/"to".)
    if (!m || !/\s(?:will|to|shall)\s/u.test(rest.slice(0, m.index))) break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  return [...out, rest];
}

/**
 * A capitalised word that reads as a name though no list names it ("Shelly will follow up …", "Patrick to
 * investigate …"): not a noun by its ending ("Registration will open", "Funding to …", "Parking will …").
 */
const namelike = (name: string) => !readsAsNoun(name.split(/\s+/u)[0]);

/** A capitalised word that could be a name: not a word of deciding, a label, a pronoun or an abbreviation. */
function mayBeSomeone(name: string): boolean {
  const first = name.split(/\s+/u)[0];
  // (One word, or a first name and a surname: "Technical Community to provide feedback" is no one.)
  return first.length >= 2 && name.split(/\s+/u).length <= 2 && !NOT_PERSON_EN.test(first) && !NOT_INITIALS.test(first) && !NOT_A_NAME.test(first);
}
const NOT_A_NAME =
  /^(?:The|This|That|It|We|They|He|She|There|All|Everyone|Goal|Plan|Need|Needs|Board|Council|Committee|Members|Group|Call|Meeting|Motion|Minutes|Correction|Reminder|Tried|Hope|Happy|Want|Proposal|Request|Time|Ability|Reference|Response|Return|Going|Able|Due|Subject|Welcome|Thanks|Note|Change|Changes|Update|Updates|Move|Vote|Technical|Community|Project|Team|Work|Next|Also|Then|Now|Please|Remember|Try|Continue|Continued)$/u;

/** Initials, a name the document lists, or a name it uses inside its sentences; an officer; never a heading's first word. */
function isSomeone(name: string, people: People): boolean {
  // ("The Clerk", "J. Smith", "Cllr Jones": the article, the initial and the title say nothing of who.)
  const bare = name.replace(/^(?:[Tt]he\s+|\p{Lu}\.\s*)/u, "");
  if (/^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|PCSO)\.?\s+\p{Lu}/u.test(bare)) return true;
  if (bare !== name) return isSomeone(bare, people);
  const first = name.split(/\s+/u)[0];
  if (/^@[\p{L}\d]/u.test(first)) return true; // a handle names a person
  if (first.length < 2 || NOT_PERSON_EN.test(first) || NOT_INITIALS.test(first)) return false;
  if (NOT_A_NAME.test(first)) return false;
  const initials = /^\p{Lu}[\p{L}]{1,5}$/u.test(first) && (first.match(/\p{Lu}/gu) ?? []).length >= 2;
  return initials || people.listed.has(first) || people.mentions(first) >= 2 || /^(?:[Cc]lerk|[Cc]hair(?:man|person)?|[Tt]reasurer|[Ss]ecretary)$/u.test(first);
}

// The public entry of the minutes import: text → ParsedMinutes, in stages:
//   lines.ts     normalise the text, keep line numbers
//   sections.ts  header / sections (Beslutspunkter, Rapporter, …) / footer
//   header.ts    minutes or agenda, meeting title and day
//   items.ts     numbered items with title, background, proposal, decision
//   dates.ts     Swedish dates, their kind, and a missing year
//   mandates.ts  mandates in decision text, and when they are due
// Choices (see also README.md in this folder):
// - Dates are listed once per (kind, date, end); every occurrence is kept in `occurrences`.
// - The meeting's own date (in the head) is `meeting.date`, not one of `dates`.
// - A section heading with no numbered items ("Övriga frågor") becomes one item
//   titled by the heading, so the other-business section survives the import.
// - Mandates come only from decision text: a report quoting an old mandate adds none.
// - A notice/agenda (kallelse, dagordning) yields proposals, never decisions or mandates.
import { classifyDate, compareIso, findDates, resolveDay, slashOrderOf, toIso, type DateMatch } from "./dates";
import {
  dayFromFilename,
  documentKindIn,
  hasMinutesSigns,
  inferMeetingDate,
  yearOfWeekday,
  isHeadLabel,
  meetingDay,
  meetingTitle,
  namesMeetingDocument,
  type DatedFact,
} from "./header";
import { blockLabel, extractItems, isDecisionOpener, sentences, type ItemDraft } from "./items";
import { sourceOf, toLines } from "./lines";
import {
  actionTag,
  canonicalAssignee,
  NOT_PERSON_EN,
  trailingAction,
  findDues,
  findEnglishAction,
  findMandate,
  findReportBackDue,
  findSwedishAction,
  RESPONSIBLE,
  type Due,
  type MandateMatch,
} from "./mandates";
import { headingKind, isFooterLine, splitSections } from "./sections";
import { readFacts } from "./facts";
import { reflow } from "./reflow";
import { markStructure } from "./structure";
import { fillDecisions } from "./model/decisions";
import { fillFormalDecisions } from "./formalities";
import { PARAGRAPH_ITEMS } from "./paragraphs";
import { importModels, type ImportModels } from "./model/models";
import type {
  DateKind,
  ImportJson,
  Line,
  ParsedDate,
  ParsedItem,
  ParsedMandate,
  ParsedMinutes,
  ParseOptions,
} from "./types";

export type { ImportJson, ParsedMinutes, ParseOptions } from "./types";

type RawDate = { match: DateMatch; kind: DateKind; text: string; line: Line; item: number | null };

/** Words of meetings: a numbered list that mentions them is an agenda, not any list. */
const MEETING_WORDS = /(?<!\p{L})(?:möte\p{L}*|sammanträde\p{L}*|\p{L}*stämma\p{L}*|årsmöte\p{L}*|meeting\p{L}*|ärenden)(?!\p{L})/iu;

/** A head line with a day other than the meeting's: when the minutes were checked or posted. */
const HEAD_OTHER_DAY = /(?<!\p{L})(?:justera\p{L}*|justering\p{L}*|anslag\p{L}*|anslaget|tas ned|sätts upp|protokollet är anslaget)(?!\p{L})/iu;

const NEXT_MEETING = /nästa\s+(?:möte|sammanträde|styrgruppsmöte)/iu;

/**
 * Text → items, decisions, mandates and dates. `models` is the learned reading of
 * decisions (model/); null reads by the rules alone (training does).
 */
export function parseMinutes(text: string, opts: ParseOptions = {}, models: ImportModels | null = importModels()): ParsedMinutes {
  return parseWithDrafts(text, opts, models).parsed;
}

/** The parse and the item drafts it came from (for training the model on the corpus). */
export function parseWithDrafts(text: string, opts: ParseOptions, models: ImportModels | null): { parsed: ParsedMinutes; drafts: ItemDraft[] } {
  const lines = reflow(toLines(text));
  markStructure(lines, {
    notHeading: (t) => headingKind(t) !== undefined || blockLabel(t) !== null || isDecisionOpener(t) || isFooterLine(t) || isHeadLabel(t),
  });
  foldParagraphNumbers(lines);
  const { header, sections, footer } = splitSections(lines);
  // The head of the document: its first lines (with a "Dagordning" heading) and any later neutral heading.
  const head = [...header, ...sections.flatMap((s) => (s.heading && s.kind === null ? [s.heading] : []))];
  const documentKind = documentKindIn(head, text, opts.filename);
  const agendaOnly = documentKind === "agenda";
  // "Protokoll fört vid per capsulam-beslut": every item reports a decision taken between meetings.
  const perCapsulam = head.some((line) => /per[ -]capsulam/iu.test(line.text));
  const drafts: ItemDraft[] = foldActionLists(sections.flatMap((section) => extractItems(section, { agendaOnly, perCapsulam })));
  const warnings: string[] = [];

  const hasSectionHeadings = sections.some((s) => s.kind !== null && s.heading !== null);
  const paragraphNumbers = drafts.some((d) => /§/u.test(d.source.text));
  const hasDecision = drafts.some((d) => d.decision !== null);
  // Items that carry a proposal ("Nämndens förslag till beslut") belong to a meeting document.
  const hasProposal = drafts.some((d) => d.proposal !== null);
  const hasAttendance = lines.some((l) => l.attendance);
  const named = namesMeetingDocument(head);
  const mentionsMeeting = MEETING_WORDS.test(text);
  // Days written "05/23/2020" or "23/05/2020": the document's own order.
  const order = slashOrderOf(text);
  const headDay = meetingDay(header, order);
  const isMinutes =
    (drafts.length > 0 &&
      (named ||
        hasSectionHeadings ||
        paragraphNumbers ||
        hasAttendance ||
        (drafts.length >= 2 && hasDecision) ||
        hasProposal ||
        (drafts.length >= 3 && mentionsMeeting))) ||
    // A cover page ("PROTOKOLL", the day, who attended) with no items yet: shown for review.
    (named && (headDay !== null || hasAttendance));
  // A numbered list of items that names no kind of document and records no decision is an agenda;
  // so is one whose items carry proposals and none a decision.
  // Not when the text shows that the meeting was held (attendance, a quorum, checkers, action points).
  const kind =
    !named && !hasDecision && (drafts.length >= 3 || hasProposal) && !hasAttendance && !hasMinutesSigns(text) ? "agenda" : documentKind;
  const titleLine = meetingTitle(header);
  const meetingTitleText = titleLine?.text ?? opts.groupName ?? null;

  if (!isMinutes) {
    const parsed: ParsedMinutes = {
      isMinutes: false,
      documentKind: "unknown",
      meeting: { title: meetingTitleText, date: null, day: null, source: titleLine ? sourceOf(titleLine) : null },
      items: [],
      mandates: [],
      dates: [],
      nextMeetingDate: null,
      facts: { organisation: null, attendance: [], checkers: [], paragraphs: null },
      warnings: ["Texten ser inte ut som ett protokoll eller en dagordning: inga ärenden hittades."],
    };
    return { parsed, drafts };
  }
  // Where the rules found no decision in minutes, the model may (never in an agenda).
  // Nor in a text where no rule found any decision: an agenda, or a list of topics, reads like minutes
  // whose decisions were never written down, and the model would write them.
  const meeting = kind !== "agenda" && !agendaOnly;
  // Formal items (elections, the agenda, the calling of the meeting) decide by their title.
  const formal = meeting ? fillFormalDecisions(drafts) : [];
  const learned = meeting && (hasDecision || formal.length > 0) ? models : null;
  const guessed = learned ? fillDecisions(drafts, learned.decision) : [];

  // Dates: every line of every item, the footer, and a "Nästa möte" line in the head.
  const raw: RawDate[] = [];
  const collect = (line: Line, item: number | null) => {
    for (const match of findDates(line.text, order)) {
      const { kind, text: phrase } = classifyDate(line.text, match);
      raw.push({ match, kind, text: phrase, line, item });
    }
  };
  drafts.forEach((draft, index) => draft.lines.forEach((line) => collect(line, index)));
  footer.forEach((line) => collect(line, null));
  header.filter((line) => NEXT_MEETING.test(line.text)).forEach((line) => collect(line, null));
  // The head's other days (checked, posted, taken down): a cover page says when the minutes were
  // checked and posted. Not the line that gives the meeting's own day.
  const dayLine = meetingDay(header, slashOrderOf(text))?.line;
  header
    .filter((line) => line !== dayLine && !NEXT_MEETING.test(line.text) && HEAD_OTHER_DAY.test(line.text))
    .forEach((line) => collect(line, null));

  // The meeting's day: given by the caller, else from the head (its year inferred when missing).
  const facts: DatedFact[] = raw.flatMap((r) => {
    const date = toIso(r.match.from);
    return date ? [{ date, kind: r.kind }] : [];
  });
  const given = opts.meetingDate && /^\d{4}-\d{2}-\d{2}$/u.test(opts.meetingDate) ? opts.meetingDate : null;
  // Last resort: the day in the file's name ("ks-2025-10-14.docx").
  const meetingDate = given ?? (headDay ? inferMeetingDate(headDay.day, facts, headDay.line.text) : null) ?? dayFromFilename(opts.filename);
  if (meetingDate === null) warnings.push("Mötets datum kunde inte bestämmas.");
  // Days written without a year are placed relative to the meeting (else the earliest full date).
  const anchor = meetingDate ?? facts.map((f) => f.date).sort(compareIso)[0] ?? null;

  const resolved = raw.map((r) => resolveRaw(r, anchor));
  const nextMeetingDate =
    resolved.find((d) => d.kind === "meeting" && NEXT_MEETING.test(d.text) && d.date !== null)?.date ?? null;
  const dates = dedupeDates(resolved);
  if (dates.some((d) => d.date === null)) warnings.push("Några datum saknar år och kunde inte placeras.");

  const people = listedPeople(text);
  const counts = new Map<string, number>();
  // (Counted inside a sentence only, after a lower-case word or a comma: "talked to Philip", "Kim, Betty"; a word
  // that only opens sentences, "Tried …", "Happy to …", is no one.)
  for (const m of text.matchAll(/(?<=[\p{Ll},]\s+)\p{Lu}[\p{L}'’-]*/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const mentions = (word: string) => counts.get(word) ?? 0;
  // An agenda gives nobody a task yet: "Nämnden ska välja en ledamot" is what the meeting is asked to do.
  const mandates = !meeting
    ? []
    : drafts.flatMap((draft, index) => mandatesOf(draft, index, { anchor, nextMeetingDate, knownUnits: opts.knownUnits ?? [], people, mentions }));
  if (mandates.some((m) => m.assignee === null)) warnings.push("Ett uppdrag saknar mottagare.");
  // What the learned reading added is a guess from the wording: the preview says which, to be checked.
  if (guessed.length > 0) {
    const which = guessed.map((d) => (d.number ? `${d.number}` : `”${d.title.slice(0, 40)}”`)).join(", ");
    warnings.push(`Beslutet i ${guessed.length === 1 ? "ärende" : "ärendena"} ${which} är tolkat ur texten utan ett känt beslutsuttryck: kontrollera.`);
  }
  if (kind === "agenda") warnings.push("Dokumentet är en kallelse eller dagordning: inga beslut har lästs in.");
  if (drafts.some((d) => d.lines[0]?.start?.reported === true)) warnings.push(PARAGRAPH_ITEMS);

  const parsed: ParsedMinutes = {
    isMinutes: true,
    documentKind: kind,
    meeting: {
      title: meetingTitleText,
      date: meetingDate,
      day: headDay?.day ?? null,
      source: titleLine ? sourceOf(titleLine) : null,
    },
    items: drafts.map(toItem),
    mandates,
    dates,
    nextMeetingDate,
    facts: readFacts(header, lines, drafts),
    warnings,
  };
  return { parsed, drafts };
}

/**
 * Paragraph numbers are not items. Under numbered items, English councils number the
 * paragraphs of each ("3.1 It was RESOLVED to adopt the minutes …", "4.3.1 A resident
 * reported …", "5.1 – To receive a brief verbal report"). Decimal numbers are read as
 * paragraphs of the item above when the text also has plain numbered items and the
 * decimals follow a dash or mostly have no body of their own (the next line is the next
 * number); decimal headings over their own text ("7.1 Nya föreningar" + text) stay items.
 */
function foldParagraphNumbers(lines: Line[]): void {
  const numbered = lines.filter((l) => l.start && l.start.number !== null && !l.start.sub);
  // (A table's row, "11.1 | To note …", is a row of its own, never folded.)
  const decimal = numbered.filter((l) => /^\d+(?:\.\d+)+$/u.test(l.start?.number ?? "") && !l.text.includes("|"));
  const plain = numbered.length - decimal.length;
  if (decimal.length === 0 || plain < 2) return;
  const dashed = decimal.some((l) => /^[–-]\s/u.test(l.start?.title ?? ""));
  // A paragraph has no body of its own: the next line with text starts another number.
  const bare = decimal.filter((l) => {
    const next = lines.slice(lines.indexOf(l) + 1).find((n) => n.text !== "");
    return next === undefined || (next.start !== null && next.start !== undefined && next.start.number !== null);
  }).length;
  if (!dashed && bare * 2 <= decimal.length) return;
  for (const line of decimal) {
    line.text = (line.start?.title ?? line.text).replace(/^[–-]\s+/u, "");
    line.start = null;
  }
}

/**
 * "## Action items", "Actions:", "Åtgärder", "Att göra": a list of who does what at the end of the
 * minutes (or of an item) is no item of its own. Its lines go to the item before it, marked as
 * an action list, where "- Name: task" and "Name to task" lines are mandates (mandatesOf).
 */
const ACTION_LIST_HEADING = /^(?:#+\s*)?(?:action\s+(?:items?|points?|list)|actions|next\s+steps|to-?dos?|åtgärder|åtgärdslista|att\s+göra|uppföljning)\s*:?$/iu;
const actionLists = new WeakMap<ItemDraft, Set<number>>();

function foldActionLists(drafts: ItemDraft[]): ItemDraft[] {
  const out: ItemDraft[] = [];
  for (const draft of drafts) {
    const previous = out[out.length - 1];
    if (previous && draft.number === null && ACTION_LIST_HEADING.test(draft.title.trim())) {
      previous.lines.push(...draft.lines);
      const marked = actionLists.get(previous) ?? new Set<number>();
      for (const line of draft.lines.slice(1)) marked.add(line.no);
      actionLists.set(previous, marked);
      continue;
    }
    out.push(draft);
  }
  return out;
}

/** A line of an action list: "- Jacob: Invite folks …", "• Anna Berg – skicka kallelsen", "Tim to send …". */
const ACTION_LIST_LINE = /^(?:[-*•]\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:och|and|or|eller|&|\+)\s+)?\p{Lu}[\p{L}'’-]+){0,3})\s*(?::|\s[–-]\s|\s+to\s+(?=\p{Ll}))\s*(\S.*)$/u;
const NOBODY = /^(?:all|alla|everyone|everybody|samtliga|none|ingen|inga|action|actions|todo|note|notes)$/iu;

function toItem(draft: ItemDraft): ParsedItem {
  const { section, number, title, background, proposal, decision, outcome, decisionGuessed, source } = draft;
  return { section, number, title, background, proposal, decision, outcome, decisionGuessed, source };
}

/** Resolve a found date: a deadline lies ahead of the anchor; meetings, windows and references nearest to it. */
function resolveRaw(r: RawDate, anchor: string | null): ParsedDate {
  const mode = r.kind === "deadline" ? "forward" : "nearest";
  // "måndagen den 6 mars": the weekday just before the day picks its year around the anchor's.
  const weekday =
    r.match.from.year === null && anchor !== null
      ? yearOfWeekday(r.match.from, r.line.text.slice(Math.max(0, r.match.start - 14), r.match.start), [{ date: anchor, kind: "meeting" }])
      : null;
  const date = weekday ?? resolveDay(r.match.from, anchor, mode);
  const end = r.match.to ? resolveDay(r.match.to, date ?? anchor, "forward") : null;
  const source = sourceOf(r.line);
  return { date, end, kind: r.kind, text: r.text, source, item: r.item, occurrences: [{ ...source, item: r.item }] };
}

/** One entry per (kind, date, end); later occurrences are added to the first. */
function dedupeDates(dates: ParsedDate[]): ParsedDate[] {
  const byKey = new Map<string, ParsedDate>();
  for (const date of dates) {
    const key = `${date.kind}|${date.date ?? date.text}|${date.end ?? ""}`;
    const first = byKey.get(key);
    if (first) first.occurrences.push(...date.occurrences);
    else byKey.set(key, date);
  }
  return [...byKey.values()];
}

type MandateContext = {
  anchor: string | null;
  nextMeetingDate: string | null;
  knownUnits: string[];
  people: Set<string>;
  /** How often a capitalised word stands inside a sentence of the text: a person's name does, a heading's first word seldom. */
  mentions: (word: string) => number;
};

/**
 * The people a document lists by name: the names standing alone in a list ("Attendance: John
 * (Chair), Charles (Minutes), Craig, Graham", "Moved: John", "- Jacob Kaplan-Moss"). A line of
 * running text that starts with such a name and "to" + a verb is an action item ("John to get the
 * minutes up to …"); a capitalised word no list names ("Goal to publish …") is not.
 */
function listedPeople(text: string): Set<string> {
  const people = new Set<string>();
  const re = /(?:^|[:,;]|\band\b|^\s*[-•*]|\s[-–]\s)\s*(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s*(?:\([^)]{0,40}\))?\s*(?=,|;|$|\band\b)/gmu;
  for (const m of text.matchAll(re)) people.add(m[1].split(/\s+/u)[0]);
  return people;
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
/** Verbs in the present that report, think or state: no task. */
const NOT_DOING =
  /^(?:är|har|blir|kan|vill|ska|skall|får|måste|bör|tycker|anser|menar|undrar|tror|vet|känner|berättar|informerar|redovisar|presenterar|rapporterar|redogör|meddelar|konstaterar|påpekar|föreslår|tackar|önskar|hälsar|förklarar|öppnar|avslutar|leder|deltar|närvarar|svarar|frågar|säger|ser|står|finns|gäller|behöver|saknar|representerar|instämmer|beslutar|godkänner|noterar|väljer|utser|föredrar|försöker|diskuterar|lyfter)$/u;

/**
 * "David to collect keys.", "AB will finalize.", "Betty and Amanda will meet …", "Clerk/chair to ensure …",
 * "Cart shall open a bank account …": someone, then "to"/"will"/"shall" and a verb, in any sentence of an item,
 * after a topic label perhaps ("Pull Requests - Owen will look at …"). Someone is a person: initials, a name
 * the document lists, or a name it uses more than once; never a word that only opens a heading ("Goal to publish").
 */
const NAMED_ACTION =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:\s*(?:\/|,|\band\b|&)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{Ll}'’-]+)?)*)\s+(?:to|will|shall)\s+(?!be\b|have\b|not\b|also\s+be\b)(?:also\s+)?(\p{Ll}+(?![\p{L}.])(?<!ing)\b.*)$/u;
/** Capitals that are no one's initials. */
const NOT_INITIALS = /^(?:EU|UK|US|USA|IT|HR|AGM|EGM|TSC|OSC|PR|CEO|CFO|OK|AOB|FAQ|PDF|API|CV|TV|GDPR|ESF|SMS)$/u;
const TOPIC_LABEL = /^(?:•\s*)?[^:–-]{1,40}(?::|\s[–-])\s+/u;

/** "John to get the minutes up to …", "John or Craig to provide …": a listed person and "to" + a verb. */
const PERSON_TO = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:or|and)\s+\p{Lu}[\p{Ll}'’-]+)?)\s+to\s+(?!be\b|have\b)(\p{Ll}+(?![\p{L}.])(?<!ing)\b.*)$/u;

/**
 * The mandates of one item: each sentence or "att" clause of its decision.
 * Without a due phrase of its own a mandate takes the one the item's text gives
 * after a reporting-back verb ("… avser att återkomma … till mötet den 13 november 2025").
 */
function mandatesOf(draft: ItemDraft, index: number, context: MandateContext): ParsedMandate[] {
  const itemDue = draft.lines.map((line) => findReportBackDue(line.text)).find((due) => due !== null) ?? null;
  const out: ParsedMandate[] = [];
  const push = (found: MandateMatch, line: Line) => {
    const due = found.due ?? itemDue;
    out.push({
      item: index,
      assignee: canonicalAssignee(found.assignee, context.knownUnits),
      task: found.task,
      ...resolveDue(due, context),
      source: sourceOf(line),
    });
  };
  // Action items stand anywhere in an item, not only in its decision ("Tim will make sure …",
  // "Ive kallar till ett möte om …"), but not in its labelled background (a story of what was).
  const backgroundSet = new Set(draft.backgroundLines.map((l) => l.no));
  const isAction = (t: string) => findEnglishAction(t) !== null || findSwedishAction(t) !== null;
  // A line the decision starts in the middle of ("Action: Clerk to … . Council resolved to …")
  // keeps the action items before the decision: those lines are read whole, and a mandate
  // found twice (in the decision and in its line) is kept once.
  const actionUnits = draft.lines
    .filter((l) => !backgroundSet.has(l.no) && l.text !== "" && !l.attendance)
    .flatMap((line) => sentences(line.text).filter(isAction).map((text) => ({ line, text })));
  const seen = new Set<string>();
  for (const { line, text } of [...decisionUnits(draft.decisionLines), ...actionUnits]) {
    for (const sentence of sentences(text)) {
      const found = findMandate(sentence);
      // The same task read from a joined decision and from its line: the first words decide.
      const key = found ? `${found.assignee}|${found.task.split(/\s+/u).slice(0, 5).join(" ")}` : "";
      if (found && !seen.has(key)) {
        seen.add(key);
        push(found, line);
      }
    }
  }
  // "Ansvarig: Anna Berg" under the task it names; an "Åtgärd | Ansvar | Klart" table.
  const body = draft.lines.filter((l) => l.text !== "");
  body.forEach((line, i) => {
    const who = RESPONSIBLE.exec(line.text);
    if (!who || i === 0 || body[i - 1] === draft.lines[0]) return;
    const task = body[i - 1].text.replace(/^(?:•|\d{1,2}[.)])\s*/u, "").replace(/[.:]$/u, "");
    if (out.some((m) => m.source.line === body[i - 1].no)) return;
    push({ assignee: who[1].replace(/[.,;]$/u, "").trim(), task, due: findDues(task)[0] ?? null }, line);
  });
  for (const row of tableRows(draft.lines)) push(row.found, row.line);
  // "Eva: - Kollar upp … Magnus: - Bevakar … - Har fortsatt dialog …": tasks listed under each name.
  for (const line of draft.lines) {
    if (backgroundSet.has(line.no) || line.attendance) continue;
    for (const block of personBlocks(line.text)) push(block, line);
  }
  for (const line of draft.lines) {
    if (backgroundSet.has(line.no) || line.attendance || out.some((o) => o.source.line === line.no)) continue;
    const m = PERSON_TO.exec(line.text.trim());
    if (!m || !m[1].split(/\s+(?:or|and)\s+/u).every((name) => context.people.has(name))) continue;
    const { task, due } = { task: m[2].replace(/[.;]$/u, "").trim(), due: findDues(m[2])[0] ?? null };
    push({ assignee: m[1], task, due }, line);
  }
  // "Olle besöker Dorthe …", "Henry köper in saft …", "KA kontaktar lantmäteriet …": someone the document
  // lists, then a verb in the present that does something (not one that reports or states).
  for (const line of draft.lines) {
    if (backgroundSet.has(line.no) || line.attendance) continue;
    for (const sentence of sentences(line.text)) {
      // (A sentence of the line whose task another rule already gave is left alone.)
      if (out.some((o) => o.source.line === line.no && sentence.includes(o.task.slice(0, 24)))) continue;
      const m = PERSON_DOES.exec(sentence.replace(/^(?:•\s*)?(?:[^:–]{1,40}(?::|\s–)\s+)?/u, ""));
      if (!m || !m[1].split(/\s+(?:och|samt)\s+/u).every((name) => context.people.has(name.split(/\s+/u)[0]))) continue;
      if (NOT_DOING.test(m[2]) || (m[2] === "tar" && /^upp\b/u.test(m[3]))) continue;
      // (Another rule may have read the same sentence in its own words: "återkommer till …" → "återkomma …".)
      if (out.some((o) => o.source.line === line.no && o.assignee === m[1])) continue;
      const task = `${m[2]} ${m[3]}`.replace(/[.;]+$/u, "").trim();
      push({ assignee: m[1], task, due: findDues(task)[0] ?? null }, line);
    }
  }
  for (const line of draft.lines) {
    if (backgroundSet.has(line.no) || line.attendance) continue;
    for (const sentence of sentences(line.text)) {
      const plain = sentence.replace(/^•\s*/u, "").trim();
      const m = NAMED_ACTION.exec(plain) ?? NAMED_ACTION.exec(plain.replace(TOPIC_LABEL, ""));
      if (!m) continue;
      const names = m[1].split(/\s*(?:\/|,|\band\b|&)\s*/u).filter((n) => n !== "");
      const someone = (name: string) => {
        const first = name.split(/\s+/u)[0];
        if (NOT_PERSON_EN.test(first) || NOT_INITIALS.test(first) || /^(?:The|This|That|It|We|They|He|She|There|All|Everyone|Goal|Plan|Need|Needs)$/u.test(first)) return false;
        const initials = /^\p{Lu}[\p{L}]{1,5}$/u.test(first) && first.length >= 2 && (first.match(/\p{Lu}/gu) ?? []).length >= 2;
        if (/^(?:Board|Council|Committee|Members|Group|Call|Meeting|Motion|Minutes)$/u.test(first)) return false;
        if (first.length < 2) return false;
        return initials || context.people.has(first) || context.mentions(first) >= 2 || /^(?:[Cc]lerk|[Cc]hair(?:man|person)?|[Tt]reasurer|[Ss]ecretary)$/u.test(first);
      };
      if (!names.every(someone)) continue;
      if (out.some((o) => o.source.line === line.no && o.assignee === m[1])) continue;
      const task = m[2].replace(/[.;]+$/u, "").trim();
      // A task starts with a verb: "Further to the auditing …", "Open to all members" are no one's task.
      if (/^(?:the|a|an|our|all|this|that|these|those|his|her|their|its|my|your|any|every|each|some|date|be)\s/iu.test(task)) continue;
      if (task.split(/\s+/u).length < 2 && !/^\p{Ll}+$/u.test(task)) continue;
      push({ assignee: m[1], task, due: findDues(task)[0] ?? null }, line);
    }
  }
  // "… New Village Hall bank account being set up." / "Action: DW": the tag names who does what was written before it.
  const written = draft.lines.filter((l) => l.text !== "" && !l.attendance && !backgroundSet.has(l.no));
  written.forEach((line, i) => {
    const parts = sentences(line.text);
    parts.forEach((sentence, k) => {
      const who = actionTag(sentence);
      if (who === null) return;
      const before = k > 0 ? parts[k - 1] : i > 0 && written[i - 1] !== draft.lines[0] ? sentences(written[i - 1].text).pop() : undefined;
      if (!before || out.some((o) => o.assignee === who && o.source.line === line.no)) return;
      const task = before.replace(/^(?:•|\d{1,2}[.)])\s*/u, "").replace(/[.;:]+$/u, "").trim();
      if (task.split(/\s+/u).length < 2) return;
      push({ assignee: who, task, due: findDues(task)[0] ?? null }, line);
    });
  });
  for (const line of written) {
    const tagged = trailingAction(line.text);
    if (!tagged || line === draft.lines[0] || out.some((o) => o.source.line === line.no && o.assignee === tagged.who)) continue;
    if (tagged.task.split(/\s+/u).length < 3) continue;
    push({ assignee: tagged.who, task: tagged.task, due: findDues(tagged.task)[0] ?? null }, line);
  }
  const listed = actionLists.get(draft);
  for (const line of draft.lines) {
    if (!listed?.has(line.no)) continue;
    const m = ACTION_LIST_LINE.exec(line.text.trim());
    if (!m || NOBODY.test(m[1]) || out.some((o) => o.source.line === line.no)) continue;
    const task = m[2].replace(/[.;]$/u, "").trim();
    push({ assignee: m[1], task, due: findDues(task)[0] ?? null }, line);
  }
  return out;
}

/** Column heads of an action table: what, who, by when. */
const TABLE_WHAT = /^(?:åtgärd(?:er)?|aktivitet(?:er)?|uppgift(?:er)?|vad|action(?:s)?|task|to do)$/iu;
const TABLE_WHO = /^(?:ansvar|ansvarig|ansvariga|vem|owner|responsible|who)$/iu;
const TABLE_WHEN = /^(?:klart(?:\s+till)?|klart\s+senast|senast|när|deadline|due|datum|tidplan|when)$/iu;
const cells = (raw: string) => raw.split(/\t+|\s{2,}|\s*\|\s*/u).map((c) => c.trim()).filter((c) => c !== "");

/** Rows of an action table ("Åtgärd  Ansvar  Klart till" over "Skicka ut kallelsen  Anna  1 mars"). */
function tableRows(lines: Line[]): Array<{ found: MandateMatch; line: Line }> {
  const rows: Array<{ found: MandateMatch; line: Line }> = [];
  let columns: { what: number; who: number; when: number } | null = null;
  for (const line of lines) {
    if (line.text === "") continue;
    const c = cells(line.raw);
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
    const due = findDues(`senast ${whenText}`)[0] ?? null;
    rows.push({ found: { assignee, task, due: due && whenText !== "" ? { ...due, text: whenText } : null }, line });
  }
  return rows;
}

/** Decision lines with wrapped sentences joined: a line going on in lower case belongs to the one above. */
function decisionUnits(lines: Line[]): Array<{ line: Line; text: string }> {
  const units: Array<{ line: Line; text: string }> = [];
  for (const line of lines) {
    const last = units[units.length - 1];
    const continues = last && /^\p{Ll}/u.test(line.text) && !/^att\s/iu.test(line.text) && !/[.:;!?]$/u.test(last.text);
    if (continues) last.text = `${last.text} ${line.text}`;
    else units.push({ line, text: line.text.replace(/^(?:\d+[.)]|[a-h][.)]|•)\s*/u, "") });
  }
  return units;
}

function resolveDue(
  due: Due | null,
  context: MandateContext,
): Pick<ParsedMandate, "dueDate" | "dueMeetingDate" | "dueText"> {
  if (due === null) return { dueDate: null, dueMeetingDate: null, dueText: null };
  const day = due.day ? resolveDay(due.day, context.anchor, due.kind === "date" ? "forward" : "nearest") : null;
  if (due.kind === "date") return { dueDate: day, dueMeetingDate: null, dueText: due.text };
  if (due.kind === "meeting") return { dueDate: null, dueMeetingDate: day, dueText: due.text };
  return { dueDate: null, dueMeetingDate: context.nextMeetingDate, dueText: due.text };
}

/** The JSON of `npm run import -- FILE --json`: unknown values are null, dates YYYY-MM-DD. */
export function toImportJson(file: string, parsed: ParsedMinutes): ImportJson {
  return {
    file,
    meeting: { date: parsed.meeting.date, title: parsed.meeting.title },
    items: parsed.items.map(({ section, number, title, background, decision }) => ({
      section,
      number,
      title,
      background,
      decision,
    })),
    mandates: parsed.mandates.map(({ item, assignee, task, dueDate, dueMeetingDate, dueText }) => ({
      item,
      assignee,
      task,
      dueDate,
      dueMeetingDate,
      dueText,
    })),
    dates: parsed.dates.map(({ date, end, kind, text }) => ({ date, end, kind, text })),
  };
}

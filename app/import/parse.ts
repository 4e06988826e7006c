// The public entry of the minutes import: text → ParsedMinutes, in stages:
//   lines.ts     normalise the text, keep line numbers
//   reflow.ts    cut lines a PDF ran together; pages.ts blank its running heads and feet
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
  kindFromFilename,
  hasMinutesSigns,
  inferMeetingDate,
  yearOfWeekday,
  isHeadLabel,
  meetingDay,
  meetingTitle,
  OTHER_DAY,
  namesMeetingDocument,
  type DatedFact,
} from "./header";
import { decisionTense } from "./decisions";
import { blockLabel, extractItems, isDecisionOpener, sentences, type ItemDraft } from "./items";
import { sourceOf, toLines } from "./lines";
import { unfoldMinutesTables } from "./tables";
import { actionNotes, NEXT_DOER, peopleOf, withoutOwnerNote, type People } from "./actions";
import { canonicalAssignee, findDues, findEnglishAction, findMandate, findReportBackDue, findSwedishAction, withoutTag, type Due, type MandateMatch } from "./mandates";
import { headingKind, isFooterLine, splitSections } from "./sections";
import { readFacts } from "./facts";
import { reflow } from "./reflow";
import { stripPageFurniture } from "./pages";
import { DECIDING_BODY, DECIDING_WORD, MEETING_WORDS } from "./lexicon";
import { markOneMeetingPage } from "./meeting-page";
import { ACTION_HEADING, markStructure } from "./structure";
import { fillDecisions } from "./model/decisions";
import { markLearnedHeadings } from "./model/headings";
import { fillFormalDecisions, fillListedDecisions, namesDecisionList } from "./formalities";
import type { ImportNote } from "./notes";
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

const NEXT_MEETING = /nästa\s+(?:möte|sammanträde|styrgruppsmöte)|next\s+(?:\p{L}+\s+)?meeting/iu;

/**
 * Text → items, decisions, mandates and dates. `models` is the learned reading of
 * decisions (model/); null reads by the rules alone (training does).
 */
export function parseMinutes(text: string, opts: ParseOptions = {}, models: ImportModels | null = importModels()): ParsedMinutes {
  return parseWithDrafts(text, opts, models).parsed;
}

/** The text's lines as the rules structure them (for training the heading model). */
export function structuredLines(text: string): Line[] {
  // (A label, a sentence or a line that decides is text however often it comes back: "Kommunstyrelsen har tagit del av informationen.")
  const lines = stripPageFurniture(reflow(unfoldMinutesTables(toLines(text))), (t) => blockLabel(t) !== null || isDecisionOpener(t) || /[.!?]$/u.test(t) || DECIDING_WORD.test(t));
  markStructure(lines, {
    notHeading: (t) => headingKind(t) !== undefined || blockLabel(t) !== null || isDecisionOpener(t) || isFooterLine(t) || isHeadLabel(t),
  });
  foldParagraphNumbers(lines);
  return lines;
}

/** The parse and the item drafts it came from (for training the models on the corpus). */
export function parseWithDrafts(text: string, opts: ParseOptions, models: ImportModels | null): { parsed: ParsedMinutes; drafts: ItemDraft[] } {
  const lines = structuredLines(text);
  let read = readItems(lines, text, opts);
  // Where the rules found no numbering, the learned reading of headings may find the structure, or the headings they
  // missed beside theirs (model/headings.ts); the items are then read again under its headings and theirs.
  const learnedHeadings = models?.heading !== undefined && markLearnedHeadings(lines, models.heading, read.drafts.length >= 3);
  if (learnedHeadings) read = readItems(lines, text, opts);
  // A page that tells of one meeting in running text, under its headline ("Henrik Thureson ny ordförande" / "Vid årets
  // första sammanträde den 1 februari valdes …"): no heading starts an item, yet a sentence decides. The page is read
  // as one item under its headline, for review (meeting-page.ts).
  const onePage = read.drafts.length === 0 && markOneMeetingPage(lines, text);
  if (onePage) read = readItems(lines, text, opts);
  const { header, sections, footer, head, decisionList, documentKind, agendaOnly, drafts } = read;
  const warnings: ImportNote[] = learnedHeadings && drafts.length > 1 ? [{ code: "learned_headings" }] : onePage ? [{ code: "one_meeting_page" }] : [];

  const hasSectionHeadings = sections.some((s) => s.kind !== null && s.heading !== null);
  const paragraphNumbers = drafts.some((d) => /§/u.test(d.source.text));
  const people = peopleOf(text);
  speakersAssent(drafts, people);
  const hasDecision = drafts.some((d) => d.decision !== null);
  // Items that carry a proposal ("Nämndens förslag till beslut") belong to a meeting document.
  const hasProposal = drafts.some((d) => d.proposal !== null);
  const hasAttendance = lines.some((l) => l.attendance);
  const named = namesMeetingDocument(head, text);
  const mentionsMeeting = MEETING_WORDS.test(text);
  // Days written "05/23/2020" or "23/05/2020": the document's own order.
  const order = slashOrderOf(text);
  // (A page about a meeting whose head gives only the day it was published names the meeting's day in its first lines.)
  const headDay = meetingDay(header, order, lines.slice(0, 80));
  const isMinutes =
    (drafts.length > 0 &&
      (named ||
        hasSectionHeadings ||
        paragraphNumbers ||
        hasAttendance ||
        (drafts.length >= 2 && hasDecision) ||
        hasProposal ||
        (drafts.length >= 3 && mentionsMeeting) ||
        // "ITEM: …" / "ACTION: Stuart to …": items and the signs of a meeting held (action points, attendance, checkers).
        (drafts.length >= 2 && hasMinutesSigns(text)) ||
        (onePage && hasDecision))) ||
    // A cover page ("PROTOKOLL", the day, who attended) with no items yet: shown for review.
    (named && (headDay !== null || hasAttendance));
  // A numbered list of items that names no kind of document and records no decision is an agenda;
  // so is one whose items carry proposals and none a decision.
  // Not when the text shows that the meeting was held (attendance, a quorum, checkers, action points).
  const kind =
    !named && !decisionList && !hasDecision && (drafts.length >= 3 || hasProposal) && !hasAttendance && !hasMinutesSigns(text) ? "agenda" : documentKind;
  // (A page read as one item, whose headline the rules do not take for a meeting's title, is titled by it.)
  const titleLine = meetingTitle(header) ?? (onePage ? (header.find((line) => line.text !== "") ?? null) : null);
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
      warnings: [{ code: "not_minutes" }],
    };
    return { parsed, drafts };
  }
  // Where the rules found no decision in minutes, the model may (never in an agenda).
  // Nor in a text where no rule found any decision: an agenda, or a list of topics, reads like minutes
  // whose decisions were never written down, and the model would write them.
  const meeting = kind !== "agenda" && !agendaOnly;
  // Formal items (elections, the agenda, the calling of the meeting) decide by their title.
  // A page whose head says it lists decisions: each item is one.
  if (meeting && decisionList) fillListedDecisions(drafts);
  const formal = meeting ? fillFormalDecisions(drafts) : [];
  const learned = meeting && (hasDecision || formal.length > 0) ? models : null;
  const guessed = learned?.decision ? fillDecisions(drafts, learned.decision) : [];

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
  const dayLine = headDay?.line;
  const otherDays = header.filter((line) => line !== dayLine && !NEXT_MEETING.test(line.text) && OTHER_DAY.test(line.text));
  otherDays.forEach((line) => collect(line, null));

  // The meeting's day: given by the caller, else from the head (its year inferred when missing).
  // (A day the head says the minutes were checked, posted or published comes after the meeting, however it reads:
  // "Publicerad 2022-02-03" over "den 1 februari" is 2022-02-01, not the February after it.)
  const facts: DatedFact[] = raw.flatMap((r) => {
    const date = toIso(r.match.from);
    return date ? [{ date, kind: r.kind === "reference" && otherDays.includes(r.line) ? "meeting" : r.kind }] : [];
  });
  const given = opts.meetingDate && /^\d{4}-\d{2}-\d{2}$/u.test(opts.meetingDate) ? opts.meetingDate : null;
  // Last resort: the day in the file's name ("ks-2025-10-14.docx").
  // (A head day without its year that the file's name gives in full takes that year: "den 31 augusti" in "ks-2021-08-31".)
  const byName = dayFromFilename(opts.filename);
  const namedYear = headDay && headDay.day.year === null && byName && Number(byName.slice(5, 7)) === headDay.day.month && Number(byName.slice(8, 10)) === headDay.day.day ? byName : null;
  const meetingDate = given ?? namedYear ?? (headDay ? inferMeetingDate(headDay.day, facts, headDay.line.text) : null) ?? byName;
  if (meetingDate === null) warnings.push({ code: "no_meeting_date" });
  // Days written without a year are placed relative to the meeting (else the earliest full date).
  const anchor = meetingDate ?? facts.map((f) => f.date).sort(compareIso)[0] ?? null;

  const resolved = inListOrder(raw, raw.map((r) => resolveRaw(r, anchor)));
  const nextMeetingDate =
    resolved.find((d) => d.kind === "meeting" && NEXT_MEETING.test(d.text) && d.date !== null)?.date ?? null;
  const dates = dedupeDates(resolved);
  if (dates.some((d) => d.date === null)) warnings.push({ code: "days_unplaced" });

  // An agenda gives nobody a task yet: "Nämnden ska välja en ledamot" is what the meeting is asked to do.
  const mandates = !meeting
    ? []
    : drafts.flatMap((draft, index) => mandatesOf(draft, index, { anchor, nextMeetingDate, knownUnits: opts.knownUnits ?? [], people }));
  if (mandates.some((m) => m.assignee === null)) warnings.push({ code: "mandate_without_assignee" });
  // What the learned reading added is a guess from the wording: the preview says which, to be checked.
  if (guessed.length > 0) warnings.push({ code: "decisions_guessed", items: guessed.map((d) => ({ number: d.number, title: d.title })) });
  if (kind === "agenda") warnings.push({ code: "agenda" });
  if (drafts.some((d) => d.lines[0]?.start?.reported === true)) warnings.push({ code: "paragraph_items" });

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

/** The document's parts and items, read from its structured lines. */
function readItems(lines: Line[], text: string, opts: ParseOptions) {
  const { header, sections, footer } = splitSections(lines);
  // The head of the document: its first lines (with a "Dagordning" heading) and any later neutral heading.
  const head = [...header, ...sections.flatMap((s) => (s.heading && s.kind === null ? [s.heading] : []))];
  // A head that says the page lists the meeting's decisions ("Östersundomkommitténs beslut den 10 april 2018") is no
  // agenda, though it links the agenda ("Föredragningslista för mötet (pdf)").
  const decisionList = head.some((line) => namesDecisionList(line.text));
  const times = new Map<string, number>();
  for (const line of lines) if (line.text !== "") times.set(line.text, (times.get(line.text) ?? 0) + 1);
  const recurs = (t: string) => (times.get(t) ?? 0) >= 3;
  // "Protokoll fört vid per capsulam-beslut": every item reports a decision taken between meetings.
  const perCapsulam = head.some((line) => /per[ -]capsulam/iu.test(line.text));
  const headKind = decisionList ? "minutes" : documentKindIn(head, text, opts.filename);
  // A head that names an agenda ("Agenda", "Föredragningslista" over the list of items) over items that report what
  // was decided in the past tense ("Accepted unanimously.", "Dagordningen godkändes."): the minutes of the meeting,
  // which an agenda never is. Two such items, unless the file's name says agenda.
  const itemsOf = (agendaOnly: boolean) => sections.flatMap((section) => extractItems(section, { agendaOnly, perCapsulam, recurs }));
  // (Read as minutes first: when they are, that reading is the one kept.)
  const asMinutes = headKind === "agenda" && kindFromFilename(opts.filename) !== "agenda" ? itemsOf(false) : null;
  const reportsDecisions = asMinutes !== null && asMinutes.filter((d) => d.decision !== null && decisionTense(d.decision) === "past").length >= 2;
  const documentKind = reportsDecisions ? "minutes" : headKind;
  const agendaOnly = documentKind === "agenda";
  const drafts: ItemDraft[] = foldLists(reportsDecisions && asMinutes ? asMinutes : itemsOf(agendaOnly));
  return { header, sections, footer, head, decisionList, documentKind, agendaOnly, drafts };
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
  // (An agenda entry never written up has no body by nature: it says nothing of how the minutes number.)
  const decimal = numbered.filter((l) => /^\d+(?:\.\d+)+$/u.test(l.start?.number ?? "") && !l.text.includes("|") && !l.unwritten);
  const plain = numbered.length - decimal.length;
  if (decimal.length === 0 || plain < 2) return;
  const dashed = decimal.some((l) => /^[–-]\s/u.test(l.start?.title ?? ""));
  // A paragraph has no body of its own: the next line with text starts another number.
  // ("6.1 Translation Service - The service is expected …": a heading run into its text has a body of its own.)
  const bare = decimal.filter((l) => {
    if (/^[^.!?]{2,60}?\s[–-]\s+\p{Lu}/u.test(l.start?.title ?? "")) return false;
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
 * an action list, where "- Name: task" and "Name to task" lines are mandates (actions.ts).
 */
// (One rule with structure.ts, which reads the same heading's numbered list as tasks; "Uppföljning" alone too.)
const isActionListHeading = (title: string) => ACTION_HEADING.test(title) || /^(?:#+\s*)?uppföljning\s*:?$/iu.test(title);
const actionLists = new WeakMap<ItemDraft, Set<number>>();

/**
 * "## Agenda" over "- Travel grants" / "- Budget", before the minutes of those items: the list of what the meeting
 * took up, not an item of its own, when it comes first, unnumbered, and decides nothing. (A numbered "Agenda" item, or
 * "Dagordning", is the meeting approving its agenda.)
 */
const AGENDA_LIST = /^(?:#+\s*)?agenda(?:\s+items)?\s*:?$/iu;

/** The lists that are no items: an action list goes to the item before it, an agenda list first in notes goes. */
function foldLists(drafts: ItemDraft[]): ItemDraft[] {
  const out: ItemDraft[] = [];
  for (const [at, draft] of drafts.entries()) {
    if (at === 0 && drafts.length > 1 && draft.number === null && draft.decision === null && AGENDA_LIST.test(draft.title.trim())) continue;
    const previous = out[out.length - 1];
    if (previous && draft.number === null && isActionListHeading(draft.title.trim())) {
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

/** "Bob: Agreed.", "Alice: Approved": a member's own word in notes kept as who said what, not the meeting's decision. */
const SPEAKER_ASSENT = /^(?:•\s*)?(\p{Lu}[\p{L}'’-]+):\s+(?:agreed|approved|yes|ok|okay|\+1|instämmer|håller\s+med|ja)\s*[.!]?$/iu;

/** A decision that opens with a listed person's assent is no decision: its lines are the item's text again. */
function speakersAssent(drafts: ItemDraft[], people: People): void {
  for (const draft of drafts) {
    // (What the decision ran on into, "• Carol: I'll put together …", goes back with it.)
    const m = draft.decision === null ? null : SPEAKER_ASSENT.exec(draft.decision.trim().split("\n")[0]);
    if (!m || !people.listed.has(m[1])) continue;
    draft.background = draft.background ? `${draft.background}\n${draft.decision}` : draft.decision;
    draft.decision = null;
    draft.outcome = null;
    draft.decisionLines = [];
  }
}

function toItem(draft: ItemDraft): ParsedItem {
  const { section, number, title, background, proposal, decision, outcome, decisionGuessed, source } = draft;
  return { section, number, title, background, proposal, decision, outcome, decisionGuessed, source };
}

/** Between two days of one list: commas, "och", a time ("kl 08.30"). */
const LIST_GAP = /^(?:[\s,;&]|och|samt|and|kl\.?\s*\d{1,2}[.:]\d{2}|\d{1,2}[.:]\d{2})*$/iu;

/**
 * Days listed without a year run forward: "29 januari, …, 22 april, 20 maj, 17 juni" (next year's meeting days)
 * or "6th Nov" over "18th Dec". A year-less day that follows another of the same list (on its line, or on short
 * lines of their own) and would fall before it is a year later: the list does not go back in time.
 */
function inListOrder(raw: RawDate[], resolved: ParsedDate[]): ParsedDate[] {
  const out = [...resolved];
  const nextYear = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  for (let k = 1; k < out.length; k++) {
    const [date, before] = [out[k], out[k - 1]];
    if (date.date === null || before.date === null || raw[k].match.from.year !== null || raw[k - 1].match.from.year !== null) continue;
    const sameLine = raw[k].line === raw[k - 1].line && LIST_GAP.test(raw[k].line.text.slice(raw[k - 1].match.end, raw[k].match.start));
    const listLines = raw[k].line.no - raw[k - 1].line.no <= 2 && raw[k].line.text.length <= 40 && raw[k - 1].line.text.length <= 40;
    if (raw[k - 1].item !== raw[k].item || !(sameLine || listLines) || compareIso(date.date, before.date) >= 0) continue;
    if (compareIso(nextYear(date.date), before.date) < 0) continue;
    out[k] = { ...date, date: nextYear(date.date), end: date.end ? nextYear(date.end) : null };
  }
  return out;
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

type MandateContext = { anchor: string | null; nextMeetingDate: string | null; knownUnits: string[]; people: People };

/**
 * The mandates of one item: each sentence or "att" clause of its decision.
 * Without a due phrase of its own a mandate takes the one the item's text gives
 * after a reporting-back verb ("… avser att återkomma … till mötet den 13 november 2025").
 */
function mandatesOf(draft: ItemDraft, index: number, context: MandateContext): ParsedMandate[] {
  const itemDue = draft.lines.map((line) => findReportBackDue(line.text)).find((due) => due !== null) ?? null;
  const out: ParsedMandate[] = [];
  // What has been given, as written (before a unit's name is made canonical): the action notes add only the rest.
  const given: Array<{ assignee: string | null; task: string; line: number }> = [];
  // ("Samarbetsavtal för Spårvagnar i Skåne (SPIS)" / "… godkänner nytt samarbetsavtal - SPIS.": a name's own
  // abbreviation, spelt out in brackets in the item, is no one's initials after a dash; "(GD) undersöker …" is someone.)
  const spelledOut = (who: string | null) => {
    if (who === null || !/^\p{Lu}{2,6}$/u.test(who)) return false;
    const brackets = draft.lines.flatMap((l) => [...l.text.matchAll(new RegExp(`\\(${who}\\)(\\s+\\p{Ll})?`, "gu"))]);
    return brackets.length > 0 && brackets.every((m) => m[1] === undefined);
  };
  const push = (found: MandateMatch, line: Line) => {
    if (spelledOut(found.assignee)) return;
    const due = found.due ?? itemDue;
    given.push({ assignee: found.assignee, task: found.task, line: line.no });
    out.push({
      item: index,
      assignee: canonicalAssignee(found.assignee, context.knownUnits),
      task: withoutOwnerNote(found.task),
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
    .flatMap((line) =>
      withSubjects(sentences(line.text.replace(/^•\s*/u, "")))
        .flatMap((sentence) => sentence.split(NEXT_DOER))
        .filter(isAction)
        .map((text) => ({ line, text })),
    );
  const seen = new Seen();
  // Who a lead over a list gives its entries to: "… uppdra åt kommunledningskontoret att:" / "• Göra en inventering …".
  let listFor: string | null = null;
  for (const { line, text } of [...decisionUnits([...draft.decisionLines, ...draft.taskLines]), ...actionUnits]) {
    const isEntry = listFor !== null && LIST_ENTRY.test(line.text) && text !== "";
    // (An entry that names its own doer is read as any sentence: "• Kommunen får i uppdrag att …".)
    if (listFor !== null && isEntry && !findMandate(text)?.assignee) {
      const entry = { assignee: listFor, task: text.replace(/[.;]+$/u, "").trim(), due: findDues(text)[0] ?? null };
      if (!seen.has(entry)) {
        seen.add(entry);
        push(entry, line);
      }
      continue;
    }
    if (!isEntry) {
      listFor = listLead(text);
      // (The lead itself gives no task of its own: "genomföra följande" is its entries.)
      if (listFor !== null) continue;
    }
    for (const sentence of sentences(text)) {
      const found = findMandate(sentence);
      // The same task read from a joined decision and from its line: the first words decide.
      if (found && !seen.has(found)) {
        seen.add(found);
        push(found, line);
      }
    }
  }
  // Then the action notes written in the item's lines (actions.ts), each once.
  const item = { lines: draft.lines, background: backgroundSet, actionList: actionLists.get(draft) ?? new Set<number>() };
  for (const note of actionNotes(item, context.people, given)) {
    if (seen.has(note.found)) {
      // The same task again with when it is due (a table's "När" under the decision that gave it): it takes the due.
      const k = given.findIndex((g) => g.assignee === note.found.assignee && g.task === note.found.task);
      if (k >= 0 && note.found.due && out[k].dueText === null) Object.assign(out[k], resolveDue(note.found.due, context));
      continue;
    }
    seen.add(note.found);
    push(note.found, note.line);
  }
  return out;
}

/** An entry of a list: a bullet, a dash or a number first. */
const LIST_ENTRY = /^(?:•|[-–*]\s|\d{1,2}[.)]\s)/u;

/**
 * The one a lead over a list of tasks gives them to: "… uppdra åt kommunledningskontoret att:", "… får i uppdrag att
 * utreda följande;", "The Clerk was asked to:". Each entry under it is that one's task; the lead itself is none.
 */
function listLead(text: string): string | null {
  const lead = /^(.*?)\s*(?:(att|to)|(?:följande|nedanstående|the following))\s*[:;]$/iu.exec(text);
  if (!lead) return null;
  const swedish = lead[2] ? /^att$/iu.test(lead[2]) : /följande|nedanstående/iu.test(text);
  const asTask = `${lead[1]} ${swedish ? "att genomföra följande" : "to do the following"}`;
  const found = findMandate(lead[2] ? asTask : `${text.replace(/\s*[:;]$/u, "")}`);
  return found?.assignee ?? null;
}

/**
 * "Wendy reviewed reports with board. She will talk to Nancy …": a pronoun that opens a sentence stands for the
 * person who opened the one before (a name of one or two words, then a verb in lower case).
 */
function withSubjects(parts: string[]): string[] {
  let subject: string | null = null;
  return parts.map((part) => {
    const pronoun = /^(?:He|She|Han|Hon)\s+(?=\p{Ll})/u.exec(part);
    const resolved = pronoun && subject ? `${subject} ${part.slice(pronoun[0].length)}` : part;
    const named = /^((?:•\s*)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+)?)\s+\p{Ll}/u.exec(withoutTag(part));
    if (!pronoun) subject = named && !NOT_A_PERSON.test(named[1].replace(/^•\s*/u, "")) ? named[1].replace(/^•\s*/u, "") : null;
    return resolved;
  });
}
/** Capitalised first words that are no person: articles, pronouns, bodies. */
const NOT_A_PERSON = new RegExp(String.raw`^(?:the|this|that|there|it|we|they|he|she|han|hon|vi|de|det|den|detta|styrelsen|mötet|${DECIDING_BODY})(?:\s|$)`, "iu");

/**
 * The tasks given so far, by who and the first words of what: one task however many readers found it. A task read
 * from a line that wraps ("… redovisa uppföljningen senast" / "den 30 november") is the same task as the one read
 * from the whole sentence: of two tasks for the same one, the shorter opening the longer is the same.
 */
/** The same doer, or one named within the other: "Lars + Martin I ordnar offert …" read as theirs and, by another rule, as Lars's. */
const sameDoer = (a: string | null, b: string | null) => a === b || (a !== null && b !== null && (a.startsWith(`${b} `) || b.startsWith(`${a} `)));

class Seen {
  private tasks: Array<{ assignee: string | null; words: string[] }> = [];
  has(found: { assignee: string | null; task: string }): boolean {
    const words = found.task.toLowerCase().split(/\s+/u).slice(0, 5);
    return this.tasks.some((t) => {
      if (!sameDoer(t.assignee, found.assignee)) return false;
      const n = Math.min(t.words.length, words.length);
      return (n >= 2 || t.words.length === words.length) && t.words.slice(0, n).join(" ") === words.slice(0, n).join(" ");
    });
  }
  add(found: { assignee: string | null; task: string }): void {
    this.tasks.push({ assignee: found.assignee, words: found.task.toLowerCase().split(/\s+/u).slice(0, 5) });
  }
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
  // ("… why the repairs to the path in May 2021" at an October meeting: a month before the meeting is when, not a due.)
  if (due.month && day !== null && context.anchor !== null && day < context.anchor) return { dueDate: null, dueMeetingDate: null, dueText: due.text };
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

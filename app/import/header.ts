// The document's head: is it minutes or a notice/agenda, what is the meeting
// called, and on what day was (or will) it be held.
import { compareIso, findDates, toIso, type SlashOrder } from "./dates";
import type { DateKind, DocumentKind, Line, PartialDay } from "./types";

/**
 * Words that make a document minutes (something was decided); "Referat från kommunfullmäktiges sammanträde" reports one,
 * and so does "Summary of Gentoo council meeting 2021-07-11" or "Sammanfattning av styrelsens möte".
 */
const MINUTES_WORDS =
  /(?<!\p{L})(?:\p{L}*protokoll(?:et)?|minnesanteckningar|mötesanteckningar|anteckningar|justerat protokoll|\p{L}*referat(?:et)?|minutes|meeting notes|meeting summary|(?:summary|sammanfattning|sammandrag)\s+(?:of|från|av)\s+(?:\p{L}+\s+){0,4}?(?:meeting|möte(?:t)?|sammanträde(?:t)?))(?!\p{L})/iu;
/** Words that make it a notice or an agenda (nothing decided yet). */
export const AGENDA_WORDS =
  /(?<!\p{L})(?:kallelse(?:n)?|kungörelse(?:n)?|dagordning(?:en)?|föredragningslista(?:n)?|ärendelista(?:n)?|agenda|inbjudan|underlag till|notice of meeting)(?!\p{L})/iu;

/**
 * The head's words that can name the document: a line's, or the opening words of its prose ("Flera motioner stod
 * också på dagordningen." at the end of a news page's lead says nothing of what the page is; "1 KUNGÖRELSE
 * Kommunfullmäktige i … sammanträder …", a notice flattened into one line, says it first).
 */
const kindText = (headLines: Line[]) =>
  headLines
    .map((line) => line.text.split(/\s+/u))
    .map((words) => (words.length < 20 ? words : words.slice(0, 2)).join(" "))
    .join("\n");

/**
 * Minutes if the head says protokoll/anteckningar (a minutes document often has
 * a "Dagordning" heading too); a notice or agenda if it says only
 * kallelse/dagordning; minutes when it says neither (the ASK seed says neither).
 */
export function detectDocumentKind(headLines: Line[]): DocumentKind {
  const text = kindText(headLines);
  if (MINUTES_WORDS.test(text)) return "minutes";
  if (AGENDA_WORDS.test(text)) return "agenda";
  return "minutes";
}

/** The kind a file's name gives ("Kallelse KS 2025-10-14.docx", "minutes-2024-02-02.md"), or null. */
export function kindFromFilename(filename: string | undefined): DocumentKind | null {
  if (!filename) return null;
  const base = (filename.split(/[\\/]/u).pop() ?? "").replace(/\.[a-z]{2,4}$/iu, "").replace(/[_\-.]+/gu, " ");
  const minutes = MINUTES_WORDS.test(base);
  const agenda = AGENDA_WORDS.test(base) || /(?<!\p{L})(?:arendelista|foredragningslista|kallelse|kungorelse)(?!\p{L})/iu.test(base);
  if (minutes === agenda) return null;
  return minutes ? "minutes" : "agenda";
}

/**
 * The kind of document from its head, the file's name deciding when the head names both kinds
 * ("Community Committee Agenda 20.06.17" over a link to its "… Minutes") or neither.
 */
export function documentKindOf(headLines: Line[], filename: string | undefined): DocumentKind {
  const text = kindText(headLines);
  const both = MINUTES_WORDS.test(text) === AGENDA_WORDS.test(text);
  return (both ? kindFromFilename(filename) : null) ?? detectDocumentKind(headLines);
}

/**
 * The kind, with what the whole text shows: a head that says only "Dagordning" over minutes
 * ("Styrelsemöte 3 mars" / "Närvarande: …" / "Dagordning:") is minutes when the text shows the
 * meeting was held (hasMinutesSigns) and the file's name does not say agenda.
 */
export function documentKindIn(headLines: Line[], text: string, filename: string | undefined): DocumentKind {
  const kind = documentKindOf(headLines, filename);
  if (kind === "agenda" && kindFromFilename(filename) !== "agenda" && hasMinutesSigns(text)) return "minutes";
  return kind;
}

/**
 * Signs that a meeting was held and recorded, whatever was decided: who attended or sent regrets, a
 * quorum, the minutes' checkers and their signature, a notice that the minutes were posted, action
 * points, "Meeting called to order at", "Mötet öppnades". An agenda has none of them.
 */
const MINUTES_SIGN = new RegExp(
  [
    // Attendance as a label ("Present:", "## Attending", "Board members:", "Närvarande: …", "Beslutande").
    // ("1. Present", "2) Apologies received": the list may be an item of its own.)
    "^\\s*(?:#+\\s*|[•*\\-]\\s*|\\d{1,2}[.)]\\s*)?(?:present|attending|attendees|participants|in attendance|absent|apologies(?: for absence)? received|regrets|sent regrets|roll call|board members present|närvarande|frånvarande|beslutande|övriga närvarande|närvarolista)(?:\\s+\\p{L}+){0,2}\\s*(?::|$)",
    // Quorum reached, the meeting called to order or opened (past tense).
    "(?<!\\p{L})(?:quorum (?:was )?(?:achieved|reached|present|established|confirmed)|called to order at|meeting (?:was )?opened at|mötet öppnades|förklarade (?:mötet|sammanträdet) öppnat|öppnade (?:mötet|sammanträdet))(?!\\p{L})",
    // The checkers of Swedish minutes and the notice of their posting.
    "(?<!\\p{L})(?:utses att justera|justerandes sign\\p{L}*|justerade paragrafer|protokollet är justerat|justeringens plats|anslagsbevis|vid protokollet)(?!\\p{L})",
    // Action points taken at the meeting.
    "^\\s*(?:#+\\s*|[•*\\-]\\s*)?(?:\\*\\*)?(?:action items?|action points?|actionpoints|actions|ais)\\s*(?::|\\*\\*|$)",
    "^\\s*(?:#+\\s*|[•*\\-]\\s*)?(?:action|åtgärd)\\s*[:\\-–]\\s*\\p{Lu}",
  ].join("|"),
  "imu",
);
export function hasMinutesSigns(text: string): boolean {
  return MINUTES_SIGN.test(text) || (text.match(TOLD_AT_THE_MEETING) ?? []).length >= 2;
}
/**
 * What someone told or will do, as minutes write it and an agenda does not: "Shelly noted that …", "There was discussion
 * regarding …", "Carol Lynn will follow up with Nancey", "No report.", "Anna informerade om …", "Frågan diskuterades".
 * Two of them (one may be an agenda's background).
 */
const TOLD_AT_THE_MEETING =
  /(?<!\p{L})(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:reported|noted|informed|presented|explained|updated|confirmed|stated|advised|thanked|welcomed|informerade|redogjorde|berättade|presenterade|meddelade|rapporterade|tackade|konstaterade)|(?:was|were)\s+discussed|there\s+was\s+(?:a\s+|some\s+|general\s+)?discussion|diskuterades|diskuterade|(?:no|ingen)\s+(?:report|rapport)(?:\s+(?:this\s+month|received))?\s*[.;,]|\p{Lu}[\p{L}'’-]*\s+will\s+(?:follow|contact|send|circulate|look|check|arrange|email|write|speak|ask|organi[sz]e))(?!\p{L})/gu;

/**
 * True when the head names a kind of meeting document at all (used to tell minutes from other text), or the text's
 * first words do: a flattened PDF's running head ("LUNDS UNIVERSITET PROTOKOLL 1(4) …") is taken out of the head as
 * page furniture, but it still says what the document is.
 */
export function namesMeetingDocument(headLines: Line[], text = ""): boolean {
  const head = headLines.map((line) => line.text).join("\n");
  const opening = text.trimStart().split(/\s+/u).slice(0, 6).join(" ");
  return MINUTES_WORDS.test(head) || AGENDA_WORDS.test(head) || MINUTES_WORDS.test(opening) || AGENDA_WORDS.test(opening) || isProtocolCover(text);
}

/**
 * A Swedish protocol's cover page, whatever its title says or a PDF lost: "Plats och tid" and, near it, who decided or
 * checked it ("Beslutande", "Utses att justera", "Justerare", "Paragrafer", "Underskrifter").
 */
function isProtocolCover(text: string): boolean {
  const start = text.slice(0, 1500);
  return /(?<!\p{L})(?:plats\s+och\s+tid|tid\s+och\s+plats)(?!\p{L})/iu.test(start) && /(?<!\p{L})(?:beslutande|utses\s+att\s+justera|justerare|paragrafer|underskrifter)(?!\p{L})/iu.test(start);
}

/** Head lines that are labels, not a title: "Datum: …", "Närvarande: …". */
const LABEL_LINE =
  /^(?:datum|tid|plats|lokal|närvarande|frånvarande|beslutande|ledamöter|ersättare|övriga deltagare|övriga deltagande|övriga närvarande|deltagare|utses att justera|underskrift(?:er)?|justerande|förvaringsplats|paragrafer|organ|nämnd\/styrelse|adjungerade|sekreterare|ordförande|justerare|justerat|justering|justerandes|utdragsbestyrkande|anslag|dnr|diarienummer|ärendenummer|sida|page|mötesdatum|sammanträdesdatum|anmäl\p{L}*|attendees|attendance|present|quorum|tid och plats|plats och tid|det här är)(?!\p{L})/iu;
const KIND_WORDS =
  "protokoll|sammanträdesprotokoll|minnesanteckningar|mötesanteckningar|anteckningar|kallelse|dagordning|föredragningslista|agenda";
/** A label of the head ("Tid", "Plats", "Närvarande"): never a heading of its own. */
export function isHeadLabel(text: string): boolean {
  return LABEL_LINE.test(text) && text.split(/\s+/u).length <= 4;
}
/** A line that is only the document kind, maybe with a date: "PROTOKOLL", "Mötesanteckningar 20251015". */
const KIND_ONLY = new RegExp(`^(?:${KIND_WORDS})(?:\\s+(?:och|med)\\s+(?:${KIND_WORDS}))?(?:\\s+[\\d\\-./ ]+)?\\s*:?$`, "iu");
/** A line that starts with the document kind: "Kallelse till styrgruppsmöte". */
const KIND_FIRST = new RegExp(`^(?:${KIND_WORDS})(?!\\p{L})`, "iu");
/** "Nämnd/Styrelse Kommunfullmäktige", "Organ: Byggnadsnämnden", "Beslutande organ Kommunstyrelsen". */
const BODY_FIELD = /^(?:[Nn]ämnd\/[Ss]tyrelse|[Ss]tyrelse\/[Nn]ämnd|NÄMND\/STYRELSE|[Oo]rgan|ORGAN|[Bb]eslutande organ)\s*:?\s+(\p{Lu}[\p{L} -]{2,60})$/u;
/** The document's kind last on a line, maybe with a page number: "… SAMMANTRÄDESPROTOKOLL", "… Protokoll 1(4)". */
const KIND_LAST = new RegExp(`\\s+(?:${KIND_WORDS})(?:\\s+\\d+\\s*\\(\\d+\\))?\\s*$`, "iu");
/** A line that is only a date (or a date and a time). */
const DATE_ONLY = /^[\d\-./: kl()]+$/iu;

/**
 * The meeting's title: the first head line that is not a label, not only the
 * document kind and not only a date; a line naming the group ("Styrgrupp ASK")
 * wins over one that starts with the kind ("Kallelse till styrgruppsmöte").
 */
export function meetingTitle(header: Line[]): Line | null {
  // The protocol's first page names its body in a field: "Nämnd/Styrelse Kommunfullmäktige", "Organ: Kommunstyrelsen".
  for (const line of header) {
    const body = BODY_FIELD.exec(line.text);
    if (body && !line.attendance) return { ...line, text: body[1] };
  }
  const candidates = header.filter(
    (line) =>
      line.text !== "" &&
      !line.attendance &&
      !/^(?:•|\d{1,2}[.)]\s)/u.test(line.text) &&
      !LABEL_LINE.test(line.text) &&
      !KIND_ONLY.test(line.text) &&
      !DATE_ONLY.test(line.text) &&
      line.text.length <= 160 &&
      // Not a sentence and not the lead-in of a list ("Därtill vid detta möte adjungerad var").
      !/[.:]$/u.test(line.text) &&
      !/\s(?:var|voro|är|were|are)$/iu.test(line.text),
  );
  // (A line that opens with a date, "2019-11-05, kl 10.00–15.00, Jönköping", says when and where, not who.)
  const title = candidates.slice(0, 3).find((line) => !KIND_FIRST.test(line.text) && !/^\d/u.test(line.text)) ?? candidates[0] ?? null;
  // "NORRKÖPINGS KOMMUNALFÖRBUND SAMMANTRÄDESPROTOKOLL": a page head sets the document's kind after the body's name.
  // (Its kind is capitalised, as a column of its own; "Kommunstyrelsens protokoll" names whose it is, and keeps it.)
  // ("PROTOKOLL" / "fört vid sammanträde med Delegationen för …": the kind's own line ends where the title begins.)
  const above = title && /^\p{Ll}/u.test(title.text) ? header[header.indexOf(title) - 1] : undefined;
  if (title && above && KIND_ONLY.test(above.text)) return { ...title, text: `${above.text} ${title.text}` };
  const kind = title ? KIND_LAST.exec(title.text) : null;
  const named = title && kind ? title.text.slice(0, kind.index) : "";
  return title && kind && /^\s+\p{Lu}/u.test(kind[0]) && /\p{L}{3}/u.test(named) && !/(?:s|[-–:,])$/u.test(named) ? { ...title, text: named } : title;
}

/** A meeting's word with its day straight after it: "styrelsemötet 26.10.2017", "sammanträdet den 3 maj". */
const MEETING_DAY = /\p{L}*(?:möte[t]?|sammanträde[t]?|meeting)\s+(?:den\s+|on\s+|held\s+on\s+)?\d/iu;
/** Words that put a meeting before this one. */
const EARLIER = /(?<!\p{L})(?:previous|last|prior|earlier|föregående|förra|tidigare)(?!\p{L})/iu;
/** "Nästa möte …" in the head is not this meeting's date. */
const NEXT_MEETING_LINE = /nästa\s+(?:möte|sammanträde)/iu;
/** Lines that state this meeting's date; preferred over a date in the title. */
const DATE_LABEL = /^(?:datum|tid|mötesdatum|mötestid|sammanträdesdatum|sammanträdesdag|sammanträdestid|när|date|plats och tid|tid och plats|dag och tid)(?!\p{L})/iu;
/** Fields of a document's own record, beside which a "Date:" is the document's: "Author:", "Revision No.:", "Version". */
const DOCUMENT_FIELD = /^(?:author|revision|version|författare|upprättad\s+av|dokumentversion)(?!\p{L})/iu;
/**
 * A label of the meeting's own time, before a bare "Datum": a Finland-Swedish protocol dates the document in "Datum:
 * 02.07.2012" over "Sammanträdestid: Måndagen den 09.07.2012".
 */
const MEETING_TIME_LABEL = /^(?:mötesdatum|mötestid|sammanträdesdatum|sammanträdesdag|sammanträdestid)(?!\p{L})/iu;
/**
 * Dates of something else than the meeting: when it was checked, posted, published or taken down (never the meeting's
 * day; parse.ts lists them among the document's dates).
 */
// ("Kallelse utfärdad den 15.01.2015": the notice was issued; "Author: … Date: 2004/12/14 Revision No.: 1.2": the
// document's own revision.)
export const OTHER_DAY = /(?<!\p{L})(?:justera\p{L}*|justering\p{L}*|anslag\p{L}*|överklag\p{L}*|publicera(?:d|des|t)|uppdatera(?:d|des|t)|published|posted on|last updated|senast ändrad|tas ned|togs ned|sätts upp|utfärdad|utfärdades|issued|revision)(?!\p{L})/iu;

/**
 * "… kommunfullmäktiges sammanträde den 13 juni", "… beslut som togs den 13 december 2021", "At its meeting on
 * 10 October …": a page about a meeting names the meeting's day in its text, right after the words for it.
 */
const MEETING_ON = /(?<!\p{L})(?:sammanträde[nt]?|sammanträdde|möte[t]?|meeting|togs|fattades|held)\s+(?:den|on)\s+(?=\d)/iu;

/**
 * The day the head gives for this meeting (maybe without a year) and its line:
 * a labelled line first ("Sammanträdesdatum: …", or "Tid" with the day on the
 * next line), then the title and the other lines; never the day the minutes were
 * checked, posted or published, unless the text (`text`, the document's first lines)
 * names no meeting day either. A range ("2-3 mars 2013") gives its first day.
 */
export function meetingDay(header: Line[], order: SlashOrder = "dmy", text: Line[] = []): { day: PartialDay; line: Line } | null {
  const candidates = header.filter((line) => line.text !== "" && !NEXT_MEETING_LINE.test(line.text));
  const labelled: Line[] = [];
  candidates.forEach((line, i) => {
    // Not "Datum då anslaget sätts upp": a label of the day the minutes were posted.
    if (!DATE_LABEL.test(line.text) || OTHER_DAY.test(line.text)) return;
    labelled.push(line);
    // "Tid" alone, the day on one of the next lines (a form's cells: "Sammanträdesdatum" / "PLATS OCH TID" /
    // "PROTOKOLL" / "2015-05-05"), not past the label of another day ("Justeringens plats och tid").
    if (line.text.split(/\s+/u).length <= 3) {
      for (const next of candidates.slice(i + 1, i + 4)) {
        if (OTHER_DAY.test(next.text)) break;
        labelled.push(next);
        if (findDates(next.text, order).length > 0) break;
      }
    }
  });
  // (Then the line that names the document with its day, "Minutes of Residents' Association Committee 23rd January
  // 2019", before a bare day above it: the day the page was put up, "Sunday, 27 January 2019".)
  // (Not the minutes of an earlier meeting: "Minutes of previous Trustee Meetings held 23rd July 2018".)
  // ("Information från styrelsemötet 26.10.2017" under the page's "27.10.2017": a meeting named with its day.)
  const naming = candidates.filter(
    (line) =>
      !OTHER_DAY.test(line.text) && (MINUTES_WORDS.test(line.text) || AGENDA_WORDS.test(line.text) || MEETING_DAY.test(line.text)) && !EARLIER.test(line.text),
  );
  const timed = labelled.filter((line) => MEETING_TIME_LABEL.test(line.text));
  // ("Author: Paul Rendek" / "Date: 2004/12/14" / "Revision No.: 1.2": the document's own date, under the title's
  // "17 November 2004".)
  const documentDate = (line: Line) => {
    const at = candidates.indexOf(line);
    return candidates.slice(Math.max(0, at - 2), at + 3).some((l) => DOCUMENT_FIELD.test(l.text));
  };
  const ordered = [
    ...timed,
    ...labelled.filter((line) => !documentDate(line)),
    ...naming,
    ...candidates.filter((line) => !OTHER_DAY.test(line.text) && !(DATE_LABEL.test(line.text) && documentDate(line))),
  ];
  const dayIn = (line: Line) => findDates(line.text, order).find((d) => !otherMeeting(line.text.slice(0, d.start)));
  for (const line of ordered) {
    const found = dayIn(line);
    if (found) return { day: found.from, line };
  }
  // "… SAMMANTRÄDESKALLELSE Kallelse utfärdad den 15.01.2015 Socialnämnden 22.01.2015": a line that gives the other day
  // first, then another: the other is the meeting's.
  for (const line of candidates.filter((l) => OTHER_DAY.test(l.text))) {
    const days = findDates(line.text, order);
    const other = OTHER_DAY.exec(line.text);
    if (days.length < 2 || !other || other.index > days[0].start || days[0].start - other.index > 25) continue;
    if (!OTHER_DAY.test(line.text.slice(Math.max(days[0].end, days[1].start - 30), days[1].start))) return { day: days[1].from, line };
  }
  // Only the day the page was published or the minutes posted ("Artikeln publicerades 20 december 2021"): the day
  // the text gives the meeting comes first, that one after it.
  const other = candidates.map((line) => ({ line, found: dayIn(line) })).find((c) => c.found !== undefined);
  if (!other?.found) return null;
  for (const line of text) {
    const at = MEETING_ON.exec(line.text);
    const found = at ? findDates(line.text, order).find((d) => d.start > at.index && d.start <= at.index + at[0].length) : undefined;
    if (found) return { day: found.from, line };
  }
  return { day: other.found.from, line: other.line };
}

/**
 * Words before a day that make it another day than the meeting's: the minutes of an earlier
 * meeting ("To confirm the minutes of the meeting held on 18 March 2021", "protokollet från
 * sammanträdet den 3 maj"), or when the minutes were checked, posted or approved ("Justerat
 * 2024-03-12", "Anslaget sätts upp", "Minutes approved by the board on 2023-05-25").
 */
const NOT_THIS_MEETING =
  /(?:(?:minutes|protokoll\p{L}*|anteckningar\p{L}*)\s+(?:of|from|för|från)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?(?:meeting|mötet|sammanträdet)?\s*(?:held\s+)?(?:on\s+|den\s+)?|(?:justera\p{L}*|justering\p{L}*|anslag\p{L}*|signed|approved\s+by\s+the\s+\p{L}+\s+on|minutes\s+approved(?:\s+\p{L}+){0,4}\s+on)\s*(?:\p{L}+\s+){0,3}?)$/iu;

/**
 * The words before a day make it another meeting's or the posting's; not when the line opens with them as
 * the document's own title ("Minutes of the committee meeting 07/10/16", "Protokoll från sammanträdet den 3 maj").
 */
function otherMeeting(before: string): boolean {
  const m = NOT_THIS_MEETING.exec(before.slice(-70));
  if (!m) return false;
  const at = before.length - Math.min(70, before.length) + m.index;
  // (Not "Minutes approved by the board on 2023-05-25": that line opens with its own business.)
  return !(at === 0 && /^(?:minutes|protokoll|anteckningar)\s+(?:of|from|för|från)(?!\p{L})/iu.test(before));
}

/** A day in a file name: "protokoll-2025-10-14.docx", "KS_20251014.txt", "ks-251014.docx". */
export function dayFromFilename(filename: string | undefined): string | null {
  if (!filename) return null;
  const base = filename.split(/[\\/]/u).pop() ?? "";
  const m = /(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/u.exec(base) ?? /(?<!\d)(\d{2})(\d{2})(\d{2})(?!\d)/u.exec(base);
  if (!m) return null;
  const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return toIso({ year, month: Number(m[2]), day: Number(m[3]) });
}

/** Dates of the document whose year is written out, with their kind. */
export type DatedFact = { date: string; kind: DateKind };

/**
 * The year of a meeting day written without one ("Styrgrupp ASK 3 september").
 * A meeting comes before what it plans: the year is the latest one that puts the
 * meeting on or before the earliest forward-looking date (a deadline, a window,
 * a due meeting). With none, the meeting follows the latest dated reference (its
 * background looks back). With no dated facts at all the year stays unknown.
 */
/** Weekdays as minutes name them ("torsdagen den 26 april", "Thursday 26 April"), Sunday first as Date.getUTCDay. */
const WEEKDAYS = [
  /(?<!\p{L})(?:söndag\p{L}*|sunday)(?!\p{L})/iu,
  /(?<!\p{L})(?:måndag\p{L}*|monday)(?!\p{L})/iu,
  /(?<!\p{L})(?:tisdag\p{L}*|tuesday)(?!\p{L})/iu,
  /(?<!\p{L})(?:onsdag\p{L}*|wednesday)(?!\p{L})/iu,
  /(?<!\p{L})(?:torsdag\p{L}*|thursday)(?!\p{L})/iu,
  /(?<!\p{L})(?:fredag\p{L}*|friday)(?!\p{L})/iu,
  /(?<!\p{L})(?:lördag\p{L}*|saturday)(?!\p{L})/iu,
];

/**
 * A weekday written with the day settles its year: "torsdagen den 26 april" near 2018 is 2018-04-26
 * (a Thursday), not 2017-04-26 (a Wednesday). Of the years around the facts' years, the one whose
 * day falls on that weekday, when exactly one does.
 */
export function yearOfWeekday(day: PartialDay, text: string, facts: DatedFact[]): string | null {
  const weekday = WEEKDAYS.findIndex((re) => re.test(text));
  if (weekday < 0 || WEEKDAYS.filter((re) => re.test(text)).length > 1 || facts.length === 0) return null;
  const years = new Set(facts.flatMap((f) => [Number(f.date.slice(0, 4)) - 1, Number(f.date.slice(0, 4)), Number(f.date.slice(0, 4)) + 1]));
  const fits = [...years].flatMap((year) => {
    const iso = toIso({ ...day, year });
    return iso !== null && new Date(`${iso}T12:00:00Z`).getUTCDay() === weekday ? [iso] : [];
  });
  return fits.length === 1 ? fits[0] : null;
}

export function inferMeetingDate(day: PartialDay, facts: DatedFact[], text = ""): string | null {
  if (day.year !== null) return toIso(day);
  const byWeekday = yearOfWeekday(day, text, facts);
  if (byWeekday !== null) return byWeekday;
  const forward = facts.filter((f) => f.kind !== "reference").map((f) => f.date).sort(compareIso);
  const backward = facts.filter((f) => f.kind === "reference").map((f) => f.date).sort(compareIso);
  if (forward.length > 0) {
    const first = forward[0];
    const year = Number(first.slice(0, 4));
    const same = toIso({ ...day, year });
    return same !== null && compareIso(same, first) <= 0 ? same : toIso({ ...day, year: year - 1 });
  }
  if (backward.length > 0) {
    const last = backward[backward.length - 1];
    const year = Number(last.slice(0, 4));
    const same = toIso({ ...day, year });
    return same !== null && compareIso(same, last) >= 0 ? same : toIso({ ...day, year: year + 1 });
  }
  return null;
}

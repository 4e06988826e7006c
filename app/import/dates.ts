// Swedish date recognition. Finds dates in one line of text, tells a window
// (a range), a deadline, a meeting and a plain reference apart from the words
// just before the date, and infers a missing year from an anchor day.
// Per-function entry points: the "date-fns" barrel costs about 0.2 s at server start.
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import type { DateKind, PartialDay } from "./types";

/** A date expression found in a line. `to` is set for a range ("2025-10-15 - 2026-03-06"). */
export type DateMatch = {
  /** Offsets into the line: the date expression itself (with a leading "den"). */
  start: number;
  end: number;
  text: string;
  from: PartialDay;
  to: PartialDay | null;
};

// Full names first so "mars" is not read as "mar" + "s".
// English minutes too: "April 12, 2010", "12 April 2010", "Aug. 12, 2003".
const MONTH_WORDS: Array<[string, number]> = [
  ["januari", 1], ["februari", 2], ["mars", 3], ["april", 4], ["maj", 5], ["juni", 6],
  ["juli", 7], ["augusti", 8], ["september", 9], ["oktober", 10], ["november", 11], ["december", 12],
  ["january", 1], ["february", 2], ["march", 3], ["may", 5], ["june", 6], ["july", 7], ["august", 8], ["october", 10],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8],
  ["sept", 9], ["sep", 9], ["okt", 10], ["oct", 10], ["nov", 11], ["dec", 12],
];
const FULL_MONTHS = 20;
// A full stop only after an abbreviation ("okt."): after "november." it ends the sentence.
const MONTH = `(${MONTH_WORDS.map(([word], i) => (i >= FULL_MONTHS ? `${word}\\.?` : word)).join("|")})(?![\\p{L}])`;
/** English month names, which also come first: "April 12, 2010", "July 16-17, 2009". */
// Capitalised, as English writes them, so "may 5" is not a date.
const EN_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
const EN_MONTH = `(${EN_MONTH_NAMES}|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?![\\p{L}])`;
const monthNumber = (word: string): number =>
  MONTH_WORDS.find(([w]) => w === word.toLowerCase().replace(/\.$/u, ""))?.[1] ?? (word.toLowerCase() === "sept." ? 9 : 0);

/**
 * The patterns, strongest first; a later pattern never overlaps an earlier match.
 * `(?<![\d/.]|\d-)`: not in the middle of a number or case number ("2019/00501",
 * "23-063"), but "-2026-03-06" after a space is the second half of a range.
 */
const PATTERNS: Array<{ name: string; re: RegExp; read: (m: RegExpExecArray) => [PartialDay, PartialDay | null] }> = [
  {
    // "1–15 mars 2026": a range of days in one month.
    name: "day-range",
    // "den 14 och 15 november 2005": two days of one month (read as from … to; both are named).
    re: new RegExp(`(?<![\\d/.]|\\d-)(\\d{1,2})(?:\\s*[-–—]\\s*|\\s+(?:och|and|&)\\s+)(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?`, "giu"),
    read: (m) => {
      const year = m[4] ? Number(m[4]) : null;
      const month = monthNumber(m[3]);
      return [
        { year, month, day: Number(m[1]) },
        { year, month, day: Number(m[2]) },
      ];
    },
  },
  {
    // "July 16-17, 2009": an English range of days in one month.
    name: "en-day-range",
    re: new RegExp(`${EN_MONTH}\\s+(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})(?:,?\\s+(\\d{4}))?(?![\\d])`, "gu"),
    read: (m) => {
      const year = m[4] ? Number(m[4]) : null;
      const month = monthNumber(m[1]);
      return [
        { year, month, day: Number(m[2]) },
        { year, month, day: Number(m[3]) },
      ];
    },
  },
  {
    // "April 12, 2010", "Aug. 12, 2003", "June 10", "March 3rd".
    name: "en-text",
    // ("July 14,2009": the space after the comma may be lost.)
    re: new RegExp(`${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:(?:,?\\s+|,)(\\d{4}))?(?![\\d:]|\\.\\d)`, "gu"),
    read: (m) => [{ year: m[3] ? Number(m[3]) : null, month: monthNumber(m[1]), day: Number(m[2]) }, null],
  },
  {
    // ISO "2025-10-15" (the common form in Swedish public documents).
    name: "iso",
    re: /(?<![\d/]|\d-)(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g,
    read: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, null],
  },
  {
    // "2025.10.15", "2025/10/15": the year first with dots or slashes, one separator throughout.
    name: "year-first",
    re: /(?<![\d/.,]|\d-)((?:19|20)\d{2})([./])(\d{1,2})\2(\d{1,2})(?![\d]|[.,]\d)/g,
    read: (m) => [{ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }, null],
  },
  {
    // "5.5.2024", "15.10.2025": day, month and year with dots, as Finland-Swedish and German minutes write them (the
    // year in four digits, so that no paragraph number "5.5.2" is read).
    name: "dotted",
    re: /(?<![\d/.,]|\d-)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d]|[.,]\d)/g,
    read: (m) => [{ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }, null],
  },
  {
    // Compact "20251015".
    name: "compact8",
    re: /(?<![\d/.]|\d-)(20\d{2})(\d{2})(\d{2})(?![\d\-/])/g,
    read: (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, null],
  },
  {
    // "15 oktober 2025", "den 6 mars", "1:a februari", "3:e okt." (ordinals written with :a/:e),
    // English "18th February 2020", "1st November" (and "17 th April" from a PDF).
    name: "text",
    re: new RegExp(`(?<![\\d/.\\p{L}]|\\d-)(\\d{1,2})(?::\\s?[ae]|\\s?(?:st|nd|rd|th)(?![\\p{L}]))?\\s+${MONTH}(?:\\s+(\\d{4}))?`, "giu"),
    read: (m) => [{ year: m[3] ? Number(m[3]) : null, month: monthNumber(m[2]), day: Number(m[1]) }, null],
  },
  {
    // Day/month "6/3", optionally with a year "6/3 2026" or "6/3-26". Not "2019/00501" (a case number).
    name: "day-month",
    // "(20/12)" alone in brackets is a case or motion number, not a day.
    // ("Dnr KS 15/6", "Diarienr 2/14" are case numbers.)
    re: /(?<![\d/.(]|\d-)(?<!(?:[Dd]nr|DNR|[Dd]iarienr|[Dd]iarienummer)\.?:?\s+(?:[A-ZÅÄÖ]{1,6}\s+)?)(\d{1,2})\/(\d{1,2})(?!\))(?:\s+(20\d{2})(?![\d\-])|-(\d{2})(?![\d\-])|-((?:19|20)\d{2})(?![\d\-]))?(?![\d/])(?!\s*(?:dels?|dag|dagar|timme|timmar|tjänst|av|majoritet|majority|of|röster|votes)\b)/g,
    read: (m) => {
      const year = m[3] ? Number(m[3]) : m[4] ? 2000 + Number(m[4]) : m[5] ? Number(m[5]) : null;
      return [{ year, month: Number(m[2]), day: Number(m[1]) }, null];
    },
  },
  {
    // Compact "251015" (YYMMDD) as in file names and protocol numbers; not money or counts.
    name: "compact6",
    // Glued to letters it is a case or document number ("RV181026", "KS150330"), not a day.
    re: /(?<![\d\-/.,:§\p{L}]|nr\s|dnr\s)(\d{2})(\d{2})(\d{2})(?![\d\-/.]|[.,]\d)(?!\s*(?:kr|kronor|sek|tkr|mkr|%|st\b|personer|deltagare|timmar))/giu,
    read: (m) => [{ year: 2000 + Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, null],
  },
];

/** True when the day exists (30 February does not). A missing year is checked against a leap year. */
export function isRealDay(p: PartialDay): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return false;
  const date = new Date(p.year ?? 2024, p.month - 1, p.day);
  return isValid(date) && date.getMonth() === p.month - 1 && date.getDate() === p.day;
}

export function toIso(p: PartialDay): string | null {
  if (p.year === null || !isRealDay(p)) return null;
  return format(new Date(p.year, p.month - 1, p.day), "yyyy-MM-dd");
}

function parseIso(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y, m - 1, d);
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const FORWARD_GRACE_DAYS = 31;

/**
 * Give a day without a year its year from an anchor (usually the meeting day).
 * - "forward": the first such day on or after the anchor, less a month of grace
 *   (a deadline is ahead, though "anmäl förhinder senast den 12 mars" may precede a 19 March meeting);
 * - "nearest": the such day closest to the anchor (meetings and references look back or ahead).
 * Null when there is neither a year nor an anchor.
 */
export function resolveDay(p: PartialDay, anchor: string | null, mode: "forward" | "nearest"): string | null {
  if (p.year !== null) return toIso(p);
  if (anchor === null || !isRealDay(p)) return null;
  const base = parseIso(anchor);
  const candidates = [-1, 0, 1]
    .map((offset) => ({ ...p, year: base.getFullYear() + offset }))
    .filter(isRealDay)
    .map((c) => toIso(c))
    .filter((c): c is string => c !== null);
  if (mode === "forward") {
    return candidates.find((c) => differenceInCalendarDays(parseIso(c), base) >= -FORWARD_GRACE_DAYS) ?? null;
  }
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = Math.abs(differenceInCalendarDays(parseIso(c), base));
    if (distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return best;
}

/**
 * A deadline given as a month: "senast juni 2022", "före mars", "i december 2021", "by the end of May". Its day is the
 * month's last ("i maj" / "in May" only with a year: "presenteras i maj" may just say when). Days in it are read by
 * findDates, so a whole date ("senast den 1 juni 2022") is never a month deadline.
 */
export function findMonthDeadlines(text: string): Array<{ start: number; end: number; text: string; day: PartialDay }> {
  const out: Array<{ start: number; end: number; text: string; day: PartialDay }> = [];
  for (const m of text.matchAll(MONTH_DEADLINE)) {
    const year = m[3] ? Number(m[3]) : null;
    if (/^(?:i|in)$/iu.test(m[1].trim().split(/\s+/u)[0]) && year === null) continue;
    const month = monthNumber(m[2]);
    if (month === 0) continue;
    // (The month's last day; February's 28th when the year is not yet known.)
    const last = month === 2 ? (year !== null && isRealDay({ year, month: 2, day: 29 }) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0].trim(), day: { year, month, day: last } });
  }
  return out;
}

// (Swedish names in lower case, English capitalised: "may" is a verb.)
const MONTH_NAME = `${MONTH_WORDS.slice(0, 12).map(([word]) => word).join("|")}|${EN_MONTH_NAMES}`;
const MONTH_DEADLINE = new RegExp(
  String.raw`(?<!\p{L})(senast(?:\s+(?:i|under|till|vid))?(?:\s+(?:utgången|slutet)\s+av)?|före|innan|till|under|i|by(?:\s+the\s+end\s+of)?|before|until|no\s+later\s+than|(?:at\s+)?the\s+end\s+of|in)\s+(${MONTH_NAME})(?:\s+((?:19|20)\d{2}))?(?![\p{L}\d])(?!\s+\d)`,
  "gu",
);

/** Same day one year later (for a range that runs over New Year). */
export function nextYear(day: string): string {
  return format(addYears(parseIso(day), 1), "yyyy-MM-dd");
}

/** Between two dates, the words that make them one range (a window). */
const RANGE_GAP = /^\s*[-–—]\s*$/;
/** "från 1 januari till 31 mars", "mellan … och …", "fr.o.m. … t.o.m. …" */
const WORDED_GAP = /^\s*(?:till|t\.?\s?o\.?\s?m\.?|och)\s+$/i;
const WORDED_OPENER = /(?:från|fr\.?\s?o\.?\s?m\.?|mellan|perioden)\s*$/i;

/** The order of a day written with two slashes: "05/23/2020" (US) or "23/05/2020" (the rest of the world). */
export type SlashOrder = "mdy" | "dmy";
const SLASH_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;

/**
 * A document's order for days with two slashes: a part over 12 decides ("05/23/2020" is
 * month first, "23/05/2020" day first); with none, dollars and no pounds mean the US.
 */
export function slashOrderOf(text: string): SlashOrder {
  for (const m of text.matchAll(SLASH_DATE)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return "dmy";
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) return "mdy";
  }
  // No slash day decides: dollars and no pounds, or days written month first ("March 11, 2020")
  // and never day first ("11 March 2020"), mean the American order.
  if (/\$\s?\d/u.test(text) && !/£/u.test(text)) return "mdy";
  const monthFirst = new RegExp(`${EN_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+\\d{4}`, "u").test(text);
  const dayFirst = new RegExp(`\\d{1,2}(?:st|nd|rd|th)?\\s+${EN_MONTH}`, "u").test(text);
  return monthFirst && !dayFirst ? "mdy" : "dmy";
}

/** Find every date and date range in one line. */
export function findDates(line: string, order: SlashOrder = "dmy"): DateMatch[] {
  const found: DateMatch[] = [];
  // "05/23/2020", "1/8/20": day, month and year with slashes, in the document's order.
  SLASH_DATE.lastIndex = 0;
  for (const m of line.matchAll(SLASH_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = m[3].length === 4 ? Number(m[3]) : 2000 + Number(m[3]) - (Number(m[3]) >= 70 ? 100 : 0);
    const first = order === "mdy" ? { year, month: a, day: b } : { year, month: b, day: a };
    const day = isRealDay(first) ? first : { year, month: first.day, day: first.month };
    if (!isRealDay(day)) continue;
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], from: day, to: null });
  }
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(line)) !== null) {
      const [from, to] = pattern.read(m);
      if (!isRealDay(from) || (to && !isRealDay(to))) continue;
      if (to && to.day <= from.day) continue;
      let start = m.index;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // Keep a leading "den" with the date: "senast den 6 mars".
      const den = /(?<!\p{L})den\s+$/iu.exec(line.slice(0, start));
      if (den) start -= den[0].length;
      found.push({ start, end, text: line.slice(start, end).trim(), from, to });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const date of found) {
    if (date.from.year !== null) continue;
    const year = listYear(line, date.start);
    if (year === null) continue;
    date.from = { ...date.from, year };
    if (date.to && date.to.year === null) date.to = { ...date.to, year };
  }
  return mergeRanges(line, found);
}

/**
 * A list of days introduced by its year: "sammanträda följande datum under år 2019: 20 februari,
 * 17 april, 18 juni och 20 november", "Möten 2024: 5/2, 8/4". The year before the colon is every
 * listed day's year; only days, commas and "och" may stand between the colon and the day.
 */
const LIST_YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)[^.:\d]{0,80}:\s*((?:(?:den\s+)?\d{1,2}(?::[ae])?(?:\s+\p{L}+\.?|\/\d{1,2})\s*(?:,|och|samt|and|&)\s*)*)$/iu;

function listYear(line: string, start: number): number | null {
  const m = LIST_YEAR.exec(line.slice(Math.max(0, start - 240), start));
  return m ? Number(m[1]) : null;
}

function mergeRanges(line: string, dates: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (const date of dates) {
    const previous = out[out.length - 1];
    if (previous && previous.to === null && date.to === null) {
      const gap = line.slice(previous.end, date.start);
      const worded = WORDED_GAP.test(gap) && WORDED_OPENER.test(line.slice(0, previous.start));
      if (RANGE_GAP.test(gap) || worded) {
        const [from, to] = completeRangeYears(previous.from, date.from);
        out[out.length - 1] = {
          start: previous.start,
          end: date.end,
          text: line.slice(previous.start, date.end).trim(),
          from,
          to,
        };
        continue;
      }
    }
    out.push(date);
  }
  return out;
}

/** "15 oktober – 6 mars 2026": the start takes its year from the end (one earlier over New Year). */
function completeRangeYears(from: PartialDay, to: PartialDay): [PartialDay, PartialDay] {
  const later = (a: PartialDay, b: PartialDay) => a.month > b.month || (a.month === b.month && a.day > b.day);
  if (from.year === null && to.year !== null) {
    return [{ ...from, year: later(from, to) ? to.year - 1 : to.year }, to];
  }
  if (to.year === null && from.year !== null) {
    return [from, { ...to, year: later(from, to) ? from.year + 1 : from.year }];
  }
  return [from, to];
}

/** Words right before a date that make it a deadline: "senast den", "sista ansökningsdag:". */
// ("Carol to draft the post by April 1", "no later than 30 June", "due 3 May": English sets a deadline so.)
const DEADLINE_CUE = /\b(?:senast|deadline|före|innan|sista\s+\p{L}*dag(?:en)?(?:\s+är)?|by|before|no\s+later\s+than|not\s+later\s+than|due(?:\s+by)?)\s*:?\s*$/iu;
/**
 * Words right before a date that make it a meeting: "till mötet den", "Nästa möte:",
 * "vid styrgruppens möte den", "nästa sammanträde hålls". The optional lead-in
 * ("till", "vid", "inför") is kept in the phrase shown to the user.
 */
const MEETING_CUE =
  /(?:\b(?:till|vid|på|inför|under)\s+)?(?:\p{L}+s\s+)?(?:nästa\s+)?\b(?:möte|mötet|sammanträde|sammanträdet|\p{L}+möte|\p{L}+mötet|\p{L}+sammanträde|\p{L}+sammanträdet|mötesdatum)(?:\s+(?:är|blir|äger\s+rum|hålls|planeras\s+till))?\s*:?\s*$/iu;

/** A body's meeting named by the body: "redovisa … till kommunstyrelsen den 7 juni", "inför nämndens sammanträde den". */
const BODY_MEETING_CUE =
  /\b(?:till|vid|inför)\s+\p{L}*(?:styrelsen|nämnden|fullmäktige|utskottet|direktionen|styrgruppen|kommittén|delegationen|presidiet)(?:s\s+(?:\p{L}*möte|\p{L}*sammanträde))?\s+(?:den\s+)?$/iu;

/** The same in English: "The next meeting will take place on", "Next meeting:", "at the board meeting on". */
const MEETING_CUE_EN =
  /(?:\b(?:at|for|until|before)\s+)?(?:the\s+)?(?:next\s+)?(?:\p{L}+\s+)?\bmeeting(?:\s+(?:is|will\s+be|will\s+take\s+place|takes\s+place|is\s+scheduled|to\s+be\s+held|held))?(?:\s+(?:on|for))?\s*:?\s*$/iu;

/** What kind of date a match is, and the phrase (cue + date) to show. */
export function classifyDate(line: string, match: DateMatch): { kind: DateKind; text: string } {
  if (match.to !== null) return { kind: "window", text: match.text };
  const before = line.slice(0, match.start);
  const deadline = DEADLINE_CUE.exec(before);
  if (deadline) return { kind: "deadline", text: line.slice(deadline.index, match.end).trim() };
  const meeting = MEETING_CUE.exec(before) ?? BODY_MEETING_CUE.exec(before) ?? MEETING_CUE_EN.exec(before);
  if (meeting) return { kind: "meeting", text: line.slice(meeting.index, match.end).trim() };
  return { kind: "reference", text: match.text };
}

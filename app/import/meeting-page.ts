// A page that tells of one meeting in running text, under its headline (a municipality's news page: "Henrik Thureson
// ny ordförande" / "Vid årets första sammanträde den 1 februari valdes …"; a "Snabbreferat från folkhälsorådets
// sammanträde"). No heading starts an item, yet a sentence decides: rather than refuse it as no minutes, the page is
// read as one item under its headline, and shown for review. (Where two or more paragraphs report decisions,
// paragraphs.ts makes each an item; this is the page that found none to start.)
import { decisionTense } from "./decisions";
import { sentences } from "./items";
import { AGENDA_WORDS } from "./header";
import { MEETING_WORDS } from "./lexicon";
import type { Line } from "./types";

/** A page short enough to tell of one meeting (a news page, a notice), not a document of many. */
const ONE_PAGE_CHARS = 6000;

/**
 * Where no item was found in a short text that speaks of a meeting and holds a sentence that decides ("… valdes Henrik
 * Thureson till ordförande", "rådet beslutade att fortsätta …"), the one item is titled by the page's headline and starts
 * at its first paragraph: what stands between ("Publicerad 2022-02-03", a section's name) stays the page's head, with the
 * headline (the meeting's title and day are read there). True when marked.
 */
export function markOneMeetingPage(lines: Line[], text: string): boolean {
  // (Not minutes with an attendance list: those have items the rules or the heading model did not find, not one.)
  if (text.length > ONE_PAGE_CHARS || lines.some((l) => l.attendance) || !(MEETING_WORDS.test(text) || MINUTES_WORD.test(text))) return false;
  // (A headline: words, not a page's number, "1 (21)"; or a meeting's word and its day, "Styrelsemötet 210527".)
  const headline = lines.find((l) => l.text !== "");
  if (!headline || headline.text.length > 120) return false;
  if ((headline.text.match(/\p{L}{2,}/gu) ?? []).length < 2 && !MEETING_WORDS.test(headline.text)) return false;
  const body = lines.slice(lines.indexOf(headline) + 1);
  const first = body.find((l) => (l.text.match(/\p{L}+/gu) ?? []).length >= PARAGRAPH_WORDS);
  // (The past tense of a report, or the present of a protocol's excerpt, "Kommunstyrelsen beslutar att …", where the
  // page says nothing of an agenda: a notice's "Förslag till beslut" is in the present too.)
  const decides = (s: string) => {
    const tense = decisionTense(s);
    return tense === "past" || (tense === "present" && !AGENDA_WORDS.test(text));
  };
  if (!first || !body.some((l) => sentences(l.text).some(decides))) return false;
  first.start = { number: null, sub: false, title: headline.text.replace(/[.:]$/u, "") };
  first.rest = first.text;
  return true;
}

/** A paragraph of the page's text, not a line of its head: eight words or more. */
const PARAGRAPH_WORDS = 8;
const MINUTES_WORD = /\p{L}*(?:protokoll|minutes)(?!\p{L})/iu;

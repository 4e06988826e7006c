// A page that tells of one meeting in running text, under its headline (a municipality's news page: "Henrik Thureson
// ny ordförande" / "Vid årets första sammanträde den 1 februari valdes …"; a "Snabbreferat från folkhälsorådets
// sammanträde"). No heading starts an item, yet a sentence decides: rather than refuse it as no minutes, the page is
// read as one item under its headline, and shown for review. (Where two or more paragraphs report decisions,
// paragraphs.ts makes each an item; this is the page that found none to start.)
import { decisionTense } from "./decisions";
import { sentences } from "./items";
import { MEETING_WORDS } from "./lexicon";
import type { Line } from "./types";

/** A page short enough to tell of one meeting (a news page, a notice), not a document of many. */
const ONE_PAGE_CHARS = 6000;

/**
 * Where no item was found in a short text that speaks of a meeting and holds a sentence that decides ("… valdes Henrik
 * Thureson till ordförande", "rådet beslutade att fortsätta …"), its first line with text starts the one item. True when marked.
 */
export function markOneMeetingPage(lines: Line[], text: string): boolean {
  // (Not minutes with an attendance list: those have items the rules or the heading model did not find, not one.)
  if (text.length > ONE_PAGE_CHARS || lines.some((l) => l.attendance) || !(MEETING_WORDS.test(text) || MINUTES_WORD.test(text))) return false;
  // (A headline: words, not a page's number, "1 (21)".)
  const first = lines.find((l) => l.text !== "" && !l.attendance);
  if (!first || first.text.length > 120 || (first.text.match(/\p{L}{2,}/gu) ?? []).length < 2) return false;
  const decides = lines.some((l) => l !== first && sentences(l.text).some((s) => decisionTense(s) === "past"));
  if (!decides) return false;
  first.start = { number: null, sub: false, title: first.text };
  return true;
}

const MINUTES_WORD = /\p{L}*(?:protokoll|minutes)(?!\p{L})/iu;

// How an agenda item's first line is numbered. Kept apart so that sections.ts
// (where does the first item start?) and items.ts (where does each start?) agree.
// The schemes of real minutes: "§ 5", "§5.", "5 §", "§ 63/20", "5.", "5)",
// "5.1", "1.1.1.", "2a.", "3a)", "1   Attendance" (a number and a short title),
// "Punkt 5", "Ärende 5", "Item 5", markdown headings "## Title", and lettered
// sub-items "a)", "b.", "c.)".

import { TASK_LIST_TITLE } from "./lexicon";

export type ItemStart = {
  /** The number without punctuation: "1", "5", "5.1", "2a"; for a sub-item just its letter: "a"; null for a heading. */
  number: string | null;
  /** True for "a)", "b." sub-items: they belong to the item above. */
  sub: boolean;
  /** The rest of the line (may be empty when the title is on the next line). */
  title: string;
  /** A paragraph of a page that reports decisions afterwards (paragraphs.ts): past tense and dates are this meeting's. */
  reported?: boolean;
  /** An entry of a list of decisions under a lead ("Styrelsen beslöt även:" / "• Att godkänna …", paragraphs.ts): the entry is the decision. */
  decided?: boolean;
};

const PATTERNS: Array<{ re: RegExp; sub: boolean }> = [
  // "§ 5 Budget", "§5. Budget", "§ 12: Budget", "§ 5" alone (title on the next line), "§ 63/20 Budget" (paragraph/year),
  // "KS § 12 Budget", "Kfn § 59 Budget" (the body's short name first), "§ 1/ Mötet öppnas." (a slash after the number).
  { re: /^(?:\p{Lu}[\p{L}]{0,4}\s*)?§\s*(\d{1,3})(?:\/\d{2,4})?\s*[.:)/]?(?:\s+(.*))?$/u, sub: false },
  // "Kfn 59 Dnr Redovisning …", "1 Dnr. 2011/186 042" (title on the next line), "12 Dnr KS 2019/123 Budget":
  // a paragraph of a Swedish municipal protocol whose § sign a PDF lost, known by the case number after it.
  {
    // ("28 KS 2012/172 51 Remissvar …": the case number without "Dnr", the body's letters, year/number, an archive code.)
    re: /^(?:\p{Lu}[\p{L}]{0,4}\s+)?(\d{1,3})\s+(?:(?:\p{Lu}\p{Ll}{0,3}\s+\d{1,3}\s+)?Dnr\.?:?(?:\s+(?:\p{Lu}{1,5}\s+)?\d{2,4}(?:[/.-]\d+)*\/?(?:\s+\d{2,4})?)?|\p{Lu}{1,5}\s+(?:19|20)\d{2}\/\d{1,5}(?:\s+\d{1,4}(?:\.\d{1,3})*)?)(?:\s+(\p{Lu}.*))?$/u,
    sub: false,
  },
  // "21/21 Apologies", "123/2024 Budget": a minute numbered within its year (English councils).
  // (Not a day: "12/03 Kansliet …" has a month after the slash, a minute number has a year: 13 and over.)
  // ("26a/19 Cllr Robinson was elected …", "27b/19 Declarations of Interest": a lettered part of a minute.)
  { re: /^(\d{1,3}[a-h]?)\/(?:1[3-9]|[2-9]\d|(?:19|20)\d{2})\.?\s+(\p{Lu}.*)$/u, sub: false },
  // "2019/Res30 Approve …", "2023/R09 …": a resolution numbered within its year (year, slash, a short
  // prefix of letters, the number) — the minute references above with a prefix.
  { re: /^((?:19|20)\d{2}\/\p{L}{1,4}\s?\d{1,3})\.?\s+(\p{Lu}.*)$/u, sub: false },
  // "11.17/01 Apologies", "2021/17/11.1 Attendance": minute references of English councils
  // (month.year/number, year/day/month.number); two or more separators, one a slash.
  { re: /^(\d{1,4}(?=[\d./]*\/)(?:[./]\d{1,4}){2,3})\.?\s+(\p{Lu}.*)$/u, sub: false },
  // "24/ Pontus R ansöker om …": a case numbered with a slash and a space (not a day: "24/3").
  { re: /^(\d{1,3})\/\s+(\p{Lu}.*)$/u, sub: false },
  // "5 § Budget", "5 §. Budget" (not "7 § ströks …", a paragraph of the statutes named in a sentence).
  { re: /^(\d{1,3})\s*§\s*[.:]?(?:\s+([^\p{Ll}].*))?$/u, sub: false },
  // "Punkt 5 Budget", "Ärende 5: Budget", "Item 5. Budget", "Agenda item 5 – Budget".
  // ("Agenda Item #3 Finance": the number sign too; "Point 5. Budget", "Dagordningspunkt 5 Budget" the same way.)
  { re: /^(?:punkt|dagordningspunkt|ärende|item|agenda item|point|agenda point)\s+#?(\d{1,3}[a-h]?)(?!\s+(?:of|on|in|i|på|om)\s)\s*[.:)–-]?(?:\s+(.*))?$/iu, sub: false },
  // "F01:04/24 Receive apologies", "FC29/23 To note …": an English council's minute reference, its committee's letters first.
  { re: /^(\p{Lu}{1,3}\d{1,3}[:/]\d{2}(?:\/\d{2})?)\s+(\p{Lu}.*)$/u, sub: false },
  // "PC/21/045 Apologies", "FIN/2023/12 Budget": a minute reference, the committee's letters, the year, the number.
  { re: /^(\p{Lu}{1,6}\/\d{2,4}\/\d{1,4}(?:\.\d{1,2})?)\.?\s+(\p{Lu}.*)$/u, sub: false },
  // "Minute 45. Apologies", "Min. 12/21 Finance", "MINUTE NO. 7 – Planning": the minute named as one.
  { re: /^(?:[Mm]inute|MINUTE|[Mm]in\.|MIN\.)\s*(?:[Nn]o\.?\s*|NO\.?\s*)?(\d{1,4}(?:[./]\d{1,4})?[a-h]?)\s*[.:)–-]?\s+(\p{Lu}.*)$/u, sub: false },
  // "2307.01 Present", "2307.06 Parish Clerk Vacancy": a minute numbered within its meeting (year and month, then the item).
  { re: /^(\d{3,4}\.\d{2})\s+(\p{Lu}.*)$/u, sub: false },
  // "5.1 Budget", "1.1.1. Justerare": numbered sub-points, kept as their own items.
  { re: /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\p{Lu}.*)$/u, sub: false },
  // "1.2Directors’ Interest": a sub-point glued to its title, as a PDF writes it.
  { re: /^(\d{1,2}\.\d{1,2})(\p{Lu}\p{Ll}{2,}.*)$/u, sub: false },
  // "4:1 Ungdomskommittén", "4:2 Kappsegling": a sub-point numbered with a colon (one digit after it: "13:00" is a time).
  { re: /^(\d{1,2}:\d)\s+(\p{Lu}.*)$/u, sub: false },
  // "2a. Mötesordförande", "3a) Any other comments", "1.a Protokolljusterare": a numbered sub-point with a letter.
  { re: /^(\d{1,2}[a-h])[.)]?\s+(\p{Lu}.*)$/u, sub: false },
  { re: /^(\d{1,2}\.[a-h])[.)]?\s+(\p{Lu}.*)$/u, sub: false },
  // "1. Title", "1) Title", "1." alone. Not "1.5 miljoner" (no space) and not "15 oktober" (no dot).
  { re: /^(\d{1,2})[.)](?:\s+(.*))?$/u, sub: false },
  // "1 - Call to Order", "2 – Minutes": a dash between the number and its title.
  // (A title, not a page: "1 - SAMMANTRÄDESPROTOKOLL 1 (1) Plats och tid …" is a flattened page's head.)
  { re: /^(\d{1,2})\s+[-–—]\s+(\p{Lu}.{0,100})$/u, sub: false },
  // "(1) Call to Order", "(2) Minutes": the number in brackets.
  { re: /^\((\d{1,2})\)\s+(\p{Lu}.*)$/u, sub: false },
  // "1:Mötet öppnas", "3: Föregående mötes anteckningar" (a colon after the number; not "13:00").
  { re: /^(\d{1,2}):\s*(\p{Lu}.*)$/u, sub: false },
  // "1 / Minutes of the last meeting / Action": a table's row flattened with slashes between its cells.
  { re: /^(\d{1,2})\s+\/\s+(\p{Lu}[^/]{1,80}?)(?:\s+\/\s+\S.*)?$/u, sub: false },
  // "1 | Appointment of Chair |", "11.1 | To note …": a table's row, the number in its first cell.
  { re: /^(\d{1,2}(?:\.\d{1,2})?)\s*\|\s*(\p{L}[^|]*?)\s*\|?$/u, sub: false },
  // "1.PRESENT: Roy, Carol", "2.Apologies": a number glued to its title, as a PDF or a quick typist writes it
  // (a capital after the dot: not "1.5 miljoner").
  { re: /^(\d{1,2})\.(\p{Lu}\p{L}{2,}.*)$/u, sub: false },
  // "IV. Financial Reports", "II Introduce Guests" is not read (a sentence may open with "I").
  { re: /^((?=[IVX])X{0,2}(?:IX|IV|V?I{0,3}))\.\s+(\p{Lu}.*)$/u, sub: false },
  // "a) Title", "b. Title", "a.) Title": sub-items.
  { re: /^([a-z])(?:[.)]|\.\))\s+(\S.*)$/u, sub: true },
  // "A) Årsmöte", "B) GDPR": sub-items lettered in capitals, with a bracket (not "A. Berg", an initial).
  { re: /^([A-Z])\)\s+\)?\s*(\p{Lu}.*)$/u, sub: true },
];

/** Short words before a number that are no body's name: a word of a sentence ("At 12 Talbot Court"), a time, a page, a room, a month. */
export const NOT_A_BODY = /^(?:at|in|on|by|to|of|for|the|and|och|om|på|av|för|med|vid|per|ca|kl|sid|sida|page|nr|no|tel|rum|room|box|kap|mom|art|vecka|v|jan|feb|mar|mars|apr|april|maj|may|jun|juni|june|jul|juli|july|aug|sep|sept|okt|oct|nov|dec)$/iu;

/**
 * "Kf 78 ", "Ks 131 ", "Kf 79 04/66 ", "Kf 126 Ks 143 Dnr KS 2019/12 ": a paragraph of a protocol whose § sign the PDF
 * lost, known by its body's short name (group 1) and number (group 2), perhaps a second body's, and a case number.
 * (reflow.ts cuts flattened pages before it, structure.ts reads a line that opens with it; both only where the
 * same short name numbers two paragraphs or more, counting up, and never after NOT_A_BODY.)
 */
export const BODY_PARAGRAPH_HEAD = String.raw`(\p{Lu}\p{L}{0,4})\s+(\d{1,3})\s+(?:\p{Lu}\p{L}{0,4}\s+\d{1,3}\s+)?(?:(?:dnr\.?:?\s*)?(?:\p{Lu}{1,5}[\s/]*)?\d{2,4}[/:.-]\d{1,6}(?:[/:.-]\d{1,6})?\s+)?`;

/** Two numbers or more, each above the one before (by at most `maxStep`): a run of paragraphs, not chance. */
export function countsUp(numbers: number[], maxStep = Infinity): boolean {
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || (n > numbers[i - 1] && n - numbers[i - 1] <= maxStep));
}

/** "1 Attendance", "5 Treasurer Report": a bare number and a short capitalised title, no sentence. */
const BARE_NUMBER = /^(\d{1,2})\s+(\p{Lu}[^.!?]{1,70})$/u;
/** A month's name first: the bare number before it is a day. */
const MONTH_FIRST = /^(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:s|ch)?|apr(?:il)?|maj|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:usti|ust)?|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s|$)/iu;
/** A unit first: the bare number before it is an amount ("6 Mkr", "2,2 Mkr" in a table's column, "45 Timmar"). */
const UNIT_FIRST = /^(?:mkr|mnkr|mdkr|tkr|kr|kronor|sek|msek|tsek|eur|euro|miljoner|miljarder|procent|timmar|dagar|veckor|månader|kvm|km|ha)(?!\p{L})/iu;
/** A street after the number: "82 Bonhill Road, Dumbarton, G82 2DY", "12 Storgatan": an address, not an item. */
const ADDRESS =
  /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:Road|Street|Avenue|Lane|Drive|Crescent|Terrace|Place|Square|Court|Close|Gardens|Way|Rd|St|Ave)\b|^\p{Lu}\p{L}*(?:gatan|vägen|gränd|torget|backen|stigen|allén)\b|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b/u;
/** "## Beslut om budget", "== Budget" (Typst, AsciiDoc), "== Budget ==" (wiki): a marked-up heading is an unnumbered item. */
const MARKDOWN = /^(?:#{1,4}|={1,4})\s+(\S.*?)(?:\s+=+)?$/u;
/** A marked-up heading that is only a label inside an item ("=== Beslut", "### Decision"). */
// ("#### Conclusion/Resolution": two labels for one block.)
const LABEL_WORD = String.raw`(?:beslut|beslutet|förslag(?:\s+till\s+beslut)?|beslutsförslag|bakgrund|ärendet|diskussion|yrkanden?|decision|decisions|discussion|proposal|background|outcome|resolution|conclusions?|motion)`;
const LABEL_HEADING = new RegExp(`^${LABEL_WORD}(?:\\s*[/&]\\s*${LABEL_WORD})*\\s*:?$`, "iu");

/** Recognise the start of an item; null when the line is ordinary text. */
export function itemStart(raw: string): ItemStart | null {
  // "• 2a Budgetförslag 2023", "• 3. Ekonomi", "• 1: Anna valdes …": a bulleted agenda, the bullet is layout.
  const text = raw.replace(/^•\s*(?=\d{1,2}[a-h]?[.):]?\s+\p{Lu})/u, "");
  for (const { re, sub } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    // "6/3/2026 Mötet …" is a day, not a minute reference.
    if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/u.test(m[1])) continue;
    // ("§ 1 - Val av justerare": a dash between the number and the title is layout.)
    const title = (m[2] ?? "").trim().replace(/^[-–—]\s+(?=\p{Lu})/u, "");
    // "att godkänna …" after a number or letter is a clause of a decision list, not an item
    // ("§ 6 Att göra", a to-do list, is one).
    if (/^att\s/iu.test(title) && !TASK_LIST_TITLE.test(title)) return null;
    return { number: m[1], sub, title };
  }
  const bare = BARE_NUMBER.exec(text);
  // Not a count or an amount ("3 Ledamöter", "12 000 kr"): a word of letters first, at most eight words.
  // Nor a day ("17 November 2004", "3 Mars").
  if (bare && /^\p{Lu}\p{L}{2,}/u.test(bare[2]) && bare[2].split(/\s+/u).length <= 8 && !MONTH_FIRST.test(bare[2]) && !UNIT_FIRST.test(bare[2]) && !ADDRESS.test(bare[2])) {
    return { number: bare[1], sub: false, title: bare[2].trim() };
  }
  // "ITEM: Remaining payments", "Topic: Budget": an item labelled as one, with no number.
  const labelled = /^(?:[Ii]tem|ITEM|[Tt]opic|TOPIC|[Aa]genda item|[Ää]rende|[Pp]unkt)\s*:\s*(\p{Lu}[^.!?]{1,80})$/u.exec(text);
  if (labelled) return { number: null, sub: false, title: labelled[1].trim() };
  const md = MARKDOWN.exec(text);
  if (md && LABEL_HEADING.test(md[1].trim())) return null;
  // ("## 2. Annual report": the heading keeps its number.)
  if (md) {
    const numbered = /^(?:§\s*)?(\d{1,3})[.)]?\s+(.*)$/u.exec(md[1]);
    return numbered ? { number: numbered[1], sub: false, title: numbered[2].trim() } : { number: null, sub: false, title: md[1].trim() };
  }
  return null;
}

// Stage 1a: text copied out of a PDF often loses its line breaks: a whole page is
// one line ("… 3 Val av justeringspersoner att välja Anna Berg till justerare.
// 4 Dagordningens godkännande att godkänna dagordningen …"). Such lines (over
// 400 characters) are cut again where a new item or a decision clause begins:
//  - before "§ N";
//  - before "N Title", "N. Title", "N) Title" on the best run of numbers through the
//    whole text: the longest chain 1, 2, 3 … (a skipped number allowed) wins, so a
//    page number ("1 Styrelseprotokoll …" before "1 Mötets öppnande") or a postcode
//    does not start an item. A chain may start above 2 only at a heading in capitals
//    ("63 BILDANDE AV SAMORDNINGSFÖRBUNDET …", a paragraph whose § sign was lost);
//  - the title is cut where a new sentence starts without a full stop
//    ("1 Mötets öppnande Martin Björgell hälsar …" → "1 Mötets öppnande" / "Martin …"),
//    or where a heading in capitals ends;
//  - before an "att"-clause of a decision ("att välja …", "att godkänna …").
// Page furniture repeated on every page of such a text (the running head "RÄDDNINGSTJÄNSTEN
// SAMMANTRÄDESPROTOKOLL Sida 2(9)", the foot "Justerandes sign Utdragsbestyrkande") is taken
// out first: found by repetition, not by its words.
// Short lines are left alone, so ordinary minutes never pass through here.
import { DECIDING_WORD, INFINITIVES, TITLE_FUNCTION_WORD } from "./lexicon";
import { BODY_PARAGRAPH_HEAD, countsUp, itemStart, NOT_A_BODY } from "./numbering";
import type { Line } from "./types";

const LONG = 400;
/** Words that name the document itself ("Protokoll", "Anteckningar från …", "Minutes of …"). */
const TITLE_WORDS = /(?<!\p{L})(?:protokoll|sammanträdesprotokoll|minnesanteckningar|anteckningar|dagordning|kallelse|föredragningslista|minutes|agenda)(?!\p{L})/iu;
/** The items that open Swedish minutes: a number before one of them starts an item. */
const OPENING_ITEM = /^(?:val\s+av\s+(?:protokoll)?justera\p{L}*|fastställande\s+av\s+(?:dagordning|föredragningslista)\p{L}*|justering\s+av\s+protokoll\p{L}*|upprop|sammanträdets\s+öppnande|mötets\s+öppnande|öppnande(?:,|\s+och)|mötet\s+öppnas)/iu;
/** Once a document has such a line, its other long lines (a short last page) are cut too. */
const LONG_IN_FLAT = 200;
/** A PDF page's own mark first on its line: "3 3/17 ", "2 (21) ", "2 2(19 ". */
const PAGE_MARK_FIRST = /^\d{1,3}\s+(?:\d{1,3}\s*\/\s*\d{1,3}|\d{0,3}\s*\(\s*\d{1,3}\s*\)?)\s/u;
/** The infinitives of an att-clause of a decision: the lexicon's (one list for cutting and for reading). */
export const ATT_VERBS = INFINITIVES;
/** The labels of a municipal protocol's item that stand alone on their line before the page was flattened. */
const BLOCK_LABELS = "(?:Sammanfattning av ärendet|Beskrivning av ärendet|Ärendebeskrivning|Beslutsunderlag|Yrkanden|Propositionsordning|Expedieras till|Reservation(?:er)?|Protokollsanteckning)";
const CUT = new RegExp(
  `(?:^|\\s)(?:(§\\s*\\d{1,3})\\s+|(?<!(?:^|\\s)(?:v|v\\.|vecka|week|nr|sid|sidan|page|kl|kl\\.|ca|år|(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec)\\.?|[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)\\s)(?:\\d{1,2}:(?=[1-9]\\d?\\s))?([1-9]\\d{0,2})(?:[.)]?\\s+|:\\s*(?!\\d)))(?=\\p{Lu})|\\s(?=(?:Beslut|Förslag till beslut|Beslutsförslag|Yrkanden?|\\p{Lu}\\p{L}+\\s+(?:beslutar|beslutade|beslöt))\\s*:)|\\s(?=(?:Beslut|Förslag till beslut|Beslutsförslag|\\p{Lu}\\p{Ll}+s\\s+beslut)\\s+\\p{Lu}\\p{Ll}+(?:\\s+(?:\\p{Ll}[\\p{L}-]*|\\p{Lu}\\p{Ll}+|\\([A-ZÅÄÖ]{1,3}\\))){2})|\\s(?=att\\s+(?:med\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+)?(?:${ATT_VERBS})\\b)|\\s(?=${BLOCK_LABELS}\\s+\\p{Lu})|\\s(?=\\p{Lu}\\p{Ll}+s\\s+förslag\\s+till\\s+(?:beslut|\\p{Ll}+)\\s+\\p{Lu}\\p{Ll}+\\s+(?:beslutar|föreslås))|(?<=\\s${BLOCK_LABELS})\\s(?=\\p{Lu})`,
  "gu",
);

/** Labels in the head of a flattened first page, each the start of a line of its own. */
const HEAD_LABEL =
  /\s(?=(?:Närvarande|Beslutande|Ledamöter|Tjänstgörande ersättare|Ersättare|Övriga deltagare|Övriga närvarande|Frånvarande|Plats och tid|Tid och plats|Sammanträdesdatum|Utses att justera|Justerare|Justering|Attendees|Present|Absent)(?!\p{L}))/u;

/** `paged`: the number follows a page number ("Sammanträdesdatum 2 49 Val av …", "2017-05-17 3 27 Fritidsgårdsflytt"). */
type Candidate = { line: number; at: number; n: number; caps: boolean; dotted?: boolean; opening?: boolean; cased?: boolean; paged?: boolean };
/** A case number after the paragraph's number ("28 KS 2012/172 …", "12 Dnr 2019/123"): a municipal protocol's item, never a page number. */
// ("184 Au 192 Dnr 261/ Revidering …": the committee's own paragraph number between, "Ks 184 Au 192".)
const CASE_NUMBER = /^(?:(?:\p{Lu}\p{Ll}{0,3}\s+\d{1,3}\s+)?Dnr\.?:?\s|\p{Lu}{1,5}\s+(?:19|20)\d{2}\/\d{1,5}(?!\d))/u;

/** True when the words after a number start a heading written in capitals (three words or more). */
function capsHeading(words: string[]): boolean {
  let n = 0;
  for (const w of words) {
    const letters = w.replace(/[^\p{L}]/gu, "");
    if (letters.length === 0) continue;
    if (letters !== letters.toUpperCase() || letters.length < 2) break;
    n += 1;
  }
  return n >= 3;
}

/**
 * "§ 71/20 Uppföljning … § 72/20 Övriga informationsärenden § 73/20 Övriga frågor": a list of paragraphs
 * run together on one line (of any length), each the next number, is one line per paragraph.
 */
function splitParagraphRuns(input: Line[]): Line[] {
  return input.flatMap((line) => {
    const first = /^§\s*(\d{1,3})\b/u.exec(line.text);
    if (!first) return [line];
    let n = Number(first[1]);
    const cuts: number[] = [];
    for (const m of line.text.matchAll(/\s(§\s*(\d{1,3})(?:\/\d{2,4})?)\s+(?=\p{Lu})/gu)) {
      if (Number(m[2]) !== n + 1) continue;
      n += 1;
      cuts.push((m.index ?? 0) + 1);
    }
    if (cuts.length === 0) return [line];
    const bounds = [0, ...cuts, line.text.length];
    return bounds.slice(0, -1).map((from, k) => ({ ...line, text: line.text.slice(from, bounds[k + 1]).trim() }));
  });
}

/** A heading in capitals: "DAGORDNINGEN", "VAL AV PROTOKOLLJUSTERARE" (not "EU-medel" nor "KS beslutade"). */
const CAPS_HEAD = String.raw`(?:\p{Lu}{2,}[\s,]+\p{Lu}{2,}|\p{Lu}{4,})(?![\p{Ll}-])`;

/** "2. Val av ordförande …" or "2 DAGORDNINGEN …": the first item of a possible run on one line. */
const COUNTING_FIRST = new RegExp(`^(\\d{1,2})(?:([.)])\\s+\\p{Lu}|\\s+${CAPS_HEAD})`, "u");
/** "3 VAL AV PROTOKOLLJUSTERARE Gun … valdes …" → the number and heading, and the text. */
const CAPS_HEAD_AND_TEXT = /^(\d{1,2}\s+(?:\p{Lu}{2,}[\s,]+)*\p{Lu}{2,})\s+(?=\p{Lu}\p{Ll})/u;

/**
 * "2. Val av ordförande 3. Val av sekreterare": a line that starts item n and names item n + 1
 * further on, as a list pasted from a PDF runs its lines together. The next number in the count,
 * with its dot and a capital after it (or, with no dot, a heading in capitals), starts the next item,
 * whatever the line's length.
 */
function countingRuns(lines: Line[]): Line[] {
  let capsRun = false;
  const cut = lines.flatMap((line) => {
    // ("2 DAGORDNINGEN Förslaget … godkändes 3 VAL AV PROTOKOLLJUSTERARE …": with no dot, the headings are in capitals.)
    const first = COUNTING_FIRST.exec(line.text);
    if (!first) return [line];
    const after = first[2] ? "[.)]\\s+(?=\\p{Lu})" : `\\s+(?=${CAPS_HEAD})`;
    const pieces: string[] = [];
    let rest = line.text;
    for (let n = Number(first[1]) + 1; ; n++) {
      const next = new RegExp(`\\s${n}${after}`, "u").exec(rest);
      if (!next || next.index === 0) break;
      pieces.push(rest.slice(0, next.index).trim());
      rest = rest.slice(next.index).trim();
    }
    pieces.push(rest);
    if (!first[2] && pieces.length > 1) capsRun = true;
    return pieces.length === 1 ? [line] : pieces.map((text) => ({ ...line, text }));
  });
  // Where such a run was cut, every heading in capitals stands on its own line over its text ("1 MEDLEMSMÖTETS
  // ÖPPNADE" / "Vice ordförande …"). (Not otherwise: one "2 SKELLEFTEÅ KOMMUN …" is a page number over a running head.)
  if (!capsRun) return cut;
  return cut.flatMap((line) => {
    const head = CAPS_HEAD_AND_TEXT.exec(line.text);
    const text = head ? line.text.slice(head[0].length) : "";
    return head && text.split(/\s+/u).length >= 3 ? [{ ...line, text: head[1] }, { ...line, text }] : [line];
  });
}


/** "… Kf 79 04/66 Inkomna handlingar …": a body's short name and a paragraph number inside a line. */
const BODY_NUMBER = /(?:^|\s)(\p{Lu}\p{L}{0,4})\s+(\d{1,3})\s+(?=(?:dnr\b|\d{2,4}[/:.-]\d|\p{Lu}))/gu;

/**
 * "2 2 Kf 78 Kallelse Till detta … 3 3 Kf 79 04/66 Inkomna handlingar …": a flattened protocol whose § signs were
 * lost still names its body before each paragraph's number. Where the same short name comes before numbers that
 * count up (two or more, a step of at most three), the line is cut before each, whatever its length.
 */
function bodyParagraphRuns(lines: Line[]): Line[] {
  const byName = new Map<string, Array<{ line: Line; at: number; n: number }>>();
  for (const line of lines) {
    for (const m of line.text.matchAll(BODY_NUMBER)) {
      if (NOT_A_BODY.test(m[1])) continue;
      const at = (m.index ?? 0) + (m[0].startsWith(" ") ? 1 : 0);
      byName.set(m[1], [...(byName.get(m[1]) ?? []), { line, at, n: Number(m[2]) }]);
    }
  }
  const cuts = new Map<Line, number[]>();
  for (const found of byName.values()) {
    if (!countsUp(found.map((f) => f.n), 3)) continue;
    for (const f of found) if (f.at > 0) cuts.set(f.line, [...(cuts.get(f.line) ?? []), f.at]);
  }
  if (cuts.size === 0) return lines;
  const pieces = new Map<Line, string[]>();
  for (const [line, at] of cuts) {
    // ("Kf 126 Ks 143 Dnr …": the council's paragraph and the board's, one heading; no cut right after a cut.)
    const sorted = [...new Set(at)].sort((a, b) => a - b).filter((a, k, all) => k === 0 || a - all[k - 1] > 12);
    const bounds = [0, ...sorted, line.text.length];
    pieces.set(line, bounds.slice(0, -1).map((from, k) => line.text.slice(from, bounds[k + 1]).trim()));
  }
  // What stands before the first paragraph of a page is its running head ("2 Kommunfullmäktige", "3 Kommunfullmäktige"):
  // a fragment that, page number aside, opens two or more such lines is taken out.
  const head = (line: Line) => (cuts.get(line)?.includes(0) ? null : (pieces.get(line)?.[0] ?? null));
  const norm = (text: string) => text.replace(/\d+/gu, "#");
  const heads = new Map<string, number>();
  for (const line of pieces.keys()) {
    const h = head(line);
    if (h) heads.set(norm(h), (heads.get(norm(h)) ?? 0) + 1);
  }
  return lines.flatMap((line) => {
    const parts = pieces.get(line);
    if (!parts) return [line];
    const h = head(line);
    const kept = h !== null && (heads.get(norm(h)) ?? 0) >= 2 && h.split(/\s+/u).length <= 6 ? parts.slice(1) : parts;
    // Each paragraph's title stands on its own line over its text, as splitTitle cuts the items of a flattened page:
    // "Kf 78 Kallelse" / "Till detta sammanträde …".
    return kept
      .filter((text) => text !== "")
      .flatMap((text) => {
        const m = PARAGRAPH_HEAD.exec(text);
        if (!m || NOT_A_BODY.test(m[1])) return [text];
        const [title, ...rest] = splitTitle(`1 ${text.slice(m[0].length)}`);
        return rest.length > 0 ? [`${m[0]}${title.slice(2)}`, ...rest] : [text];
      })
      .map((text) => ({ ...line, text }));
  });
}

/** "Kf 79 04/66 ", "Ks 131 ": a paragraph's body, number and case number, before its title. */
const PARAGRAPH_HEAD = new RegExp(`^${BODY_PARAGRAPH_HEAD}`, "u");

export function reflow(original: Line[]): Line[] {
  const input = splitParagraphRuns(paragraphSigns(countingRuns(bodyParagraphRuns(original))));
  if (!input.some((l) => l.text.length > LONG)) return input;
  const pages = new Set<Line>();
  const lines = stripFurniture(input, pages);
  // A short last page is flat too when it carries the running head of the long ones ("3 Kommunstyrelsen [36] KS 137 …"),
  // or opens with the page mark they open with ("3 3/17 KFN 1 Föredragningslista …" after "1 1/17 Plats och tid …").
  const pageMarked = lines.some((l) => l.text.length > LONG && PAGE_MARK_FIRST.test(l.text));
  const flat = (line: Line) => line.text.length > LONG_IN_FLAT || pages.has(line) || (pageMarked && line.text.length > 60 && PAGE_MARK_FIRST.test(line.text));

  // Every place a number could start an item, in text order.
  const candidates: Candidate[] = [];
  const firstFlat = lines.findIndex((l) => l.text !== "");
  const fixed = new Map<number, number[]>();
  lines.forEach((line, index) => {
    if (!flat(line)) return;
    const cuts: number[] = [];
    for (const m of line.text.matchAll(CUT)) {
      const at = (m.index ?? 0) + (m[0].startsWith(" ") ? 1 : 0);
      if (m[2]) {
        const words = line.text.slice(at + m[0].trim().length).trim().split(/\s+/u);
        const first = (words[0] ?? "").replace(/[^\p{L}]/gu, "");
        const caps = capsHeading(words);
        // A running head ("2 SKELLEFTEÅ KOMMUN") is a page number and a short name in capitals.
        // ("1. ÖPPNING: Ordförande …" has the item's dot: a heading in capitals, not a running head.)
        if (!caps && /^\p{Lu}{3,}$/u.test(first) && first.length >= 4 && !/[.)]/u.test(m[0])) continue;
        // "1 RUS. Anteckningar från arbetsgruppens möte …" at the very start: a page number over the
        // document's own title, not item 1.
        if (index === firstFlat && at === 0 && TITLE_WORDS.test(words.slice(0, 4).join(" "))) continue;
        const opening = OPENING_ITEM.test(words.slice(0, 3).join(" "));
        const cased = CASE_NUMBER.test(words.join(" "));
        const pageBefore = /(?:^|\s)(\d{1,3})\s*$/u.exec(line.text.slice(0, at));
        const paged = !/[.)]/u.test(m[0]) && pageBefore !== null && Number(pageBefore[1]) < Number(m[2]);
        candidates.push({ line: index, at, n: Number(m[2]), caps, dotted: /[.)]/u.test(m[0]), opening, cased, paged });
        continue;
      }
      cuts.push(at);
    }
    fixed.set(index, cuts);
  });
  // Paragraphs of a year's protocol whose § sign was lost ("287 Inledning … 288 Kungörelse …
  // 289 Justering"): three-digit numbers one after the other, three or more, are no page numbers.
  // They count only where no run of item numbers (1, 2, 3 …) is found.
  const paragraphs = chainFrom(
    candidates.filter((c) => c.n >= 100),
    () => true,
  ).filter((c, i, run) => i === 0 || c.n - run[i - 1].n <= 2);
  const itemCandidates = candidates.filter((c) => c.n < 100);
  candidates.length = 0;
  candidates.push(...itemCandidates);
  const items = bestChain(candidates);
  // Two are enough when one opens a meeting the way Swedish protocols do ("106 Val av protokollsjusterare",
  // "KS 137 Fastställande av dagordning"): an excerpt of two paragraphs.
  // One is enough when a case number follows it ("Ks 184 Au 192 Dnr 261/ …"): an extract of one paragraph.
  const enough =
    paragraphs.length >= 3 ||
    (paragraphs.length === 2 && paragraphs.some((c) => c.opening)) ||
    (paragraphs.length >= 1 && paragraphs.every((c) => c.cased));
  // A paragraph known by its case number comes before a numbered list inside its text ("1. Förbundsordningen
  // revideras …" in the decision of "Ks 184 … Dnr"): the paragraphs are the items.
  const casedFirst = paragraphs.length > 0 && paragraphs.every((c) => c.cased) && (items.length === 0 || candidates.indexOf(paragraphs[0]) < candidates.indexOf(items[0]));
  // Each page opening with its number and a paragraph's ("2 26 Ekonomi …", "3 27 Fritidsgårdsflytt … 1. Planerad flytt …
  // 2. Hyresavtal …"): those paragraphs are the items, and a list inside one of them is its text.
  const pagedRun = chainFrom(
    candidates.filter((c) => c.paged),
    () => true,
  );
  const byPage = pagedRun.length >= 2 && pagedRun.length >= items.length;
  const chain = byPage ? pagedRun : (items.length < 2 || casedFirst) && enough ? paragraphs : items;
  // A list of contents and the minutes under it both count 1, 2, 3 …: the numbers start again
  // after (or before) the longest run. A second run of three or more starting at 1 or 2 is cut
  // too; structure.ts then tells the list from the items (markTableOfContents).
  const first = candidates.indexOf(chain[0]);
  const last = candidates.indexOf(chain[chain.length - 1]);
  const again = (chain === paragraphs ? [] : [bestChain(candidates.slice(last + 1)), bestChain(candidates.slice(0, Math.max(first, 0)))]).filter(
    // (two are enough when both carry their dot: "8 Nya ärenden 1. Årsmötet … 2. Jörgen …", sub-items;
    // or when "1 …" and "2 …" inside the text lead straight into the run: "1 Mötets öppnande … 2 Formalia
    // 1. Val av mötesordförande …", the top level over a numbered sub-list; page numbers open their line.)
    (run) =>
      (run.length >= 3 ||
        (run.length >= 2 && run.every((c) => c.dotted)) ||
        (run.length === 2 && run[1].n === 2 && run.every((c) => c.at > 0) && candidates.indexOf(run[1]) === first - 1)) &&
      // (or at the item that opens a meeting: the agenda "1. Mötets öppnande … 10." over the paragraphs
      // "77 Mötets öppnande … 81 …", which number on from the year's earlier meetings)
      (run[0].n <= 2 || (run.length >= 3 && run[0].opening)),
  );
  // The pages after a list of contents give its items again, each under its number and title ("3 Information från
  // polisen...5" in the list, "Dnr: - 3 Information från polisen Beslut …" on page 5): those are cut too, however few.
  const opening = (c: Candidate) =>
    lines[c.line].text
      .slice(c.at)
      .replace(/^(?:§\s*)?\d{1,3}[.)]?\s+/u, "")
      .split(/\s+/u)
      .slice(0, 3)
      .join(" ")
      .replace(/\.{2,}.*$/u, "")
      .toLowerCase();
  const listed = new Map(chain.map((c) => [c.n, opening(c)]));
  // (A list on one line runs into its next number, "17. Föregående protokoll 18. …": its entry's words stop there,
  // and the page's "17 Föregående protokoll att lägga …" begins with them.)
  const sameOpening = (a: string, b: string) => {
    const [x, y] = [a, b].map((t) => t.split(" ").filter((_, k, ws) => !ws.slice(0, k + 1).some((w) => /^\d/u.test(w))));
    const n = Math.min(x.length, y.length);
    return n >= 2 && x.slice(0, n).join(" ") === y.slice(0, n).join(" ");
  };
  const repeated = candidates.slice(last + 1).filter((c) => !chain.includes(c) && sameOpening(listed.get(c.n) ?? "", opening(c)));
  for (const c of [...chain, ...again.flat(), ...repeated]) fixed.get(c.line)?.push(c.at);
  for (const { line, at } of subItemRuns(lines, flat)) fixed.get(line)?.push(at);

  const out: Line[] = [];
  lines.forEach((line, index) => {
    if (!flat(line)) {
      out.push(line);
      return;
    }
    const text = line.text;
    const cuts = [...new Set(fixed.get(index) ?? [])].sort((a, b) => a - b);
    const bounds = [0, ...cuts.filter((c) => c > 0), text.length];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = text.slice(bounds[i], bounds[i + 1]).trim();
      if (piece === "") continue;
      // The text before the first cut is not an item ("1 PROTOKOLL 1 (42) …" is a page header).
      const atCut = i > 0 || cuts[0] === 0;
      if (!atCut) {
        // The head of the page: its page number goes, and its labels ("Närvarande", "Plats och tid",
        // "Utses att justera") start lines of their own, so the attendance never joins the title.
        const head = piece.replace(/^[1-9]\d?\s+(?=\p{Lu})/u, "");
        for (const part of head.split(HEAD_LABEL)) if (part.trim() !== "") out.push({ ...line, text: part.trim() });
        continue;
      }
      const [head, ...rest] = splitTitle(piece);
      const numbered = /^(?:§\s*)?(\d{1,3})(?:[.)]?\s+|:\s*(?=\p{Lu}))(.+)$/u.exec(head);
      // The cut says where an item starts, whatever the length of its title; the numbering
      // schemes read the title ("1 Dnr. 2011/186 042" has none: it is on the next line).
      const scheme = itemStart(head);
      const title = scheme && numbered && scheme.number === numbered[1] ? scheme.title : numbered?.[2] ?? "";
      out.push(numbered ? { ...line, text: head, start: { number: numbered[1], sub: false, title } } : { ...line, text: head });
      for (const part of rest) out.push({ ...line, text: part });
    }
  });
  return out;
}

/** "$1 Mötets öppnande", "$ 3. Mötet stadgeenliga utlysande": a § sign as OCR reads it. */
const DOLLAR_SIGN = /(^|\s)\$\s?(\d{1,3})\.?\s+(?=\p{Lu})/gu;

/**
 * "$1 Mötets öppnande … $2 Föregående protokoll …": OCR reads the § of a scanned protocol as "$".
 * Two or more "$N Title" in the document, N counting up, are paragraph signs, not amounts.
 */
function paragraphSigns(lines: Line[]): Line[] {
  if (!lines.some((line) => line.text.includes("$"))) return lines;
  // (A "$16" after a "§15" counts too: OCR reads some of a page's § signs right and some as "$".)
  const signs = lines.flatMap((line) =>
    [...line.text.matchAll(/(^|\s)([$§])\s?(\d{1,3})\.?\s+(?=\p{Lu})/gu)].map((m) => ({ n: Number(m[3]), dollar: m[2] === "$" })),
  );
  const counting = signs.filter((s, i) => s.dollar && i > 0 && s.n > signs[i - 1].n && s.n - signs[i - 1].n <= 2).length;
  if (counting === 0) return lines;
  return lines.map((line) => (line.text.includes("$") ? { ...line, text: line.text.replace(DOLLAR_SIGN, "$1§ $2 ") } : line));
}

/**
 * Sub-items run together in a flattened page: "a) Årsmötet öppnade … b) Upprättande … c) Val av …" or
 * "1.1 Mötets öppnande … 1.3 Val av mötessekreterare … 1.4 …". Three or more in order (a letter
 * after the letter before; a decimal one or two after the one before, under the same number) are cut,
 * and so are two or more cases numbered with a slash in a row ("24/ …", "055/2013 …").
 */
function subItemRuns(lines: Line[], flat: (line: Line) => boolean): Array<{ line: number; at: number }> {
  type Mark = { line: number; at: number; key: string; n: number };
  const lettered: Mark[] = [];
  const decimal: Mark[] = [];
  lines.forEach((line, index) => {
    if (!flat(line)) return;
    for (const m of line.text.matchAll(/(?:^|\s)([a-h])\)\s+(?=\p{Lu})/gu)) {
      lettered.push({ line: index, at: (m.index ?? 0) + (m[0].startsWith(" ") ? 1 : 0), key: "", n: m[1].charCodeAt(0) - 96 });
    }
    // ("1.a Protokolljusterare 1.b Anmälan …": a letter after the dot counts like a number.)
    for (const m of line.text.matchAll(/(?:^|\s)(\d{1,2})\.(\d{1,2}|[a-h])\.?\s+(?=\p{Lu})/gu)) {
      const n = /\d/u.test(m[2]) ? Number(m[2]) : m[2].charCodeAt(0) - 96;
      decimal.push({ line: index, at: (m.index ?? 0) + (m[0].startsWith(" ") ? 1 : 0), key: `${m[1]}${/\d/u.test(m[2]) ? "" : "a"}`, n });
    }
  });
  const runs = (marks: Mark[], maxStep: number) => {
    const out: Mark[] = [];
    let run: Mark[] = [];
    // Three in order: two ("a) … b) …") are as often a list inside an item's text.
    const close = () => {
      if (run.length >= 3) out.push(...run);
      run = [];
    };
    for (const mark of marks) {
      const last = run[run.length - 1];
      if (last && mark.key === last.key && mark.n > last.n && mark.n - last.n <= maxStep) run.push(mark);
      else {
        close();
        run = [mark];
      }
    }
    close();
    return out;
  };
  // Cases numbered with a slash ("24/ Pontus R ansöker om … 25/ Björn R ansöker …"): two or more in a row.
  const cases: Array<{ line: number; at: number }> = [];
  lines.forEach((line, index) => {
    if (!flat(line)) return;
    const found = [...line.text.matchAll(/(?:^|\s)(\d{1,3})\/\s+(?=\p{Lu})/gu)].map((m) => ({
      line: index,
      at: (m.index ?? 0) + (m[0].startsWith(" ") ? 1 : 0),
      n: Number(m[1]),
    }));
    const run = found.filter((c, k) => found[k + 1]?.n === c.n + 1 || found[k - 1]?.n === c.n - 1);
    if (run.length >= 2) cases.push(...run);
    // Minutes numbered within the year ("055/2013 Members' Declarations … 056/2013 Apologies …"): two or more in a row.
    const minutes = [...line.text.matchAll(/(?:^|\s)(\d{1,3})\/(?:(?:19|20)\d{2}|1[3-9]|[2-9]\d)\s+(?=\p{Lu})/gu)].map((m) => ({
      line: index,
      at: (m.index ?? 0) + (m[0].startsWith(" ") ? 1 : 0),
      n: Number(m[1]),
    }));
    cases.push(...minutes.filter((c, k) => minutes[k + 1]?.n === c.n + 1 || minutes[k - 1]?.n === c.n - 1));
  });
  return [...runs(lettered, 1), ...runs(decimal, 2), ...cases];
}

/**
 * The longest run of item numbers through the text: each next number is one or two
 * above the one before. A run starts at 1 or 2, at a heading in capitals or at "36.". On a tie
 * the later place wins (a page number comes before the item it looks like).
 */
function bestChain(candidates: Candidate[]): Candidate[] {
  // (or at a number with its dot, "36. Val av justerare …": a § number the PDF lost).
  // (or at an item that opens a Swedish meeting, "17 UPPROP", "8 Öppnande, dagordning, justering":
  // an excerpt whose numbers go on from the year's earlier meetings).
  const usual = chainFrom(candidates, (c) => c.n <= 2 || c.caps || c.dotted === true || c.cased === true);
  const chain = usual;
  // Paragraphs numbered on from an earlier meeting ("49 Aktivitetspark Mantorp … 50 Snälla väggen …
  // 59 Information"): five or more numbers in a row make a run wherever they start; page numbers
  // stand a page apart and never run that long.
  const free = chainFrom(candidates, () => true);
  if (free.length >= 5 && free.length > chain.length + 2) return free;
  return chain.length >= 2 ? chain : chainFrom(candidates, (c) => c.n <= 2 || c.caps || c.dotted === true || c.opening === true);
}

function chainFrom(candidates: Candidate[], canStart: (c: Candidate) => boolean): Candidate[] {
  const length: number[] = [];
  const previous: number[] = [];
  // The longest chain so far ending at each number, the latest on a tie: a chain goes on from
  // the number one or two below, so each candidate looks at two entries, not at all before it.
  const bestAt = new Map<number, number>();
  candidates.forEach((c, i) => {
    length[i] = canStart(c) ? 1 : 0;
    previous[i] = -1;
    const before = [bestAt.get(c.n - 2), bestAt.get(c.n - 1)].filter((j): j is number => j !== undefined).sort((a, b) => a - b);
    for (const j of before) {
      if (length[j] + 1 >= length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
    const held = bestAt.get(c.n);
    if (length[i] > 0 && (held === undefined || length[i] >= length[held])) bestAt.set(c.n, i);
  });
  let end = -1;
  length.forEach((l, i) => {
    if (l > 0 && (end < 0 || l >= length[end])) end = i;
  });
  const chain: Candidate[] = [];
  for (let i = end; i >= 0; i = previous[i]) chain.unshift(candidates[i]);
  return chain;
}

/** "1 Mötets öppnande Martin Björgell hälsar …" → ["1 Mötets öppnande", "Martin Björgell hälsar …"]. */
function splitTitle(piece: string): string[] {
  // (A sub-item cut out of a run has its title too: "b) Val av justerare Till justerare valdes …".)
  // ("9:1 Öppnande …": the item within the meeting's own number.)
  const m = /^((?:§\s*)?(?:\d{1,3}(?:\.(?:\d{1,2}|[a-h]))?[.)]?|\d{1,2}:\d{1,2}|[a-h]\)))\s+(.*)$/u.exec(piece);
  if (!m) return [piece];
  const words = m[2].split(/\s+/u);
  const isCaps = (w: string) => {
    const letters = w.replace(/[^\p{L}]/gu, "");
    return letters.length >= 2 && letters === letters.toUpperCase();
  };
  // "63 BILDANDE AV … NORRA BOHUSLÄN Dnr: LKS Vid sitt …": the heading is the words in capitals.
  if (capsHeading(words)) {
    const end = words.findIndex((w) => !isCaps(w) && /\p{L}/u.test(w));
    if (end > 0) return [`${m[1]} ${words.slice(0, end).join(" ")}`, words.slice(end).join(" ")];
  }
  let name = -1; // a capitalised word kept in the title after a function word ("i Västervik")
  // A one-word title before a sentence that opens with a capitalised word: "Lägesrunda Styrelsen körde …",
  // "Öppnande Linda Holm förklarade mötet öppnat" (the subject and then a word in lower case, a name between; not
  // "Information Kommunstyrelsen och nämnderna", a function word after the capital: that may be the title going on).
  const opensSentence = (k: number) => /^\p{Lu}\p{Ll}/u.test(words[k] ?? "") && (/^\p{Ll}/u.test(words[k + 1] ?? "") || (/^\p{Lu}\p{Ll}/u.test(words[k + 1] ?? "") && /^\p{Ll}/u.test(words[k + 2] ?? "")));
  if (/^\p{Lu}\p{Ll}{4,}$/u.test(words[0] ?? "") && opensSentence(1) && !TITLE_FUNCTION_WORD.test(words[2] ?? "")) return [`${m[1]} ${words[0]}`, words.slice(1).join(" ")];
  for (let i = 1; i < Math.min(words.length, 24); i++) {
    const before = words[i - 1];
    // Not after a function word: "Chairman of the Board", "Ansökan från Trafikkontoret", "Fiskaretorget i Västervik";
    // the capital after such a name starts the text again ("… i Västervik Texten …").
    const functionWord = TITLE_FUNCTION_WORD.test(before);
    if (/^\p{Lu}/u.test(words[i]) && functionWord) {
      name = i;
      continue;
    }
    if (/^\p{Lu}/u.test(words[i]) && (!/^\p{Lu}/u.test(before) || name === i - 1) && !/^(?:att)$/u.test(words[i])) {
      return [`${m[1]} ${words.slice(0, i).join(" ")}`, words.slice(i).join(" ")];
    }
    if (/^att$/u.test(words[i]) && new RegExp(`^(?:${ATT_VERBS}|med)$`, "u").test(words[i + 1] ?? "")) return [`${m[1]} ${words.slice(0, i).join(" ")}`, words.slice(i).join(" ")];
  }
  return [piece];
}

/**
 * For each sequence, the most leading words it shares with any other. Sorted, a sequence
 * shares the most with a neighbour, so the lines are compared with two others, not with all.
 */
function longestShared(seqs: string[][]): number[] {
  const common = (a: string[], b: string[]) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return n;
  };
  const order = seqs.map((_, k) => k).sort((x, y) => {
    const a = seqs[x];
    const b = seqs[y];
    const n = common(a, b);
    if (n < a.length && n < b.length) return a[n] < b[n] ? -1 : 1;
    return a.length - b.length;
  });
  const best = seqs.map(() => 0);
  for (let i = 1; i < order.length; i++) {
    const n = common(seqs[order[i - 1]], seqs[order[i]]);
    best[order[i - 1]] = Math.max(best[order[i - 1]], n);
    best[order[i]] = Math.max(best[order[i]], n);
  }
  return best;
}

/**
 * Running heads and feet of a flattened PDF: a run of words (with every digit read as
 * one) that begins or ends two or more of its long lines, or a short line that recurs
 * three times or more, is taken out. What is left keeps its line number.
 */
function stripFurniture(lines: Line[], pages: Set<Line> = new Set()): Line[] {
  // A page number or a "Sida 2(9)", "(40)" differs from page to page; an item number ("Kfn 59") does not count as furniture.
  const norm = (w: string, i: number) => (i === 0 || /[()/]/u.test(w) ? w.replace(/\d+/gu, "#") : w);
  const long = lines.filter((l) => l.text.length > LONG_IN_FLAT);
  // Shorter pages that open with a page number ("3 Kommunstyrelsen [36] KS 137 …", a short last page).
  const numberedPages = lines.filter((l) => l.text.length > 60 && l.text.length <= LONG_IN_FLAT && /^\d{1,3}(?:\s*\(\d{1,3}\))?\s/u.test(l.text));
  if (long.length + numberedPages.length < 2) return lines;
  const words = new Map(long.map((l) => [l, l.text.split(/\s+/u)]));
  const heads = (seqs: string[][]) => longestShared(seqs.map((w) => w.map(norm)));
  const tails = (seqs: string[][]) => longestShared(seqs.map((w) => w.map((x) => norm(x, 1)).reverse()));
  // A shorter line that begins with a page number and the long lines' running head is a page of its own.
  const pool = [...long, ...numberedPages].map((l) => ({ l, w: l.text.split(/\s+/u) }));
  const poolHeads = heads(pool.map((p) => p.w));
  pool.forEach(({ l: line, w: own }, k) => {
    if (words.has(line)) return;
    const shared = poolHeads[k];
    if (shared >= 2 && own.slice(0, shared).some((w) => /\p{L}{2,}/u.test(w))) words.set(line, own);
  });
  if (words.size < 2) return lines;
  const entries = [...words];
  const headOf = heads(entries.map(([, w]) => w));
  const tailOf = tails(entries.map(([, w]) => w));
  const at = new Map(entries.map(([line], k) => [line, k]));
  return lines.map((line) => {
    const own = words.get(line);
    if (!own) return line;
    const k = at.get(line) as number;
    const head = headOf[k];
    const tail = tailOf[k];
    // A shared head of one word is a page number at most; keep the numbers' own logic for it.
    // Furniture has words: "2 1. Mötets …" and "3 1. ÖPPNING …" share only numbers (page, then item 1).
    const wordy = (ws: string[]) => ws.some((w) => /\p{L}{2,}/u.test(w));
    // Two items that begin alike ("11.17/02 Minutes of a meeting of … held on" twice) are not a
    // running head: a line that starts with an item's number keeps its beginning.
    // Nor are the entries of a bulleted list that begin alike ("• Att godkänna …", "• Att lämna …").
    // ("Att ändra i ett dokument som heter …" twice: the "att" clauses of a list of decisions, too.)
    const itemFirst = /^(?:§\s*\d|\d+(?:[./]\d+)+\s|\d+[.)]\s|•|Att\s)/u.test(line.text);
    // Nor are paragraphs that open alike with a decision ("Kommunstyrelsen beslutade att …" twice on a news page).
    const decides = DECIDING_WORD.test(own.slice(0, head).join(" "));
    const from = head >= 2 && wordy(own.slice(0, head)) && !itemFirst && !decides ? head : 0;
    const to = tail >= 2 && wordy(own.slice(own.length - tail)) ? own.length - tail : own.length;
    if (from === 0 && to === own.length) return line;
    if (to <= from) return line;
    const page = { ...line, text: own.slice(from, to).join(" ") };
    // (A page stays flat once its furniture is gone, however short it has become.)
    pages.add(page);
    return page;
  });
}

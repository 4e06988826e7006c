// Stage 1a: text copied out of a PDF often loses its line breaks: a whole page is
// one line ("… 3 Val av justeringspersoner att välja Anna Berg till justerare.
// 4 Dagordningens godkännande att godkänna dagordningen …"). Such lines (over
// 400 characters) are cut again where a new item or a decision clause begins:
//  - before "§ N";
//  - before "N Title" when N continues the numbering seen so far (1, 2, 3 …; a
//    skipped number is allowed, a page number or a postcode is not), and the
//    title is cut where a new sentence starts without a full stop
//    ("1 Mötets öppnande Martin Björgell hälsar …" → "1 Mötets öppnande" / "Martin …");
//  - before an "att"-clause of a decision ("att välja …", "att godkänna …").
// Short lines are left alone, so ordinary minutes never pass through here.
import type { Line } from "./types";

const LONG = 400;
/** Once a document has such a line, its other long lines (a short last page) are cut too. */
const LONG_IN_FLAT = 200;
const ATT_VERBS =
  "välja|godkänna|fastställa|fastslå|anta|lägga|uppdra|ge|bevilja|bekräfta|avslå|bordlägga|återremittera|utse|notera|tacka|delegera|adjungera|överlämna|föreslå|ställa";
const CUT = new RegExp(`(?:^|\\s)(?:(§\\s*\\d{1,3})|([1-9]\\d?))\\s+(?=\\p{Lu})|\\s(?=att\\s+(?:med\\s+\\p{L}+\\s+)?(?:${ATT_VERBS})\\b)`, "gu");

export function reflow(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.length > LONG)) return lines;
  const out: Line[] = [];
  let last = 0;
  for (const line of lines) {
    if (line.text.length <= LONG_IN_FLAT) {
      out.push(line);
      continue;
    }
    const text = line.text;
    const cuts: number[] = [];
    for (const m of text.matchAll(CUT)) {
      const at = (m.index ?? 0) + (m[0].startsWith(" ") ? 1 : 0);
      if (m[1]) {
        cuts.push(at);
        continue;
      }
      if (m[2]) {
        const n = Number(m[2]);
        const next = text.slice(at + m[2].length).trim().split(/\s+/u)[0] ?? "";
        // A page header ("2 SKELLEFTEÅ KOMMUN") is in capitals; an item continues the count.
        if (/^\p{Lu}{3,}$/u.test(next.replace(/[^\p{L}]/gu, "")) && next.length >= 4) continue;
        const continues = last === 0 ? n <= 2 : n > last && n <= last + 2;
        if (!continues) continue;
        last = n;
        cuts.push(at);
        continue;
      }
      cuts.push(at);
    }
    const bounds = [0, ...cuts.filter((c) => c > 0), text.length];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = text.slice(bounds[i], bounds[i + 1]).trim();
      if (piece === "") continue;
      // The text before the first cut is not an item ("1 PROTOKOLL 1 (42) …" is a page header).
      const atCut = i > 0 || cuts[0] === 0;
      if (!atCut) {
        out.push({ ...line, text: piece.replace(/^[1-9]\d?\s+(?=\p{Lu}{3,})/u, "") });
        continue;
      }
      const [head, ...rest] = splitTitle(piece);
      const numbered = /^(?:§\s*)?(\d{1,3})\s+(.+)$/u.exec(head);
      // The cut says where an item starts, whatever the length of its title.
      out.push(numbered ? { ...line, text: head, start: { number: numbered[1], sub: false, title: numbered[2] } } : { ...line, text: head });
      for (const part of rest) out.push({ ...line, text: part });
    }
  }
  return out;
}

/** "1 Mötets öppnande Martin Björgell hälsar …" → ["1 Mötets öppnande", "Martin Björgell hälsar …"]. */
function splitTitle(piece: string): string[] {
  const m = /^((?:§\s*)?\d{1,3})\s+(.*)$/u.exec(piece);
  if (!m) return [piece];
  const words = m[2].split(/\s+/u);
  for (let i = 1; i < Math.min(words.length, 24); i++) {
    const before = words[i - 1];
    if (/^\p{Lu}/u.test(words[i]) && !/^\p{Lu}/u.test(before) && !/^(?:att)$/u.test(words[i])) {
      return [`${m[1]} ${words.slice(0, i).join(" ")}`, words.slice(i).join(" ")];
    }
    if (/^att$/u.test(words[i]) && new RegExp(`^(?:${ATT_VERBS})$`, "u").test(words[i + 1] ?? "")) return [`${m[1]} ${words.slice(0, i).join(" ")}`, words.slice(i).join(" ")];
  }
  return [piece];
}

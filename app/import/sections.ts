// Stage 2: lines → header, sections, footer.
// A section starts at a heading line ("Beslutspunkter", "Rapporter", "Övriga
// frågor" …). Lines before the first heading or numbered item are the header
// (title, date, attendance); lines from "Vid protokollet", "Justeras", "Nästa
// möte: …" on are the footer. Items are found inside sections by items.ts.
import { itemStart, type ItemStart } from "./numbering";
import type { Line, SectionKind } from "./types";

export type Section = {
  /** Null for an unnamed run of items (no heading) or a neutral heading ("Dagordning"). */
  kind: SectionKind | null;
  heading: Line | null;
  lines: Line[];
};

export type SplitDocument = {
  header: Line[];
  sections: Section[];
  footer: Line[];
};

/**
 * Section headings, matched against the whole line (without a leading "A." or
 * "II." and a trailing colon), so a sentence that merely mentions "rapporter"
 * is never a heading. "Beslut" alone is not here: inside an item it is a label.
 */
const HEADINGS: Array<[RegExp, SectionKind | null]> = [
  [/^(?:beslutspunkter|beslutsärenden|beslutsfrågor|ärenden för beslut|för beslut)$/iu, "decision"],
  [/^(?:rapporter|rapportpunkter|rapportärenden|återrapporter(?:ing)?|lägesrapporter)$/iu, "report"],
  [/^(?:informationsärenden|informationspunkter|information|för information|anmälningsärenden|meddelanden)$/iu, "information"],
  [/^(?:per[ -]capsulam[- ]?beslut(?:en)?|beslut per capsulam|per[ -]capsulam)$/iu, "per_capsulam"],
  [/^(?:övriga frågor|övrigt|övriga ärenden)$/iu, "other"],
  // Neutral headings: they open the list of items but say nothing of its kind.
  [/^(?:dagordning|föredragningslista|ärenden|ärendelista|förslag till dagordning|behandlade ärenden)$/iu, null],
];

/** Optional "A." / "B)" / "II." before a heading word. */
const HEADING_PREFIX = /^(?:[A-H]|[IVX]{1,4})[.)]\s+/u;

/** Where the signatures and closing notes begin. */
const FOOTER =
  /^(?:vid protokollet|justeras|justerat|justerandes signatur|underskrifter|mötet avslutades|mötet avslutas|protokollet justeras|nästa möte|nästa sammanträde|anmäl förhinder|förhinder anmäls|välkomna|välkommen|varmt välkomna)(?![\p{L}])/iu;
/** A signature line: the role alone or with a name ("Ordförande: Eva Lind"), not a sentence. */
const SIGNATURE = /^(?:[Ss]ekreterare|[Oo]rdförande|[Jj]usterare)\s*:?\s*(?:[\p{Lu}][\p{L}\-]+\s*){0,3}$/u;

/** The kind of heading this line is, or undefined when it is not a heading. */
export function headingKind(text: string): SectionKind | null | undefined {
  const bare = text.replace(HEADING_PREFIX, "").replace(/\s*[:.]$/u, "").trim();
  if (bare.length === 0 || bare.length > 40) return undefined;
  for (const [re, kind] of HEADINGS) if (re.test(bare)) return kind;
  return undefined;
}

export function isFooterLine(text: string): boolean {
  return FOOTER.test(text) || SIGNATURE.test(text);
}

export function splitSections(lines: Line[]): SplitDocument {
  const header: Line[] = [];
  const sections: Section[] = [];
  const footer: Line[] = [];
  let current: Section | null = null;
  // The footer comes after the last item: "Justerare: Anna Berg" among an agenda's preliminaries, or
  // "Justerandes signatur" at the foot of page 1 of a longer protocol, is not the end of the minutes.
  let lastItem = -1;
  lines.forEach((line, i) => {
    if (line.text !== "" && startOf(line)?.number != null) lastItem = i;
  });

  let previous: Line | null = null;
  for (const [index, line] of lines.entries()) {
    if (footer.length > 0) {
      footer.push(line);
      continue;
    }
    // A title given its number by structure.ts (a number column printed apart) is an item, even
    // when its words name a section or the footer ("12.5" → "Nästa möte", "12.6" → "Rapportering").
    const numberedTitle = line.start !== undefined && line.start !== null && line.start.number !== null && !/^\S*\d/u.test(line.text);
    // An entry of a table of contents ("Övriga frågor", "Mötet avslutas" listed before the minutes) is
    // neither a section heading nor the footer: the minutes come after it.
    // ("4 §" / "Övriga frågor": under a number alone on its line, a heading's words are that item's title.)
    const underBareNumber = previous?.start?.number != null && previous.start.title === "" && !previous.start.sub;
    const kind = line.text === "" || numberedTitle || line.toc || underBareNumber ? undefined : headingKind(line.text);
    if (line.text !== "") previous = line;
    // A neutral heading ("Dagordning") before the first item is part of the head.
    if (kind === null && current === null) {
      header.push(line);
      continue;
    }
    if (kind !== undefined) {
      current = { kind, heading: line, lines: [] };
      sections.push(current);
      continue;
    }
    if (current === null) {
      if (line.text !== "" && startOf(line) !== null) {
        current = { kind: null, heading: null, lines: [line] };
        sections.push(current);
      } else {
        header.push(line);
      }
      continue;
    }
    if (line.text !== "" && !numberedTitle && !line.toc && index > lastItem && isFooterLine(line.text)) {
      footer.push(line);
      continue;
    }
    current.lines.push(line);
  }
  return { header, sections, footer };
}

/** Where an item starts on this line: as marked by structure.ts, else by its numbering alone. */
export function startOf(line: Line): ItemStart | null {
  if (line.start !== undefined) return line.start;
  return line.text === "" ? null : itemStart(line.text);
}

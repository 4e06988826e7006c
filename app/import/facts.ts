// The meeting's own facts, read from the head and the items: the organisation,
// who attended, who checks the minutes (justerare), and the § range.
// Attendance lines are never the meeting's title (structure.ts marks them).
import type { Line, ParsedItem } from "./types";

export type MeetingFacts = {
  /** The body whose meeting it is: "Kommunstyrelsen", "Python Software Foundation", "Piratpartiets styrelse". */
  organisation: string | null;
  /** Names from the attendance lists, as written ("Anna Berg (S)", "Mr. Ken Coar"). */
  attendance: string[];
  /** Who checks (justerar) the minutes. */
  checkers: string[];
  /** "§§ 130–143": the first and last paragraph, from the text or the items. */
  paragraphs: { from: number; to: number } | null;
};

const BODY =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}-]*\s+)?(?:kommunstyrelsen?s?|kommunfullmäktige|regionstyrelsen|\p{L}*nämnd(?:en)?s?|\p{L}*utskott(?:et)?s?|\p{L}*styrelse(?:n)?s?|styrgrupp(?:en)?s?|\p{L}*förbund(?:et)?s?|delegationen|kommittén|direktionen|\p{L}*rådet)(?:\s+(?:i|för)\s+\p{Lu}[\p{L}-]+(?:\s+\p{L}+)?)?(?![\p{L}])/u;
const EN_BODY = /(?:The\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,4})\s*(?:\("[^"]+"\)\s*)?(?:Board of Directors|Board|Council|Committee|Foundation)/u;

export function readFacts(head: Line[], all: Line[], items: ParsedItem[]): MeetingFacts {
  return {
    organisation: organisationOf(head),
    attendance: attendanceOf(all),
    checkers: checkersOf(all),
    paragraphs: paragraphsOf(all, items),
  };
}

function organisationOf(head: Line[]): string | null {
  for (const line of head) {
    if (line.attendance || line.text === "") continue;
    const sv = BODY.exec(line.text);
    if (sv) return sv[0].replace(/^(?:protokoll|kallelse|från|med)\s+/iu, "").trim();
    const en = /(?:of|for)\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,4})/u.exec(line.text);
    if (en && /foundation|initiative|council|committee|board|society|association/iu.test(en[1])) return en[1];
    const board = EN_BODY.exec(line.text);
    if (board) return board[0].replace(/^The\s+/u, "").trim();
  }
  return null;
}

const LABEL = /^(?:närvarande(?:\s+\p{L}+){0,3}|beslutande(?:\s+ledamöter)?|ledamöter|ersättare|deltagare|övriga deltagare|attendees|attendance|present|board members|in attendance)\s*(?:var|voro|were)?\s*:?\s*/iu;

/** A pointer to a list kept elsewhere: "Se närvarolista", "bilaga 1", "enligt bilaga", "see attached list". */
const ELSEWHERE = /^(?:se|enligt|see|as\s+per)\s|^(?:bilaga|närvarolista|attached|appendix)(?!\p{L})/iu;

function attendanceOf(lines: Line[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    if (!line.attendance) continue;
    const text = line.text.replace(LABEL, "").replace(/^(?:\d{1,2}[.)]|•)\s*/u, "");
    if (/^(?:frånvarande|absent|sent regrets|regrets|expected)/iu.test(line.text)) continue;
    // "Anna Berg, Per Holm och Eva Lind" are three; "Mr. Per Holm, Treasurer" is one with a role.
    const parts = text.split(/\s*[,;]\s*(?=\p{Lu})|\s+och\s+(?=\p{Lu})/u);
    const several = parts.length > 1 && parts.every((p) => /^(?:(?:[Mm]r|[Mm]s|[Mm]rs|[Dd]r)\.?\s+)?\p{Lu}\S*\s+\p{Lu}/u.test(p.trim()));
    for (const part of several ? parts : [text]) {
      const name = part.trim().replace(/[.:]$/u, "");
      // ("Beslutande: Se närvarolista, bilaga 1": where the names are, not a name.)
      if (/^\p{Lu}/u.test(name) && name.length <= 80 && !LABEL.test(name) && !ELSEWHERE.test(name)) names.push(name);
    }
  }
  return [...new Set(names)];
}

const CHECKER_PATTERNS: RegExp[] = [
  /^(?:justerare|justerande|utses att justera|justeringsperson(?:er)?)\s*:?\s+(.+)$/iu,
  /^(?:till\s+)?(?:justerare|justeringsm[äa]n|justeringspersoner)\s+valdes\s+(.+?)\.?$/iu,
  /^(?:mötet\s+valde\s+)?(.+?)\s+(?:valdes|väljs|utses)\s+(?:till\s+)?(?:att\s+)?(?:justera|justerare|justeringsperson(?:er)?|justeringsman|protokolljusterare)\b/iu,
  /^mötet\s+(?:valde|väljer)\s+(.+?)\s+till\s+(?:justerare|justeringsperson(?:er)?|justeringsman)\b/iu,
  /^att\s+välja\s+(.+?)\s+till\s+(?:justerare|justeringsperson(?:er)?|justeringsman)\b/iu,
];

function checkersOf(lines: Line[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    // ("Förslag: Per Lind och Eva Ek väljs till protokolljusterare." / "Beslut: Enligt förslag.": the label is no name.)
    const text = line.text.replace(/^•\s*/u, "").replace(/^(?:förslag|beslut|decision|proposal)\s*:\s*/iu, "");
    for (const re of CHECKER_PATTERNS) {
      const m = re.exec(text);
      if (!m) continue;
      for (const name of m[1].split(/\s*,\s*|\s+och\s+|\s+samt\s+/u)) {
        const clean = name.replace(/\s+(?:med|som)\s+.*$/u, "").replace(/\s*\([^)]*\)\s*$/u, "").trim();
        if (/^\p{Lu}/u.test(clean) && clean.split(/\s+/u).length <= 5) out.push(clean);
      }
      break;
    }
  }
  return [...new Set(out)];
}

function paragraphsOf(lines: Line[], items: ParsedItem[]): { from: number; to: number } | null {
  for (const label of [/paragrafer\s*(?:§§\s*)?/iu, /§§\s*/u]) {
    for (const line of lines) {
      const m = new RegExp(`${label.source}(\\d{1,4})\\s*[-–]\\s*(\\d{1,4})`, "iu").exec(line.text);
      if (m && Number(m[2]) >= Number(m[1])) return { from: Number(m[1]), to: Number(m[2]) };
    }
  }
  const numbers = items.filter((i) => /§/u.test(i.source.text) && i.number && /^\d+$/u.test(i.number)).map((i) => Number(i.number));
  return numbers.length > 0 ? { from: Math.min(...numbers), to: Math.max(...numbers) } : null;
}

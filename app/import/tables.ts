// Minutes kept as a table, one row per item: "Punkt | Diskussion | Beslut/Åtgärd | Ansvarig | Klart", as many
// Word templates for notes set them (a Word table of data reaches us row by row, "| cell | cell |": word.ts; a
// Markdown table the same). Such a table is unfolded into the lines the rest of the import reads anyway: the item's
// number and title, its text, its decision under "Beslut:", and "Ansvarig: X. När: Y" for who carries it out.
// A table without a column naming the item ("Vad | Vem | När", an action list) is left as it is: actions.ts reads it.
import { WHAT_WORDS, WHEN_WORDS, WHO_WORDS } from "./lexicon";
import type { Line } from "./types";

type Column = "topic" | "number" | "text" | "decision" | "action" | "mixed" | "who" | "when";

/** What each column head names. "Beslut/Åtgärd" holds either, so its cells are read as written. */
const HEADS: Array<[Column, RegExp]> = [
  ["number", /^(?:nr|nummer|no\.?|#|§)$/iu],
  ["topic", /^(?:punkt|ärende|ämne|rubrik|fråga|dagordningspunkt|item|topic|agenda\s+item|subject)$/iu],
  ["mixed", /^(?:beslut\s*(?:\/|och|&)\s*åtgärd(?:er)?|åtgärd(?:er)?\s*(?:\/|och|&)\s*beslut|decisions?\s*(?:\/|and|&)\s*actions?|actions?\s*(?:\/|and|&)\s*decisions?|outcome)$/iu],
  ["decision", /^(?:beslut|decision|decisions|resolution|slutsats)$/iu],
  // (What, who and when in the words an action table's head uses too: lexicon.ts.)
  ["action", new RegExp(`^(?:${WHAT_WORDS})$`, "iu")],
  ["who", new RegExp(`^(?:${WHO_WORDS})$`, "iu")],
  ["when", new RegExp(`^(?:${WHEN_WORDS})$`, "iu")],
  ["text", /^(?:diskussion|noteringar|anteckningar|kommentar(?:er)?|information|sammanfattning|beskrivning|discussion|notes|comments|summary|details)$/iu],
];

/** The cells of a table row: "| a | b |" or "a | b | c" (two pipes at least); null for any other line. */
function cellsOf(text: string): string[] | null {
  if ((text.match(/\|/gu) ?? []).length < 2) return null;
  return text.replace(/^\s*\|/u, "").replace(/\|\s*$/u, "").split("|").map((c) => c.trim());
}

const SEPARATOR_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/u;
/** "1.", "1", "§ 1", "3 a": the number a topic cell may open with. */
const NUMBERED = /^(?:§\s*)?\d{1,3}[a-h]?[.):]?(?=\s|$)/u;

/** The lines of `lines` with each table of minutes unfolded into items; every other line unchanged. */
export function unfoldMinutesTables(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const heads = cellsOf(lines[i].text);
    const columns = heads?.map((h) => HEADS.find(([, re]) => re.test(h.replace(/[:*]/gu, "").trim()))?.[0] ?? null);
    const has = (c: Column) => columns?.includes(c) ?? false;
    if (!heads || !columns || !has("topic") || !(has("decision") || has("action") || has("mixed") || has("text"))) {
      out.push(lines[i]);
      continue;
    }
    // The rows under the head, to the first line that is not one (a Markdown separator row is skipped).
    let end = i + 1;
    const rows: Array<{ line: Line; cells: string[] }> = [];
    for (; end < lines.length; end += 1) {
      if (SEPARATOR_ROW.test(lines[end].text.trim())) continue;
      const cells = cellsOf(lines[end].text);
      if (!cells) break;
      rows.push({ line: lines[end], cells });
    }
    if (rows.length < 2) {
      out.push(lines[i]);
      continue;
    }
    const at = (c: Column) => columns.indexOf(c);
    rows.forEach(({ line, cells }, k) => {
      const cell = (c: Column) => (at(c) >= 0 ? (cells[at(c)] ?? "").trim() : "");
      const emit = (text: string) => out.push({ no: line.no, raw: line.raw, text });
      const topic = cell("topic");
      const number = cell("number").replace(/[.):]$/u, "");
      if (topic === "" && number === "") return;
      // The item: its number and title ("2. Sommarjobb"), or a heading when the table numbers none.
      const title = number !== "" ? `${number}. ${topic}` : NUMBERED.test(topic) ? topic : `## ${topic}`;
      if (k > 0 || out.length > 0) emit("");
      emit(title);
      for (const text of columns.flatMap((c, j) => (c === "text" ? [cells[j] ?? ""] : [])).filter((t) => t !== "")) emit(text);
      const decision = cell("decision");
      if (decision !== "") emit(`Beslut: ${decision}`);
      const mixed = cell("mixed");
      if (mixed !== "") emit(mixed);
      const action = cell("action");
      if (action !== "") emit(action);
      // (Who and when belong to what was decided or is to be done; a row with neither names no task.)
      const who = cell("who");
      const when = cell("when");
      if (who !== "" && decision + mixed + action !== "") emit(`Ansvarig: ${who}${when !== "" ? `. När: ${when}` : ""}`);
    });
    out.push({ no: lines[end - 1].no, raw: "", text: "" });
    i = end - 1;
  }
  return out;
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sv } from "../../app/i18n/sv";
import { noteText } from "../../app/import/notes";
import { parseMinutes, toImportJson } from "../../app/import/parse";

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), "corpus");
const seedText = readFileSync(path.join(corpus, "00-ask-3-september.txt"), "utf8");

describe("the ASK minutes of 3 September (the seed)", () => {
  const parsed = parseMinutes(seedText);

  it("knows the meeting and infers its year from the dates it plans", () => {
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.documentKind).toBe("minutes");
    expect(parsed.meeting).toMatchObject({ title: "Styrgrupp ASK 3 september", date: "2025-09-03" });
    expect(parsed.meeting.source).toEqual({ line: 1, text: " Styrgrupp ASK 3 september" });
  });

  it("has two decision items, four reports and the other-business section", () => {
    expect(parsed.items.map((i) => [i.section, i.title.slice(0, 60)])).toEqual([
      ["decision", "ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att ta "],
      ["decision", "ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att ta "],
      ["report", "Rapport från pågående projekt"],
      ["report", "För-handslaget"],
      ["report", "Per Capsulam-beslut"],
      ["report", "ASF Växjö"],
      ["other", "Övriga frågor"],
    ]);
    const [first, second, ongoing] = parsed.items;
    expect(first.decision).toBe(first.title);
    expect(first.background).toMatch(/^Projektenhet Kronoberg driver ett framgångsrikt/);
    expect(first.background).toMatch(/till mötet den 13 november 2025\.$/);
    expect(second.background).toMatch(/^Styrgrupp ASK uppdrog till Projektenhet Kronoberg 2025-04-29/);
    expect(second.background).toContain("• Ökad samverkan/kommunikation kring gruppen");
    expect(second.background).toMatch(/Aktuell utlysning: POA2 2025-10-15 -2026-03-06$/);
    expect(ongoing.background).toBe("Muntlig rapport");
    expect(parsed.items.slice(2).every((i) => i.decision === null)).toBe(true);
  });

  it("gives exactly two mandates to Projektenhet Kronoberg, due at the 13 November meeting", () => {
    expect(parsed.mandates.map(({ source, ...m }) => m)).toEqual([
      {
        item: 0,
        assignee: "Projektenhet Kronoberg",
        task: "ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”",
        dueDate: null,
        dueMeetingDate: "2025-11-13",
        dueText: "till mötet den 13 november 2025",
      },
      {
        item: 1,
        assignee: "Projektenhet Kronoberg",
        task: "ta fram ett projektdirektiv inför kommande ansökan med inriktning på långtidsarbetslösa",
        dueDate: null,
        dueMeetingDate: "2025-11-13",
        dueText: "till mötet den 13 november 2025",
      },
    ]);
    expect(parsed.mandates.map((m) => m.source.line)).toEqual([5, 16]);
  });

  it("lists each date once, with every place it occurs", () => {
    expect(parsed.dates.map(({ date, end, kind }) => [kind, date, end])).toEqual([
      ["window", "2025-10-15", "2026-03-06"],
      ["deadline", "2026-03-06", null],
      ["meeting", "2025-11-13", null],
      ["reference", "2025-04-29", null],
      ["reference", "2025-05-25", null],
    ]);
    const window = parsed.dates[0];
    expect(window.occurrences.map((o) => [o.line, o.item])).toEqual([
      [9, 0],
      [28, 1],
    ]);
    expect(parsed.dates[4].text).toBe("den 25 maj 2025");
  });

  it("exports the JSON of the import command", () => {
    const json = toImportJson("minutes.txt", parsed);
    expect(Object.keys(json)).toEqual(["file", "meeting", "items", "mandates", "dates"]);
    expect(json.meeting).toEqual({ date: "2025-09-03", title: "Styrgrupp ASK 3 september" });
    expect(Object.keys(json.items[0])).toEqual(["section", "number", "title", "background", "decision"]);
    expect(Object.keys(json.mandates[0])).toEqual(["item", "assignee", "task", "dueDate", "dueMeetingDate", "dueText"]);
    expect(json.dates[0]).toEqual({ date: "2025-10-15", end: "2026-03-06", kind: "window", text: "2025-10-15 - 2026-03-06" });
    const expected: unknown = JSON.parse(readFileSync(path.join(corpus, "00-ask-3-september.expected.json"), "utf8"));
    expect({ ...json, file: "00-ask-3-september.txt" }).toEqual(expected);
  });
});

describe("parsing other minutes", () => {
  it("uses the meeting date it is given, and places year-less dates from it", () => {
    const parsed = parseMinutes("Styrgrupp X 3 september\n\nBeslutspunkter\n1. Budget\nStyrgruppen ger kansliet i uppdrag att ta fram en budget senast den 6 mars.", {
      meetingDate: "2026-09-03",
    });
    expect(parsed.meeting.date).toBe("2026-09-03");
    expect(parsed.mandates[0]).toMatchObject({ assignee: "kansliet", dueDate: "2027-03-06", dueText: "senast den 6 mars" });
  });

  it("names known units canonically", () => {
    const parsed = parseMinutes("Protokoll\n1. Direktiv\nStyrgruppen ger projektenheten i uppdrag att skriva ett direktiv.", {
      knownUnits: ["Projektenhet Kronoberg"],
    });
    expect(parsed.mandates[0].assignee).toBe("Projektenhet Kronoberg");
  });

  it("resolves 'till nästa möte' to the next meeting the minutes announce", () => {
    const parsed = parseMinutes(
      "Protokoll 2025-10-15\n1. Analys\nBeslut: Förvaltningen ska återkomma med en analys till nästa möte.\n\nNästa möte: 2025-12-04",
    );
    expect(parsed.nextMeetingDate).toBe("2025-12-04");
    expect(parsed.mandates[0]).toMatchObject({ dueMeetingDate: "2025-12-04", dueText: "till nästa möte" });
  });

  it("reads no decisions and no mandates in a notice", () => {
    const parsed = parseMinutes(
      "Kallelse\nStyrgrupp ASK 2025-11-13\nDagordning\n1. Direktiv\nFörslag till beslut: Styrgruppen ger projektenheten i uppdrag att skriva ansökan.",
    );
    expect(parsed.documentKind).toBe("agenda");
    expect(parsed.items[0].decision).toBeNull();
    expect(parsed.items[0].proposal).toMatch(/^Styrgruppen ger projektenheten/);
    expect(parsed.mandates).toEqual([]);
  });

  it("says so when the text is not minutes at all", () => {
    const parsed = parseMinutes("Region Kronoberg startar ett nätverk.\n\nDet första mötet hålls den 12 november.");
    expect(parsed.isMinutes).toBe(false);
    expect(parsed.items).toEqual([]);
    expect(parsed.dates).toEqual([]);
    expect(parsed.warnings).toEqual([{ code: "not_minutes" }]);
    expect(noteText(parsed.warnings[0], sv)).toMatch(/inte ut som ett protokoll/);
  });

  it("keeps the source line of every item", () => {
    const parsed = parseMinutes("Protokoll\n\n§ 1 Öppnande\n\n§ 2 Budget\nNämnden godkänner budgeten.");
    expect(parsed.items.map((i) => i.source)).toEqual([
      { line: 3, text: "§ 1 Öppnande" },
      { line: 5, text: "§ 2 Budget" },
    ]);
  });
});

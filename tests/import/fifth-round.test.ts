// The mechanisms of issue 13's fifth round, each on a small text written here in the shape
// real minutes take (none copied from the corpus): ways of giving a task, decision wordings
// with the verb first or without a subject, items a layout hides, and dates that are no days.
import { describe, expect, it } from "vitest";
import { findDates } from "../../app/import/dates";
import { decisionOutcome, startsDecision } from "../../app/import/decisions";
import { findMandate } from "../../app/import/mandates";
import { parseMinutes } from "../../app/import/parse";

const minutesContext = { inBackground: false, perCapsulam: false };

describe("mandates", () => {
  it("reads 'uppdrar X att' without åt, and a referral to a body", () => {
    expect(findMandate("Styrelsen uppdrar Lisa Ek att boka lokal till årsmötet.")).toMatchObject({ assignee: "Lisa Ek", task: "boka lokal till årsmötet" });
    expect(findMandate("Nämnden uppdrar förvaltningen att ta fram en plan.")).toMatchObject({ assignee: "förvaltningen" });
    // "i uppdrag att" and "Uppdrag ges att" stay what they were.
    expect(findMandate("Uppdrag ges att skriva ansökan.")).toMatchObject({ assignee: null });
    expect(findMandate("Fullmäktige remitterar motionen till kommunstyrelsen för beredning.")).toMatchObject({ assignee: "kommunstyrelsen", task: "beredning" });
  });

  it("reads task lists: a 'Plan A:' label, verbs of doing, an 'Action items' list, a listed person 'to' a verb", () => {
    const text = [
      "Protokoll styrelsemöte 2025-03-04",
      "Närvarande: Karin Berg, Emma Lind",
      "1. Ekonomi",
      "Plan A: Karin kontaktar banken om kontot.",
      "Emma tar in offerter på revision.",
      "2. Hemsidan",
      "Moved: Emma",
      "Emma to update the members page.",
      "Goal to publish the page in May.",
      "3. Övrigt",
      "Inget.",
      "## Action items",
      "- Karin: Book the hall for the AGM",
      "- All: Read the draft",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Ekonomi", "Hemsidan", "Övrigt"]);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Karin", "kontaktar banken om kontot"],
      [0, "Emma", "tar in offerter på revision"],
      [1, "Emma", "update the members page"],
      [2, "Karin", "Book the hall for the AGM"],
    ]);
  });

  it("reads an action list by person ('Eva: - task - task'), even glued into one line, and a page number over the title", () => {
    const glued =
      "1 Anteckningar från arbetsgruppens möte 2025-09-03 Närvarande: Eva Ek, Per Holm, Lisa Berg. Gruppen möttes i Växjö och gick igenom året. " +
      "Flera frågor togs upp under dagen och diskuterades i mindre grupper innan de redovisades för alla deltagare i slutet av dagen. " +
      "2. Uppföljning: Genomgång av hösten Alla: - Läser underlaget. Eva: - Kollar upp statistiken för länet. Per: - Bokar lokal till mötet i november. - Skickar ut kallelsen. " +
      "Lisa: - Sammanställer synpunkterna från grupperna.";
    const parsed = parseMinutes(glued);
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.items.map((i) => i.number)).toEqual(["2"]);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([
      ["Eva", "Kollar upp statistiken för länet"],
      ["Per", "Bokar lokal till mötet i november"],
      ["Per", "Skickar ut kallelsen"],
      ["Lisa", "Sammanställer synpunkterna från grupperna"],
    ]);
  });

  it("takes no decision word, gerund or attendance line for an English action item", () => {
    expect(findMandate("• Agreed to call it the 1.1 release.")).toBeNull();
    expect(findMandate("• Prerequisites to moving the repository")).toBeNull();
    expect(findMandate("[X] Anna Berg - Sony Pictures")).toBeNull();
    expect(findMandate("**TODO**: Michael to finalize the release notes")).toMatchObject({ assignee: "Michael" });
  });
});

describe("decisions", () => {
  it("reads the verb first, a question of form answered yes, a meeting declared duly called", () => {
    const cases: Array<[string, string]> = [
      ["Valdes Anna Berg och Per Holm till justerare.", "elected"],
      ["Till revisor nyväljs Eva Ek.", "elected"],
      ["Frågan om ansvarsfrihet för styrelsen besvaras med ja.", "approved"],
      ["Sedan kallelsen sänts ut förklarades årsmötet stadgeenligt utlyst.", "approved"],
      ["The draft minutes were put to the meeting and formally approved.", "approved"],
      ["The Chairman sought and was granted approval to take the notice as read.", "approved"],
    ];
    for (const [text, outcome] of cases) {
      expect(startsDecision(text, minutesContext), text).toBe(true);
      expect(decisionOutcome(text), text).toBe(outcome);
    }
    expect(startsDecision("Valet av revisor diskuterades.", minutesContext)).toBe(false);
  });

  it("reads 'Förbundsstyrelsen beslutar' alone on a line as the item's decision, and bulleted item numbers", () => {
    const text = [
      "Rapport från styrelsemöte 2025-02-10",
      "",
      " • 2a Budget 2025",
      "Kassören föredrar budgeten.",
      "Förbundsstyrelsen beslutar",
      "- att godkänna budgeten",
      " • 2b Verksamhetsplan",
      "Diskussion om planen.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["2a", "Budget 2025"],
      ["2b", "Verksamhetsplan"],
    ]);
    expect(parsed.items[0].decision).toContain("att godkänna budgeten");
    expect(parsed.items[1].decision).toBeNull();
  });
});

describe("items a layout hides", () => {
  it("gives a number column printed apart to the titles that follow it", () => {
    const text = [
      "Protokoll styrelsemöte 2025-04-02",
      "3.1",
      "3.2",
      "a.",
      "b.",
      "Mötets öppnande",
      "Formalia",
      "Val av justerare",
      "Valdes Eva Ek.",
      "Fastställande av dagordning",
      "Dagordningen fastställdes.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Mötets öppnande", "Formalia", "Val av justerare", "Fastställande av dagordning"]);
    expect(parsed.items[2].decision).toBe("Valdes Eva Ek.");
  });

  it("reads an outline of headings with bullets under them, and Markdown notes as nested bullets", () => {
    const outline = parseMinutes(
      ["AGM Minutes 2025-05-01", "Previous Minutes", "- No issues raised", "- Accepted unanimously", "Annual Report", "- Discussion", "- Accepted unanimously", "Membership Fees", "- Fees stay the same", "- Accepted unanimously"].join("\n"),
    );
    expect(outline.items.map((i) => [i.title, i.outcome])).toEqual([
      ["Previous Minutes", "approved"],
      ["Annual Report", "approved"],
      ["Membership Fees", "approved"],
    ]);
    const notes = parseMinutes(
      ["Mar 3, 2025", "", "* Release plan", "    - Agreed to call it 2.1.", "* CI", "    - Builds are slow.", "* Docs", "    - Needs a review."].join("\n"),
    );
    expect(notes.items.map((i) => i.title)).toEqual(["Release plan", "CI", "Docs"]);
  });
});

describe("dates", () => {
  it("does not read a case number glued to letters as a day; lists after 'år 2019:' take that year", () => {
    expect(findDates("Avsägelse (RV181026)")).toEqual([]);
    expect(findDates("Protokoll 150330 lades till handlingarna")).toHaveLength(1);
    const listed = findDates("Fullmäktige sammanträder under år 2019: 20 februari, 17 april och 20 november.");
    expect(listed.map((d) => d.from.year)).toEqual([2019, 2019, 2019]);
    const pair = findDates("Annonsen infördes den 14 och 15 november 2005.");
    expect(pair).toHaveLength(1);
    expect(pair[0].from).toEqual({ year: 2005, month: 11, day: 14 });
    expect(pair[0].to).toEqual({ year: 2005, month: 11, day: 15 });
  });
});

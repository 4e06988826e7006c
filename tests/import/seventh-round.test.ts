// Seventh round (issue 13): what the fifth held-out set, become dev's eighth part, taught, each shown
// on a text written here. Formal items decide by their title; a page of decisions in plain paragraphs
// becomes items; more numbering schemes; who acts in English action notes; a weekday fixes a year.
import { describe, expect, it } from "vitest";
import { startsDecision } from "../../app/import/decisions";
import { findMandate } from "../../app/import/mandates";
import { parseMinutes } from "../../app/import/parse";

const now = { inBackground: false, perCapsulam: false };
const rulesOnly = (text: string, filename?: string) => parseMinutes(text, { filename }, null);

describe("formal items decide by their title", () => {
  const minutes = `Protokoll årsmöte Backsby byalag 2020-07-19
1. Mötets öppnande
Ordföranden öppnade mötet.
2. Val av justerare
Ida och Sandra
3. Frågan om mötet är stadgeenligt utlyst
Ja.
4. Val av ordförande
Valberedningen föreslår Anna Berg.
5. Fastställande av dagordning
Fastställande av dagordning är ok
6. Ekonomi
Kassören redogjorde för ekonomin.
`;

  it("takes the short text under an election or an approval as its decision, with its outcome", () => {
    const parsed = rulesOnly(minutes);
    const byTitle = Object.fromEntries(parsed.items.map((i) => [i.title, i]));
    expect(byTitle["Val av justerare"]).toMatchObject({ decision: "Ida och Sandra", outcome: "elected" });
    expect(byTitle["Frågan om mötet är stadgeenligt utlyst"]).toMatchObject({ decision: "Ja.", outcome: "approved" });
    expect(byTitle["Fastställande av dagordning"].outcome).toBe("approved");
    // A proposal is not yet an election, and an opening or a report is no decision.
    expect(byTitle["Val av ordförande"].decision).toBeNull();
    expect(byTitle["Mötets öppnande"].decision).toBeNull();
    expect(byTitle["Ekonomi"].decision).toBeNull();
  });

  it("moves a text of several lines into the decision, so it is not also left as the item's text", () => {
    const parsed = rulesOnly("Protokoll årsmöte 2020-03-01\n1. Val av styrelse\nOmval av Anna Berg.\nNyval av Per Holm.\n2. Övrigt\nInget.\n");
    // (Fourteenth round: "Omval av …" is read as an election by its own words, so each line is a decision line and
    // keeps its line.)
    expect(parsed.items[0]).toMatchObject({ decision: "Omval av Anna Berg.\nNyval av Per Holm.", outcome: "elected", background: null });
  });

  it("reads nothing into the same items in a notice", () => {
    const notice = rulesOnly("Kallelse till årsmöte i Backsby byalag 2020-07-19\n1. Mötets öppnande\n2. Val av justerare\nFörslag: Ida och Sandra\n3. Frågan om mötet är stadgeenligt utlyst\n4. Fastställande av dagordning\n");
    expect(notice.documentKind).toBe("agenda");
    expect(notice.items.filter((i) => i.decision !== null)).toEqual([]);
  });
});

describe("a page that reports decisions in plain paragraphs", () => {
  it("gives one item per paragraph that reports a decision, under its heading when it has one", () => {
    const page = `Politiska beslut i korthet

Kommunstyrelsen sammanträdde tisdagen den 7 juni 2016 och gick då igenom följande ärenden.

Budget
Budgeten för 2017 antogs.

Lichron-fastigheten ska köpas in av kommunen. Kommunstyrelsen gav kommunchefen i uppdrag att utreda hur fastigheten kan användas.

Läs alla beslut i protokollet.
`;
    const parsed = rulesOnly(page);
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.items.map((i) => i.title)).toEqual(["Budget", "Lichron-fastigheten ska köpas in av kommunen"]);
    expect(parsed.items[0].decision).toBe("Budgeten för 2017 antogs.");
    expect(parsed.mandates).toMatchObject([{ assignee: "kommunchefen", task: "utreda hur fastigheten kan användas" }]);
  });
});

describe("numbering schemes", () => {
  it("reads roman numerals, a number glued to its title, a run of items on one line and minute numbers", () => {
    const roman = rulesOnly("Library Board Minutes May 8, 2014\nI. Call to Order Forest called the meeting to order.\nII. Introduce Guests\nIII. Approval of Minutes\nRon moved the minutes be accepted. Minutes were approved as written.\n");
    expect(roman.items.map((i) => i.number)).toEqual(["I", "II", "III"]);
    const glued = rulesOnly("MINUTES OF THE COMMITTEE MEETING HELD ON 19th August 2021\n1.PRESENT: Roy, Carol\n2.Apologies: John\n3.Matters Arising\nThe bank account is set up.\n");
    expect(glued.items.map((i) => [i.number, i.title])).toEqual([["1", "PRESENT"], ["2", "Apologies"], ["3", "Matters Arising"]]);
    const run = rulesOnly("Kallelse till föreningsstämma 2017\n1. Föreningsstämmans öppnande\n2. Val av ordförande för stämman 3. Val av sekreterare för stämman\n4. Val av justeringsmän\n");
    expect(run.items.map((i) => i.title)).toEqual(["Föreningsstämmans öppnande", "Val av ordförande för stämman", "Val av sekreterare för stämman", "Val av justeringsmän"]);
    const minuteNumbers = rulesOnly("Minutes of the Parish Council Meeting held on Monday 10th July 2023\n2307.01 Present\nCouncillors: E. Simpson\n2307.02 Disclosure of Interests\nNone.\n2307.03 Co-option of Councillor\nNo applications had been received.\n");
    expect(minuteNumbers.items.map((i) => i.number)).toEqual(["2307.01", "2307.02", "2307.03"]);
  });
});

describe("who acts, in English action notes", () => {
  const minutes = `Committee minutes 7 October 2016
Present: David Reed, Mike Hall, Lesley Hall, Martin Fox
1. Arrangements for the AGM. David to collect keys. Mike and Lesley to organise wine and nibbles.
2. Treasurer's report
See the parish minutes.
The new bank account is being set up with a cheque book.
Action: DW
3. Auditor
The accounts were examined.
A letter of thanks is to be sent to the auditor ACTION Martin
4. Website
Goal to publish the new pages soon.
`;

  it("gives a task to the one named before 'to', and to the one an action tag names", () => {
    const parsed = rulesOnly(minutes);
    const tasks = parsed.mandates.map((m) => [m.item, m.assignee, m.task]);
    expect(tasks).toContainEqual([0, "David", "collect keys"]);
    expect(tasks).toContainEqual([0, "Mike and Lesley", "organise wine and nibbles"]);
    expect(tasks).toContainEqual([1, "DW", "The new bank account is being set up with a cheque book"]);
    expect(tasks).toContainEqual([2, "Martin", "A letter of thanks is to be sent to the auditor"]);
    // A heading's first word is no one.
    expect(parsed.mandates.filter((m) => m.assignee === "Goal")).toEqual([]);
  });

  it("gives nobody a task in an agenda", () => {
    const agenda = rulesOnly("Kallelse till sammanträde med samhällsbyggnadsnämnden\n1. Val av ledamot\nSamhällsbyggnadsnämnden ska välja en ordinarie ledamot till trafikutskottet.\n2. Övrigt\n3. Nästa möte\n");
    expect(agenda.documentKind).toBe("agenda");
    expect(agenda.mandates).toEqual([]);
  });
});

describe("wordings", () => {
  it("reads decisions said in more ways", () => {
    for (const sentence of [
      "Beslut togs att Anders ska ta fram ett förslag.",
      "Nina Hedbom blev fyllnadsvald till ledamot.",
      "The group agreed to keep grants and core projects separate.",
      "The minute of the previous meeting was read and approved.",
      "Deferred until we have more directors present.",
      "agreed 3rd December at Reed.",
      "Beslutade att vi inte deltar.",
      "Stuart Campbell was nominated and elected the chair.",
      "To get that into progress we decided at our meeting to give the rules to Aina.",
      "Agenda approved.",
    ]) {
      expect(startsDecision(sentence, now), sentence).toBe(true);
    }
    // Discussion is not a decision, nor a plan still to be decided.
    expect(startsDecision("Frågan diskuterades.", now)).toBe(false);
    expect(startsDecision("The budget will be decided at the next meeting.", now)).toBe(false);
  });

  it("reads more ways of giving a task", () => {
    expect(findMandate("Mötet lämnade i uppdrag till styrelsen att utse ombud till årsmötet.")).toMatchObject({ assignee: "styrelsen", task: "utse ombud till årsmötet" });
    expect(findMandate("att Charlotte kollar alternativ och pris på skärmvägg.")).toMatchObject({ assignee: "Charlotte", task: "kollar alternativ och pris på skärmvägg" });
    expect(findMandate("Kommunledningskontoret fick också i uppdrag att beställa mark.")).toMatchObject({ assignee: "Kommunledningskontoret" });
    expect(findMandate("Nytt är att Linda Englund kommer framgent att ansvara för protokollet.")).toBeNull();
    expect(findMandate("Linda Englund kommer framgent att ansvara för protokollet.")).toMatchObject({ assignee: "Linda Englund", task: "ansvara för protokollet" });
    expect(findMandate("4. Ekonomisk uppföljning: Lasse Nilsson reviderar prognosen för i år.")).toMatchObject({ assignee: "Lasse Nilsson", task: "reviderar prognosen för i år" });
    expect(startsDecision("Det ålades sekreteraren att hålla ledamöterna uppdaterade.", now)).toBe(true);
    expect(findMandate("Berit Bergset is asked to take over the work with the website.")).toMatchObject({ assignee: "Berit Bergset", task: "take over the work with the website" });
  });

  it("labels a decision run into a page's text, and keeps only its first sentence", () => {
    const page = `SAMMANTRÄDESPROTOKOLL Kommunstyrelsens arbetsutskott 2012-03-20 Plats Stadshuset, Ludvika Dag och tid Tisdag den 20 mars 2012 Beslutande Ivan Eriksson (S) HåGe Persson (M) Sören Finnström (S) Jan Willner (C) Sten G Johansson (V) Lotta Wedman (MP) Britt Marinder (S) Övriga Jan Lindström, förvaltningschef Rune Wikström, ekonomichef Marianne Gidlund, kommunsekreterare
SAMMANTRÄDESPROTOKOLL 2 (20) 28 KS 2012/172 51 Remissvar Trafikverkets kapacitetsutredning Beslut Arbetsutskottet lämnar yttrande i enlighet med planeringsenhetens förslag. Av en tjänsteskrivelse från mark- och planeringsenheten daterad den 20 mars 2012 framgår att Trafikverket har fått i uppdrag att analysera åtgärder för att öka kapaciteten i transportsystemet och att kommunen är remissinstans.
SAMMANTRÄDESPROTOKOLL 3 (20) 29 KS 2012/33 40 Yttrande över ansökningar ur Lisjöfonden Beslut Arbetsutskottet tillstyrker ansökningarna. Sören Finnström deltar inte i handläggningen av ärendet på grund av jäv och lämnar sammanträdet under ärendet. Av ansökningarna framgår att fonden i år delar ut medel till tre föreningar i kommunen, och att styrelsen för fonden har berett ärendet vid sitt möte i februari, då ansökningarna gicks igenom en och en.`;
    const parsed = rulesOnly(page);
    expect(parsed.items.map((i) => i.number)).toEqual(["28", "29"]);
    expect(parsed.items[0].decision).toBe("Arbetsutskottet lämnar yttrande i enlighet med planeringsenhetens förslag.");
  });
});

describe("the meeting's own facts", () => {
  it("takes the year in which the weekday fits, and never the attendance line as the title", () => {
    // (The only full date is an earlier meeting's: without the weekday the year would be taken as 2017.)
    const page = "Protokoll regionstyrelsen torsdagen den 26 april\n\n§ 1 Föregående protokoll\nProtokollet från sammanträdet 2018-03-22 lades till handlingarna.\n§ 2 Markanvisning\nStyrelsen beslutar om markanvisning i Klintehamn.\n";
    expect(rulesOnly(page).meeting.date).toBe("2018-04-26");
    const minutes = rulesOnly("In attendance: Chris Smith (Co-chair), Andrew Oxley (Treasurer)\n\nApologies: Antonia Gross\n\n1. Business plan. Chris introduced the plan.\n2. Annual report. The annual report was approved.\n");
    expect(minutes.meeting.title ?? "").not.toMatch(/attendance/iu);
  });
});

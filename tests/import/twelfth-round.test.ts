// Twelfth round (issue 13): a municipal protocol as it comes out of its PDF line by line. Its page furniture
// (the running head "KOMMUNSTYRELSEN" / "PROTOKOLL" / "2015-05-05", the foot "Utdragsbestyrkande" /
// "Sidan 3 av 26") is no item's title and no part of a decision; its § signs, lost, leave "Kf 78 Kallelse";
// its head is a form whose cells put the day a few lines under its label; and a council's motion "är
// remitterad" and its interpellation "är härmed besvarad".
import { describe, expect, it } from "vitest";
import { stripPageFurniture } from "../../app/import/pages";
import { parseMinutes } from "../../app/import/parse";
import { toLines } from "../../app/import/lines";

const rulesOnly = (text: string, filename?: string) => parseMinutes(text, { filename }, null);

const head = `KOMMUNSTYRELSEN
Sammanträdesdatum
PLATS OCH TID
PROTOKOLL
2015-05-05
Kommunhuset, lokal Nedre Fryken, tisdag 5 maj 2015, 15.00–16.05
BESLUTANDE
Mikael Johansson (S), ordförande
JUSTERING
PLATS OCH TID
Kommunhuset 2015-05-11
Sidan 1 av 26
`;
const page = (n: number, body: string) => `KOMMUNSTYRELSEN
PROTOKOLL
2015-05-05
Sammanträdesdatum
${body}
Ordförandens och justerarens signaturer
Utdragsbestyrkande
Sidan ${n} av 26
`;

describe("a protocol copied out of its PDF line by line", () => {
  const text =
    head +
    page(2, `KS § 77\nDnr\nINFORMATION FRÅN UNG FÖRETAGSAMHET\nSAMMANFATTNING\nRegionchefen informerar om Ung Företagsamhet.\nBESLUT\nKommunstyrelsen har tagit del av informationen.`) +
    page(3, `KS § 78\nDnr KS 15/6\nINFORMATION TILL KOMMUNSTYRELSEN\nSAMMANFATTNING\nKommunledningskontoret informerar.\nBESLUT\nKommunstyrelsen har tagit del av informationen.`) +
    page(4, `KS § 79\nDnr KS 15/22\nÅRSREDOVISNING 2014\nBESLUT\nKommunstyrelsen godkänner årsredovisningen.`);

  it("takes each item's title from under its number, past the running head and the case number", () => {
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["77", "INFORMATION FRÅN UNG FÖRETAGSAMHET"],
      ["78", "INFORMATION TILL KOMMUNSTYRELSEN"],
      ["79", "ÅRSREDOVISNING 2014"],
    ]);
  });

  it("ends a decision before the page's foot", () => {
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.decision)).toEqual([
      "Kommunstyrelsen har tagit del av informationen.",
      "Kommunstyrelsen har tagit del av informationen.",
      "Kommunstyrelsen godkänner årsredovisningen.",
    ]);
  });

  it("reads the meeting's day from its form, not the day the minutes were checked", () => {
    expect(rulesOnly(text).meeting.date).toBe("2015-05-05");
  });

  it("keeps the head of the first page, and a line that comes back on one page only", () => {
    const lines = stripPageFurniture(toLines(text + "Ja\nJa\nNej\nSidan 5 av 26\n"), () => false);
    const kept = lines.map((l) => l.text).filter((t) => t !== "");
    expect(kept.slice(0, 2)).toEqual(["KOMMUNSTYRELSEN", "Sammanträdesdatum"]);
    expect(kept.filter((t) => t === "KOMMUNSTYRELSEN")).toHaveLength(1);
    expect(kept.filter((t) => t === "Utdragsbestyrkande")).toHaveLength(0);
    expect(kept.filter((t) => t === "Ja")).toHaveLength(2);
    expect(kept.some((t) => /^Sidan/u.test(t))).toBe(false);
    // Every line keeps its number.
    expect(lines.map((l) => l.no)).toEqual(toLines(text + "Ja\nJa\nNej\nSidan 5 av 26\n").map((l) => l.no));
  });

  it("leaves a text without page markers alone", () => {
    const plain = "Styrelsen\nPROTOKOLL\nPROTOKOLL\nPROTOKOLL\n";
    expect(stripPageFurniture(toLines(plain), () => false).map((l) => l.text)).toEqual(toLines(plain).map((l) => l.text));
  });
});

describe("paragraphs whose § sign the PDF lost", () => {
  const text = `PROTOKOLL
Kommunfullmäktige 2004-05-06

Kf 78 Kallelse
Till detta sammanträde har utfärdats kallelse enligt bilaga 27.

Kf 80 04/73 Inkommen motion
Motion 31 från Marie-Louise Ekholm (m). Motionen är remitterad till Utskott I.

Kf 82 04/56 Svar på interpellation om buskörning
Bernt Hultberg ställde en interpellation. Greger Phalén svarar.
Interpellationen är härmed besvarad.
`;

  it("reads the body's short name and the number as the paragraph", () => {
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["78", "Kallelse"],
      ["80", "Inkommen motion"],
      ["82", "Svar på interpellation om buskörning"],
    ]);
  });

  it("reads a motion sent on and an interpellation answered as decisions", () => {
    const parsed = rulesOnly(text);
    expect(parsed.items.slice(1).map((i) => [i.decision, i.outcome])).toEqual([
      ["Motionen är remitterad till Utskott I.", "decided"],
      ["Interpellationen är härmed besvarad.", "noted"],
    ]);
  });

  it("does not read a sentence's word before a number as a body ('At 12 Talbot Court', 'Kl 15 Mötet')", () => {
    const parsed = rulesOnly(`Minutes of the Planning Committee 4 March 2025

1. Applications
At 12 Talbot Court For Mr Carter
At 15 Lysander Close For Mr Smith
No objection.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(["Applications"]);
  });
});

describe("items run together on a line, headed in capitals", () => {
  it("cuts '2 DAGORDNINGEN … 3 VAL AV PROTOKOLLJUSTERARE …' at each next number, the heading over its text", () => {
    const parsed = rulesOnly(`PROTOKOLL FÖRT VID MEDLEMSMÖTE 2019-03-21

1 MEDLEMSMÖTETS ÖPPNADE Vice ordförande Morgan Lindberg öppnade mötet och hälsade alla välkomna.

2 DAGORDNINGEN Förslaget till dagordningen godkändes 3 VAL AV PROTOKOLLJUSTERARE Gun Björnsberg och Margareta Silow valdes att justera dagens protokoll. 4 FÖRRA MÖTESPROTOKOLLET Årsmötesprotokollet gicks igenom och lades till handlingarna.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "MEDLEMSMÖTETS ÖPPNADE"],
      ["2", "DAGORDNINGEN"],
      ["3", "VAL AV PROTOKOLLJUSTERARE"],
      ["4", "FÖRRA MÖTESPROTOKOLLET"],
    ]);
    expect(parsed.items.slice(1).map((i) => i.outcome)).toEqual(["approved", "elected", "noted"]);
  });

  it("keeps a page number over a running head in capitals as it is", () => {
    const parsed = rulesOnly(`PROTOKOLL

§ 1 Val av justerare
Anna Berg valdes.

2 SKELLEFTEÅ KOMMUN Kommunstyrelsen sammanträdde i stadshuset.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(["Val av justerare"]);
  });
});

describe("sub-items lettered in capitals", () => {
  it("reads 'A) Årsmöte', 'B) GDPR' as sub-items of the item above", () => {
    const parsed = rulesOnly(`Protokoll styrelsemöte 9 juni 2020

§4 Uppföljning av föregående mötesbeslut

A) Årsmöte
Vidare beslutade styrelsen att använda arbetsdagen den 13/6 för att förbereda årsmötet.

B) GDPR
Punkten bordläggs.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["4", "Uppföljning av föregående mötesbeslut"],
      ["4A", "Årsmöte"],
      ["4B", "GDPR"],
    ]);
  });
});

describe("a decision and its action item under one heading", () => {
  const text = `# Leadership Council Meeting 2024-03-15

**Attendees**: Alice, Bob, Carol

## Budget for travel grants

Alice presented the proposal.

**Decision**: The council approves the travel grant budget as proposed.

**Action item**: Carol to draft the announcement blog post by April 1.

## Team representation

No consensus; to be continued at the next meeting.
`;

  it("ends the decision where the action item begins", () => {
    expect(rulesOnly(text).items[0].decision).toBe("The council approves the travel grant budget as proposed.");
  });

  it("reads 'by April 1' as the action's deadline", () => {
    expect(rulesOnly(text).mandates.map((m) => [m.assignee, m.task, m.dueDate])).toEqual([["Carol", "draft the announcement blog post", "2024-04-01"]]);
  });
});

describe("a programme committee's minutes in English", () => {
  const text = `MINUTES OF THE 12TH MEETING OF THE MONITORING COMMITTEE
Brussels, 14 June 2022

1. Opening and welcome
The Chair opened the meeting and welcomed the participants.

2. Evaluation plan
The evaluator presented the results of the mid-term evaluation.
Conclusions:
- The Committee took note of the evaluation results.
- The Managing Authority will prepare a follow-up plan for the next meeting.

3. Date of next meeting
The next meeting will take place on 22 November 2022 in Hamburg.
`;

  it("reads 'Conclusions:' as the decision and 'took note of' as noting", () => {
    const item = rulesOnly(text).items[1];
    expect(item.decision).toMatch(/^• The Committee took note of the evaluation results\./u);
    expect(item.outcome).toBe("noted");
  });

  it("gives a task to a body named by its role, due at the next meeting, whose day the minutes give", () => {
    const [mandate] = rulesOnly(text).mandates;
    expect([mandate.assignee, mandate.task, mandate.dueMeetingDate]).toEqual(["The Managing Authority", "prepare a follow-up plan", "2022-11-22"]);
  });

  it("does not give a task to a body only pointed back to ('This task force will …')", () => {
    const parsed = rulesOnly(`Minutes of the Board meeting 14 June 2015

1. Policy
Lee agreed to draft the policy. This task force will identify the long-term purpose of the Fund.
`);
    expect(parsed.mandates.map((m) => m.assignee)).not.toContain("This task force");
  });
});

describe("a student association's formal items", () => {
  const text = `Protokoll fört vid styrelsemöte för Föreningen Kodklubben
Datum: 2023-02-14

§5 Mötets behörighet
Mötet ansåg sig behörigt.

§7 Rapporter
a) Ordförande
Anna berättade om mötet med kåren.
b) Kassör
Ekonomin ser bra ut.
`;

  it("reads 'Mötet ansåg sig behörigt' as a decision", () => {
    expect(rulesOnly(text).items[0]).toMatchObject({ decision: "Mötet ansåg sig behörigt.", outcome: "approved" });
  });

  it("does not read the chair's report under 'Rapporter' as the chair's election", () => {
    expect(rulesOnly(text).items.filter((i) => i.decision !== null).map((i) => i.title)).toEqual(["Mötets behörighet"]);
  });
});

describe("a kommunstyrelse paragraph with its procedure", () => {
  const text = `Protokoll
Kommunstyrelsen
Sammanträdesdatum 2021-03-08

KS § 45
Dnr KS 2021/88
Årsredovisning 2020
Kommunstyrelsens beslut
Kommunstyrelsen ger kommundirektören i uppdrag att redovisa åtgärder för budgetavvikelserna till kommunstyrelsen den 7 juni 2021.

KS § 46
Dnr KS 2020/412
Motion om fler laddstolpar
Kommunstyrelsens beslut
Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.
Yrkanden
Bengt Bok (C) yrkar bifall till motionen.
Propositionsordning
Ordföranden ställer proposition på förslagen och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag.
Reservation
Bengt Bok (C) reserverar sig mot beslutet.
`;

  it("keeps the chair's finding and the reservation out of the decision", () => {
    expect(rulesOnly(text).items[1].decision).toBe("Kommunstyrelsen föreslår kommunfullmäktige att anse motionen besvarad.");
  });

  it("reads 'till kommunstyrelsen den 7 juni 2021' as the meeting the mandate is due at", () => {
    const [mandate] = rulesOnly(text).mandates;
    expect([mandate.assignee, mandate.dueMeetingDate]).toEqual(["kommundirektören", "2021-06-07"]);
  });
});

describe("a decision that adopts the proposal ('Beslut: Enligt förslag.')", () => {
  const text = `PROTOKOLL
Kommunstyrelsen 2017-11-14

§ 306 Godkännande av föredragningslistan
Förslag: Föredragningslistan godkänns.
Beslut: Enligt förslag.

§ 308 Budget 2018
Kommundirektörens förslag: Kommunstyrelsen ger ekonomichefen i uppdrag att ta fram en tilläggsbudget.
Beslut:
Kommunstyrelsen beslöt enligt förslaget.
`;

  it("records what was decided: the proposal, then that it was adopted", () => {
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => [i.decision, i.outcome])).toEqual([
      ["Föredragningslistan godkänns. Enligt förslag.", "approved"],
      ["Kommunstyrelsen ger ekonomichefen i uppdrag att ta fram en tilläggsbudget. Kommunstyrelsen beslöt enligt förslaget.", "decided"],
    ]);
  });

  it("gives the mandate the adopted proposal holds", () => {
    expect(rulesOnly(text).mandates.map((m) => [m.assignee, m.task])).toEqual([["ekonomichefen", "ta fram en tilläggsbudget"]]);
  });
});

describe("minutes whose head names the agenda", () => {
  it("reads items that report decisions in the past tense as minutes, though the head says 'Agenda'", () => {
    const parsed = rulesOnly(`Board meeting 4 March 2025

Agenda

1. Approval of the agenda
The agenda was approved.

2. Budget 2025
The budget was adopted as presented.
`);
    expect(parsed.documentKind).toBe("minutes");
    expect(parsed.items.map((i) => i.decision)).toEqual(["The agenda was approved.", "The budget was adopted as presented."]);
  });

  it("keeps an agenda an agenda: what it proposes is no decision", () => {
    const parsed = rulesOnly(`Agenda
Board meeting 4 March 2025

1. Approval of the agenda
2. Budget 2025
The board is asked to adopt the budget.
`);
    expect(parsed.documentKind).toBe("agenda");
    expect(parsed.items.every((i) => i.decision === null)).toBe(true);
  });
});

describe("a board's items lettered 'A.', 'B.' and its motions 'MSC:'", () => {
  const text = `Minutes of the Regular Meeting of the Fire Protection District, August 2, 2011

I. CALL TO ORDER: The meeting was called to order by Chairman Bill Britton at 1600 hours.
A. Approve Minutes of Regular Meeting July 5, 2011
B. Approve Warrant Lists and Journal Entries
MSC: Helsley/Owen to approve the consent agenda as presented.
II. NEW BUSINESS
A. Discuss claim for damaged fence
The Chief reported on the claim.
`;

  it("reads the lettered lines as sub-items, a lone 'A.' too once the letters count", () => {
    expect(rulesOnly(text).items.map((i) => i.title)).toEqual([
      "CALL TO ORDER",
      "Approve Minutes of Regular Meeting July 5, 2011",
      "Approve Warrant Lists and Journal Entries",
      "NEW BUSINESS",
      "Discuss claim for damaged fence",
    ]);
  });

  it("reads 'MSC:' as a motion carried, and its mover and seconder as no one's task", () => {
    const parsed = rulesOnly(text);
    expect(parsed.items[2]).toMatchObject({ decision: "MSC: Helsley/Owen to approve the consent agenda as presented.", outcome: "approved" });
    expect(parsed.mandates).toEqual([]);
  });

  it("reads one 'A. Berg' as an initial, not an item", () => {
    const parsed = rulesOnly(`Protokoll styrelsemöte 2024-03-01

1. Val av justerare
A. Berg valdes att justera protokollet.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(["Val av justerare"]);
  });
});

describe("more numbering schemes of plain text", () => {
  it("reads '4:1 Ungdomskommittén' as a numbered sub-point, but not '13:00 Lunch'", () => {
    const parsed = rulesOnly(`Styrelseprotokoll 13 juni 2023

4. Kommittéer
4:1 Ungdomskommittén
Inget att rapportera.
4:2 Kappseglingskommittén
Seglingen den 11 augusti genomförs.
13:00 Lunch serverades.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["4", "Kommittéer"],
      ["4:1", "Ungdomskommittén"],
      ["4:2", "Kappseglingskommittén"],
    ]);
  });

  it("reads '1.2Directors’ Interest', a sub-point glued to its title", () => {
    const parsed = rulesOnly(`Minutes of Board Meeting 31 March 2016

1.1Apologies
No apologies were received.
1.2Directors’ Interest
No interest declared.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1.1", "Apologies"],
      ["1.2", "Directors’ Interest"],
    ]);
  });

  it("reads '$16' after '§15' as the next paragraph, a § sign OCR read as '$'", () => {
    const parsed = rulesOnly(`Kallelse till årsmöte 2022

§14 Val av styrelse
§15 Val av två revisorer
$16 Val av valberedning
§17 Övriga frågor
`);
    expect(parsed.items.map((i) => i.number)).toEqual(["14", "15", "16", "17"]);
  });
});

describe("Norwegian and Danish minutes of Nordic bodies", () => {
  it("reads 'Vedtak:', 'ble godkjent' and 'tas til orientering'", () => {
    const parsed = rulesOnly(`Protokoll fra styremøte 13. mai 2020

Sak 1/20 Godkjenning av dagsorden
Dagsorden ble godkjent.

Sak 2/20 Budsjett 2021
Forslag til vedtak: Styret vedtar budsjettet.
Vedtak: Styret vedtok budsjettet som foreslått.

Sak 3/20 Orienteringssaker
Saken tas til orientering.
`);
    expect(parsed.items.map((i) => [i.decision, i.outcome])).toEqual([
      ["Dagsorden ble godkjent.", "approved"],
      ["Styret vedtok budsjettet som foreslått.", "decided"],
      ["Saken tas til orientering.", "noted"],
    ]);
  });
});

describe("a council's decimal sub-items with their heading run into the text", () => {
  it("keeps '6.1 Translation Service - The service …' an item of its own, not a paragraph of item 6", () => {
    const parsed = rulesOnly(`Minutes of the Community Council meeting 19 July 2022

5. To approve minutes of previous meetings.
Proposed and seconded that the minutes be approved. Unanimously agreed.

6. Matters arising from the minutes.
6.1 Translation Service - The service is expected to be available from September 2022.
6.2 Hermon Flower Pot - Confirmation that the repair work is completed.
6.3 Grass Cutting Agreement - Old Cemetery. The work is in hand.
Agreed that a meeting of the Cemetery Sub-Committee be arranged on site.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["5", "To approve minutes of previous meetings"],
      ["6", "Matters arising from the minutes"],
      ["6.1", "Translation Service"],
      ["6.2", "Hermon Flower Pot"],
      ["6.3", "Grass Cutting Agreement - Old Cemetery"],
    ]);
  });
});

describe("a flattened protocol whose § signs were lost", () => {
  it("cuts each page at the body's short name and the paragraph number, and drops the running head before it", () => {
    const parsed = rulesOnly(`1 Kommunfullmäktige Protokoll 2004-05-06 Plats och tid Stadshuset Beslutande se bilaga

2 Kommunfullmäktige Kf 78 Kallelse Till detta sammanträde har utfärdats kallelse enligt bilaga 27.

3 Kommunfullmäktige Kf 79 04/66 Inkomna handlingar Kommunrevisionens rapport. Kf 80 04/73 Inkommen motion Motion från Marie-Louise Ekholm (m). Motionen är remitterad till Utskott I.
`);
    // (A one-word title before a capitalised word still runs into its text: "Kallelse Till detta …".)
    expect(parsed.items.map((i) => i.number)).toEqual(["78", "79", "80"]);
    expect(parsed.items.slice(1).map((i) => i.title)).toEqual(["Inkomna handlingar", "Inkommen motion"]);
    expect(parsed.items[2].decision).toBe("Motionen är remitterad till Utskott I.");
  });
});

// Fourteenth round (issue 13): a protocol extract copied out of its PDF keeps a case number the title rule did not
// know ("Dnr 07/KS", "Dnr 261/"), and runs the title into the first sentence; a history word inside what was
// decided is part of the matter; a municipality's news page gives each matter a heading, its background, and then
// the board's decision in a paragraph of its own.
import { describe, expect, it } from "vitest";
import { decisionTense } from "../../app/import/decisions";
import { splitRunOnTitle } from "../../app/import/items";
import { findMandate } from "../../app/import/mandates";
import { parseMinutes } from "../../app/import/parse";

const rulesOnly = (text: string, filename?: string) => parseMinutes(text, { filename }, null);

describe("a one-paragraph extract of a protocol", () => {
  it("titles the paragraph after its case number, whatever the number's form", () => {
    const text = `SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2021-05-04

KS § 88 Dnr 21/KS
Yttrande över detaljplan för kvarteret Lärkan
Beslut
Kommunstyrelsen beslutar att anta yttrandet som sitt eget.
`;
    const items = rulesOnly(text).items;
    expect(items.map((i) => i.title)).toEqual(["Yttrande över detaljplan för kvarteret Lärkan"]);
    expect(items[0].decision).toMatch(/anta yttrandet/u);
  });

  it("ends a title run into its first sentence where the sentence's subject opens", () => {
    // (What a flattened page leaves of the paragraph's title line: "Kfn 59 Dnr Redovisning av … Elever ur …".)
    const run = splitRunOnTitle(
      "Information om simhallen Badmästaren Per Lind berättar om besöken under vintern och om personalen. Fritidsnämnden beslutar att lägga informationen till handlingarna.",
    );
    expect(run?.title).toBe("Information om simhallen");
    expect(run?.rest).toMatch(/^Badmästaren Per Lind berättar/u);
    // (A name after a function word stays in the title: "… för Natura 2000-området Backen i Piteå kommun".)
    expect(splitRunOnTitle("Synpunkter på bevarandeplan för Natura 2000-området Backen i Piteå kommun. Kommunstyrelsen beslutar att anta yttrandet.")?.title).toBe(
      "Synpunkter på bevarandeplan för Natura 2000-området Backen i Piteå kommun",
    );
  });
});

describe("a history word", () => {
  it("inside the clause of what was decided leaves the decision this meeting's", () => {
    const text = `Protokoll styrelsemöte 2022-03-08

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Juniorverksamhet. Styrelsen beslutade att satsa på de juniorer som kom till klubben tidigare år och inte ordna någon nybörjarkurs i vår.

3. Mötets avslutande
`;
    const item = rulesOnly(text).items.find((i) => i.number === "2");
    expect(item?.title).toBe("Juniorverksamhet");
    expect(item?.decision).toMatch(/satsa på de juniorer/u);
  });

  it("in the main clause still makes it history", () => {
    const text = `Protokoll styrelsemöte 2022-03-08

1. Juniorverksamhet
Styrelsen beslutade tidigare att satsa på juniorerna. Kassören redogjorde för kostnaderna.

2. Mötets avslutande
`;
    const item = rulesOnly(text).items.find((i) => i.number === "1");
    expect(item?.decision ?? null).toBeNull();
  });
});

describe("a news page of a board's decisions", () => {
  it("gives each decision to the heading above its background", () => {
    const text = `Kommunstyrelsen 3 mars i korthet

Kommunstyrelsen beslutade om följande ärenden:

Bidrag till hembygdsföreningen
Hembygdsföreningen har sökt bidrag för att laga taket på bygdegården. Föreningen har fått ett löfte om bidrag från Länsstyrelsen.

Kommunstyrelsen beslutade att bevilja föreningen 40 000 kronor.

Ny taxa för hemtjänsten
Taxan har inte ändrats sedan 2015 och täcker inte längre kostnaderna.

Kommunstyrelsen beslutade att föreslå fullmäktige en ny taxa från den 1 juli.

Fritidsgården på lördagar
En ledamot har lämnat ett initiativ om öppet på lördagar.

Kommunstyrelsen gav förvaltningen i uppdrag att utreda kostnaden och återkomma inom tre månader.
`;
    const items = rulesOnly(text).items.filter((i) => i.decision !== null);
    expect(items.map((i) => i.title)).toEqual(["Bidrag till hembygdsföreningen", "Ny taxa för hemtjänsten", "Fritidsgården på lördagar"]);
    expect(items[0].decision).toMatch(/bevilja föreningen 40 000 kronor/u);
    expect(items[2].decision).toMatch(/utreda kostnaden/u);
  });
});

describe("a title run into its decision, and short verdicts", () => {
  it("ends the title where a deciding body or the matter itself opens the decision", () => {
    expect(splitRunOnTitle("GDPR Punkten ajourneras")).toEqual({ title: "GDPR", rest: "Punkten ajourneras" });
    expect(splitRunOnTitle("Budget Styrelsen beslutade att anta budgeten.")).toEqual({ title: "Budget", rest: "Styrelsen beslutade att anta budgeten." });
    // (A body's name in a title that decides nothing after it stays: "Information Kommunstyrelsen och nämnderna".)
    expect(splitRunOnTitle("Information Kommunstyrelsen och nämnderna")).toBeNull();
  });

  it("reads a matter put off, but not a meeting's pause", () => {
    expect(decisionTense("Frågan om gemensamt inköp av gödsel ajourneras.")).toBe("present");
    expect(decisionTense("Sammanträdet ajournerades kl 15.00 för lunch.")).toBeNull();
  });

  it("reads a verdict with its verb last after a longer subject", () => {
    expect(decisionTense("Minutes of last meeting agreed.")).not.toBeNull();
    expect(decisionTense("He then agreed.")).toBeNull();
  });
});

describe("who is given a task", () => {
  it("reads a lettered point that opens with the task given", () => {
    const text = `Protokoll styrelsemöte 2018-10-18

§ 4 Julbordet:
  a) Inköp av skinka och sill sker från affären. Styrelsen godkände detta inköp.

  b) Bengt får i uppdrag att fråga sitt jobb om frukt till julbordet. Han lämnar besked vid nästa möte.

  c) Fler förslag kan lämnas vid kommande möten.

§ 5 Mötets avslutande
`;
    const parsed = rulesOnly(text);
    const item = parsed.items.find((i) => i.number === "4b");
    expect(item?.decision).toMatch(/Bengt får i uppdrag/u);
    expect(parsed.mandates).toContainEqual(expect.objectContaining({ assignee: "Bengt", task: expect.stringMatching(/^fråga sitt jobb om frukt/u) }));
  });

  it("reads an action under a topic's tag, and a pronoun as the person named just before", () => {
    const text = `Board meeting minutes 2024-04-04

1. Operations
  • [Onboarding] Luca will complete the onboarding of new members during the weekend.

2. Treasurer
Wendy reviewed the reports with the board. She will talk to the bank about the interest payments.

3. Close
`;
    const mandates = rulesOnly(text).mandates;
    expect(mandates).toContainEqual(expect.objectContaining({ assignee: "Luca", task: expect.stringMatching(/^complete the onboarding/u) }));
    expect(mandates).toContainEqual(expect.objectContaining({ assignee: "Wendy", task: expect.stringMatching(/^talk to the bank/u) }));
  });
});

describe("English councils' own forms", () => {
  it("reads their resolutions, votes and verdicts", () => {
    for (const sentence of [
      "The minutes of the meeting held on 3 May were signed as a true record.",
      "The minutes were confirmed and signed by the Chairman.",
      "That the minutes of the previous meeting be confirmed.",
      "Resolution: That Council endorse the plan.",
      "The report was received and noted.",
      "The consensus was to proceed with option B.",
      "Councillors raised no objection to the application.",
      "All in favour.",
      "Ayes: 5, Nays: 0.",
      "Approved as presented.",
      "Governors approved the policy.",
      "Mr Smith was co-opted onto the Council.",
    ]) {
      expect(decisionTense(sentence), sentence).not.toBeNull();
    }
    for (const sentence of ["That is to be confirmed later.", "Recommendation: That the report be received.", "Apologies were received from Cllr Smith."]) {
      expect(decisionTense(sentence), sentence).toBeNull();
    }
  });

  it("gives a refusal and a failed motion their outcome", () => {
    const parsed = rulesOnly(`Minutes of the Parish Council, 5 May 2021

1. Planning application 21/0456
The application was refused.

2. Motion on street lights
Motion fails.

3. Planning application 21/0470
No objection.
`);
    expect(parsed.items.map((i) => i.outcome)).toEqual(["rejected", "rejected", "approved"]);
  });

  it("reads the numberings English minutes use", () => {
    const titles = (body: string) => rulesOnly(`Minutes of the Committee Meeting, 5 May 2021\n\n${body}`).items.map((i) => [i.number, i.title]);
    expect(titles("(1) Welcome\nThe chair welcomed all.\n(2) Minutes\nThe minutes were approved.\n")).toEqual([["1", "Welcome"], ["2", "Minutes"]]);
    expect(titles("1 - Welcome\nThe chair welcomed all.\n2 - Minutes\nThe minutes were approved.\n")).toEqual([["1", "Welcome"], ["2", "Minutes"]]);
    expect(titles("Minute 45. Apologies\nNone.\nMinute 46. Minutes\nThe minutes were approved.\n")).toEqual([["45", "Apologies"], ["46", "Minutes"]]);
    expect(titles("PC/21/045 Apologies\nNone.\nPC/21/046 Minutes\nThe minutes were approved.\n")).toEqual([["PC/21/045", "Apologies"], ["PC/21/046", "Minutes"]]);
    expect(titles("Agenda Item #1 Welcome\nThe chair welcomed all.\nAgenda Item #2 Minutes\nThe minutes were approved.\n")).toEqual([["1", "Welcome"], ["2", "Minutes"]]);
  });
});

describe("English motions and a body's own acts", () => {
  it("reads a motion moved and seconded, a body's act in the past, and the sense of the board", () => {
    for (const sentence of [
      "Motion by Commissioner Lang, seconded by Commissioner Bush, to accept the agenda.",
      "Moved (Montague) and seconded (Nourse) to approve the consent agenda.",
      "The Council adjusted the school budget to reflect additional funds.",
      "The Board hired a contractor to repair the fence.",
      "It was the sense of the Board to withdraw the motion.",
      "There being no objections, the minutes of the last meeting stand approved.",
    ]) {
      expect(decisionTense(sentence), sentence).not.toBeNull();
    }
    // (A body that talks, hears or wants is not deciding.)
    for (const sentence of ["The Board discussed the budget.", "The committee received a report from the treasurer.", "The group needed more time."]) {
      expect(decisionTense(sentence), sentence).toBeNull();
    }
  });
});

describe("English tasks in more shapes", () => {
  it("reads who is to act however the sentence puts it", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["TODO(carol): fix the build.", "carol", /^fix the build/u],
      ["Anna is to circulate the draft.", "Anna", /^circulate the draft/u],
      ["Tom will be responsible for the raffle.", "Tom", /^be responsible for the raffle/u],
      ["The Council delegated authority to the Clerk to pay the invoice.", "the Clerk", /^pay the invoice/u],
      ["Mary offered to draft the newsletter.", "Mary", /^draft the newsletter/u],
      ["Linda J will chair the fundraiser this coming year.", "Linda J", /^chair the fundraiser/u],
      ["No one objected, so a new task will be created, and David should transfer the budget to WP44.", "David", /^transfer the budget/u],
    ];
    for (const [sentence, assignee, task] of cases) {
      const found = findMandate(sentence);
      expect(found?.assignee, sentence).toBe(assignee);
      expect(found?.task, sentence).toMatch(task);
    }
    // (A month or a day after "so" is no one: "It rained, so Monday will be quiet.")
    expect(findMandate("The date is set, and January will see the launch.")).toBeNull();
  });
});

describe("minutes with no numbers and no blank lines", () => {
  it("take the headings every meeting uses as the items, and an address is no item", () => {
    const parsed = rulesOnly(`Westfield Community Council
12 Mill Road, Westfield, G82 3AB
Monthly meeting, Thursday 9 January 2020
Present: Ann Lee, Bob Hay, Cat Roy
Apologies: Dan Orr
Minutes of last meeting
Draft accepted as correct, proposed by Ann, seconded by Bob.
Matters arising
None.
Treasurer's Report
Bank balance £2625
Planning Report
No new applications.
Date of next meeting
Thursday 13 February
`);
    expect(parsed.items.map((i) => i.title)).toEqual(["Minutes of last meeting", "Matters arising", "Treasurer's Report", "Planning Report", "Date of next meeting"]);
    expect(parsed.items[0].decision).toMatch(/accepted as correct/u);
  });

  it("in Swedish too", () => {
    const parsed = rulesOnly(`Protokoll styrelsemöte 2021-03-04
Mötets öppnande
Ordföranden öppnade mötet.
Val av justerare
Anna Berg valdes att justera protokollet.
Ekonomi
Kassören redogjorde för läget.
Övriga frågor
Inga.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(["Mötets öppnande", "Val av justerare", "Ekonomi", "Övriga frågor"]);
  });
});

describe("topics run into their text", () => {
  it("reads a topic in capitals before a colon as a heading, but not a person's name before a note", () => {
    const topics = rulesOnly(`Minutes of the Social Club committee, 14 January 2016

Car Park Lighting: The car park can be very dark at night. There were no objections to a new lamp, so a replacement will be made.

Christmas Eve: The committee discussed the opening on Christmas Eve. It was agreed that it should be a regular event.

Letter Box: The post gets wet in the wall box. It was agreed to buy a larger box.
`);
    expect(topics.items.map((i) => i.title)).toEqual(["Car Park Lighting", "Christmas Eve", "Letter Box"]);
    const notes = rulesOnly(`Team notes 3 March 2024

Anna: I will send the draft on Friday.

Bob: reviewed the budget with the bank.

Cecilia: Will book the venue.
`);
    expect(notes.items.map((i) => i.title)).not.toContain("Anna");
  });
});

describe("agreement in plain words", () => {
  it("reads English and Swedish ways of saying that the meeting agreed", () => {
    for (const sentence of [
      "It was proposed by John and seconded by Mary that the accounts be adopted.",
      "Everyone agreed.",
      "No one objected.",
      "There was general agreement to hold a fete.",
      "Members were in agreement that the fee should rise.",
      "The decision was to close the bar.",
      "Approval was given for the new sign.",
      "The committee gave approval for the purchase.",
      "Vi kom överens om att träffas i maj.",
      "Styrelsen var enig om att avvakta.",
      "Mötet ansåg motionen besvarad.",
      "Klartecken gavs för renoveringen.",
      "Styrelsen säger nej till ansökan.",
    ]) {
      expect(decisionTense(sentence), sentence).not.toBeNull();
    }
    // (A person's yes, or a vote named in brackets after an election, is no new decision of its own.)
    expect(decisionTense("Han sa ja till att komma.")).toBeNull();
  });
});

describe("headings above a numbered list that comes late", () => {
  it("reads the headings over their prose before the list, and the list after them", () => {
    const parsed = rulesOnly(`Minutes of meeting 7th December 2017

Present Iain Jenner, Colin Campbell, Jennifer Jarl

Matters Arising
The training dates are set for January.

Overgrown vegetation
The council has confirmed that it maintains the cycleway. The MSP is chasing the contractor.
IJ to write to the contractor.

Road signs and repairs
Cllr Baxter is chasing this issue.

Ballachulish Bridge
The works on the bridge have finished but the lights are not back on.
IJ to contact SUSTRANS.

Website Archive
Anne is interested in helping with this.

1. Decrofting for crofts 19 and 20 has been refused.
2. Community donations to be held over until January.
`);
    const titles = parsed.items.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(["Overgrown vegetation", "Road signs and repairs", "Ballachulish Bridge", "Website Archive"]));
    expect(titles.some((t) => t.startsWith("Community donations"))).toBe(true);
    expect(parsed.mandates).toContainEqual(expect.objectContaining({ assignee: "IJ", task: "contact SUSTRANS" }));
  });
});

describe("an HTML page's source", () => {
  it("reads its headings, paragraphs and list entries as lines, and leaves a table to its rows", () => {
    const parsed = rulesOnly(`<h1>Garden Society Committee Meeting Minutes</h1>
<p><strong>Date:</strong> 2016-06-16</p>
<h2>Attendance</h2>
<ul><li>Jason Williams</li><li>Rayna Harris</li></ul>
<h2>Plant sale</h2>
<p>The sale raised &pound;400. It was agreed to hold it again next year.</p>
<h2>Greenhouse</h2>
<p>The committee approved the repair of the greenhouse roof.</p>
<h2>Date of next meeting</h2>
<p>14 July.</p>
`);
    expect(parsed.items.map((i) => i.title)).toEqual(expect.arrayContaining(["Plant sale", "Greenhouse"]));
    expect(parsed.items.find((i) => i.title === "Greenhouse")?.decision).toMatch(/approved the repair/u);
    expect(parsed.meeting.title ?? "").not.toMatch(/</u);
  });
});

describe("the minutes of the last meeting", () => {
  it("are what is approved, not a sign that the approval is history", () => {
    const parsed = rulesOnly(`PTA meeting, Tuesday 27th September 2016
- Welcome and members present: Naomi Williams, Alison Hodges, Victoria Stevens
- Approval of minutes of the last meeting: minutes of the last meeting were approved and signed
- Treasurer's report: the balance is £1,200
- Trips: cost of £6 per child, agreed £2,088
`);
    expect(parsed.documentKind).toBe("minutes");
    expect(parsed.items.find((i) => i.title.startsWith("Approval of minutes"))?.decision).toMatch(/were approved and signed/u);
  });
});

describe("a standard heading run into what was done under it", () => {
  it("ends the title after the heading when the rest decides", () => {
    expect(splitRunOnTitle("AOCB Agreed that the Secretary would contact the police.")).toEqual({
      title: "AOCB",
      rest: "Agreed that the Secretary would contact the police.",
    });
    expect(splitRunOnTitle("Finance report from the treasurer")).toBeNull();
  });
});

describe("a decision's label on a news page", () => {
  it("keeps 'Beslut: …' with the heading above it, not as an item of its own", () => {
    const parsed = rulesOnly(`Från Kommunstyrelsen 13 maj

Åtgärder för en budget i balans
Verksamheterna har haft i uppdrag att vidta åtgärder för att hålla de ekonomiska ramarna.

Beslut: Kommunstyrelsen godkänner redovisningen av åtgärderna. Kommundirektören fick i uppdrag att följa upp dem i oktober.

Kommunstyrelsen beslutar om stängning av Träffpunkt Smedberg.
`);
    const item = parsed.items.find((i) => i.title === "Åtgärder för en budget i balans");
    expect(item?.decision).toMatch(/godkänner redovisningen/u);
    expect(parsed.items.some((i) => i.title.startsWith("Beslut"))).toBe(false);
  });
});

describe("short Swedish verdicts", () => {
  it("reads a participle verdict and an election named by its noun, but not a negation or small talk", () => {
    for (const sentence of ["Dagordningen godkänd.", "Förslaget antaget.", "Budgeten klubbad.", "Fastställande av dagordning är ok", "Bifall.", "Omval av Anna Berg.", "Avgiften blir oförändrad 100 kr."]) {
      expect(decisionTense(sentence), sentence).not.toBeNull();
    }
    for (const sentence of ["Förslaget är ännu inte godkänt.", "Allt ok."]) {
      expect(decisionTense(sentence), sentence).toBeNull();
    }
  });
});

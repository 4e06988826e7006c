// Eighth round (issue 13): what the sixth held-out set, become dev's ninth part, taught, each shown
// on a text written here. Lists of decisions under their lead, bulleted summaries, heads run into
// their text, bulleted agendas, "ITEM:" labels and council minute references, a § known by its case
// number only, and wordings ("gick igenom", "bestämdes", "var ense om att", "(elected; unanimous)").
import { describe, expect, it } from "vitest";
import { decisionTense, startsDecision } from "../../app/import/decisions";
import { parseMinutes } from "../../app/import/parse";

const rulesOnly = (text: string, filename?: string) => parseMinutes(text, { filename }, null);

describe("a list of decisions under its lead", () => {
  const news = `Nytt från direktionen

Direktionen för Kommunalförbundet Västkust höll sitt första möte för året den 5 mars 2024.

Direktionen beslöt även:

  • Att godkänna förbundets årsredovisning för 2023. Överskottet blev 200 000 kronor.
  • Att lämna ett remissvar på förslaget till regional plan.
  • Att skicka en skrivelse till Trafikverket om busstrafiken.

Läs mer på förbundets webbplats.
`;

  it("makes each entry an item whose own text is the decision", () => {
    const parsed = rulesOnly(news);
    const titles = parsed.items.map((i) => i.title);
    expect(titles).toEqual([
      "Att godkänna förbundets årsredovisning för 2023",
      "Att lämna ett remissvar på förslaget till regional plan",
      "Att skicka en skrivelse till Trafikverket om busstrafiken",
    ]);
    expect(parsed.items[0]).toMatchObject({ decision: "Att godkänna förbundets årsredovisning för 2023. Överskottet blev 200 000 kronor.", outcome: "approved" });
    expect(parsed.items[1].decision).toBe("Att lämna ett remissvar på förslaget till regional plan.");
    // (The entries begin alike, "• Att …", and are not taken for a running head of a PDF.)
    expect(parsed.warnings).toContainEqual({ code: "paragraph_items" });
  });

  it("does not split one decision whose list is only its detail", () => {
    const text = `Medlemsmötet 16 januari 2024

Valärenden

Anna Berg blev fyllnadsvald till ledamot i styrelsen.

Per Holm blev fyllnadsvald till ersättare i socialnämnden.

Medlemsmötet bestämde att de inte skulle tillsättas, eftersom det snart är årsmöte:

  • En andra revisor
  • Vice ordförande
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).not.toContain("En andra revisor");
  });
});

describe("a bulleted summary of a meeting", () => {
  it("gives an item per bullet once two of them report a decision", () => {
    const text = `Summary of Board meeting 8-29-23

  • Our coordinator has contacted 40 members who have not attended recently.
  • We voted to approve up to $450 for the picnic on September 3rd.
  • We approved the finance committee's proposal to close the board reserve.
  • Marina will follow up with the scouts about insurance.
`;
    const parsed = rulesOnly(text, "board-2023-08-29.txt");
    expect(parsed.items).toHaveLength(4);
    expect(parsed.items[1]).toMatchObject({ outcome: "approved" });
    expect(parsed.mandates).toContainEqual(expect.objectContaining({ assignee: "Marina", item: 3 }));
  });

  it("keeps the bullets under a sentence that ends in a colon as that paragraph's detail", () => {
    const text = `Council minutes

| Election of President |
Council elected Anna Berg as President for 2024.

| Budget 2024 |
The Council approved the budget for 2024. The following points were highlighted:
• A cash pooling arrangement was approved.
• Reserves were expected to stay above the minimum.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Election of President", "Budget 2024"]);
    expect(parsed.items[1].decision).toMatch(/^The Council approved the budget/u);
  });
});

describe("structure where nothing else structured the text", () => {
  it("reads heads run into their text after a colon as items", () => {
    const text = `Board Meeting Minutes, December 2023

Approval of minutes from last meeting: The minutes were approved.

Report on finances: The financial report was discussed and accepted.

Request for funds from the local group: The request was discussed and it was agreed to ask for more information.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual([
      "Approval of minutes from last meeting",
      "Report on finances",
      "Request for funds from the local group",
    ]);
    expect(parsed.items[0]).toMatchObject({ decision: "The minutes were approved.", outcome: "approved" });
  });

  it("reads a bulleted agenda after a notice's prose as its items, never deciding anything", () => {
    const text = `Kallelse till årsmöte i Backsby sportklubb

När, var och hur

Årsmötet hålls söndag den 13 september kl. 19.00 i klubbstugan. Årsmötesagendan är enligt nedan.

 • Mötets öppnande
 • Val av mötesordförande och mötessekreterare
 • Fråga om mötet i behörig ordning utlysts
 • Godkännande av dagordning
 • Styrelsens verksamhetsberättelse
 • Mötets avslutande
`;
    const parsed = rulesOnly(text);
    const titles = parsed.items.map((i) => i.title);
    expect(titles).toContain("Val av mötesordförande och mötessekreterare");
    expect(titles).toContain("Mötets avslutande");
    expect(parsed.documentKind).toBe("agenda");
    expect(parsed.items.filter((i) => i.decision !== null)).toEqual([]);
  });

  it("leaves the bullets under a heading as its notes", () => {
    const text = `Neighborhood Association minutes 2020-07-21

Board Elections

• Secretary – Patty Grabski – ran unopposed, unanimous vote

Summer newsletter

• Article submissions due July 31
• Content
• Census Update
• Mail-in voting

President’s Report

• Meeting with the park board.
`;
    const titles = rulesOnly(text).items.map((i) => i.title);
    expect(titles).toEqual(["Board Elections", "Summer newsletter", "President’s Report"]);
  });
});

describe("numbering and headings", () => {
  it("reads 'ITEM:' labels and an English council's minute references as items", () => {
    const labelled = rulesOnly(`Summary of the board meeting 2014-01-23

ITEM: Remaining payments
We still owe three recipients some money.
ACTION: Stuart K and Martin P to transfer the money

ITEM: By-law changes
We're waiting for feedback.
`);
    expect(labelled.items.map((i) => i.title)).toEqual(["Remaining payments", "By-law changes"]);

    const council = rulesOnly(`Full Council Meeting Minutes
Wednesday 5 April 2023

F01:04/24 Receive apologies for absence.
Apologies were received and accepted.

F02:04/24 To elect a Vice-Chair.
RESOLVED: Cllr Mann elected as vice-chair.
`);
    expect(council.items.map((i) => i.number)).toEqual(["F01:04/24", "F02:04/24"]);
    expect(council.items[1].outcome).toBe("elected");
  });

  it("takes a § heading's title from the next line when the heading holds only its case number", () => {
    const parsed = rulesOnly(`Protokoll Direktionen 2018-04-24

§ 9 Dnr 2018/00021

Information från verksamheten

Direktionens beslut

Direktionen beslutar notera informationen till protokollet.
`);
    expect(parsed.items[0]).toMatchObject({ number: "9", title: "Information från verksamheten", outcome: "noted" });
  });

  it("does not take a week number for an item in a flattened line", () => {
    const long = `Protokoll styrelsemöte 2013-05-16 Fallskärmsklubben. f.) Godkännande av byggändringar. Lars informerade om att bygget kommer igång v 27. Projektet behöver klubbstyrelsens godkännande för fyra ändringar av huset och trappan. Styrelsen beslutade att godkänna ändringarna.`;
    const parsed = rulesOnly(long);
    expect(parsed.items.map((i) => i.number)).not.toContain("27");
  });

  it("treats a dash alone on its line as a blank line", () => {
    const parsed = rulesOnly(`Approved Minutes Community Council May 2021
-
Introductions and Welcome
-
The Chair welcomed everyone to the meeting.
-
Minutes of previous meeting
-
The minutes of the April meeting were approved.
-
Planning
-
Two applications were noted.
`);
    expect(parsed.items.map((i) => i.title)).toEqual(["Introductions and Welcome", "Minutes of previous meeting", "Planning"]);
  });

  it("counts '1. Present' as a sign that the meeting was held", () => {
    const parsed = rulesOnly(`Allotment Society committee meeting 28 January 2014
1. Present
Jill Street, Keith Jones, Elizabeth Hassall
2. Apologies
None
3. Rents
Liz to send the rent reminder to all plotholders.
Jill to purchase refreshments.
`);
    expect(parsed.documentKind).toBe("minutes");
    expect(parsed.mandates.map((m) => m.assignee)).toContain("Jill");
  });
});

describe("wordings of deciding", () => {
  it.each([
    "Prop 2023:1 Budget- och verksamhetsmål gick igenom med ett litet tillägg",
    "Årsavgiften bestämdes till 100 kronor för individuella medlemmar.",
    "Mötet var ense om att klubben ska förberedas för en nedläggning.",
    "Ett urtima medlemsmöte utlyses när anbudet kommit.",
    "President: Jim Jagielski (elected; unanimous)",
    "Up to $650: motion carries unanimously.",
    "Proposed by Councillor A. Lyons Seconded by Councillor P. Barry AND AGREED To confirm the minutes.",
    "Approval deferred to the next meeting.",
  ])("reads %s as a decision", (sentence) => {
    expect(decisionTense(sentence)).not.toBeNull();
  });

  it.each([
    "Ordföranden gick igenom budgeten för nästa år.",
    "Inget nytt datum för styrelsemöte bestämdes.",
    // What the meeting found is no decision: "Konstaterades att inga motioner förelåg".
    "Konstaterades att inga motioner förelåg.",
  ])("reads %s as no decision", (sentence) => {
    expect(decisionTense(sentence)).toBeNull();
  });
});

describe("days listed without a year", () => {
  it("run forward: next year's meeting days after a meeting in the autumn", () => {
    const parsed = rulesOnly(`Protokoll Samhällsbyggnadsnämnden 2019-10-23
§ 1 Sammanträdesdagar 2020
Förvaltningen har lämnat ett förslag på sammanträdesdagar.
29 januari, 26 februari, 22 april, 20 maj, 17 juni och 16 september.
Beslut
Nämnden godkänner förslaget.
`);
    const days = parsed.dates.map((d) => d.date);
    expect(days).toEqual(expect.arrayContaining(["2020-01-29", "2020-04-22", "2020-05-20", "2020-06-17", "2020-09-16"]));
    expect(days).not.toContain("2019-05-20");
  });

  it("but prose that goes back in time keeps its own years", () => {
    const parsed = rulesOnly(`Protokoll årsmöte 2023-04-22
1. Fråga om årsmötets stadgeenliga utlysande
Kallelsen skickades ut den 10 mars och mötet var därför stadgeenligt utlyst. En första inbjudan gick ut den 10 februari.
2. Avslutning
Mötet avslutades.
`);
    expect(parsed.dates.map((d) => d.date)).toContain("2023-02-10");
  });
});

describe("what is no day", () => {
  it("reads neither a fraction nor a code glued to a day-number as a date", async () => {
    const { findDates } = await import("../../app/import/dates");
    expect(findDates("beslutet skall stödjas med minst 2/3 majoritet vid vardera mötet")).toEqual([]);
    expect(findDates("idea: TWE May/June, TW9 Nov?")).toEqual([]);
    expect(findDates("Nästa möte den 9 nov").map((d) => d.text)).toEqual(["den 9 nov"]);
  });
});

describe("minutes kept as Markdown on GitHub", () => {
  const minutes = `# Governance Council meeting 2024-03-15

## Attendees

- Alice Andersson
- Bob Berg
- Carol Chen

## Agenda

### Approve last meeting's minutes

Minutes approved.

### Moderation policy update

- @carol presented the draft.
- Consensus to adopt the draft with the wording changes discussed.

## Action items

- [ ] @alice to publish the minutes by 2024-03-20
- [ ] @bob: draft the blog post about the funding
- [ ] Carol will send the final policy text to the moderation team
`;

  it("takes '## Agenda' over its '###' items for a group heading, and consensus for a decision", () => {
    const parsed = rulesOnly(minutes);
    expect(parsed.items.map((i) => i.title)).toEqual(["Approve last meeting's minutes", "Moderation policy update"]);
    expect(parsed.items[1].decision).toBe("Consensus to adopt the draft with the wording changes discussed.");
  });

  it("reads handles and checklist lines as who does what", () => {
    const tasks = rulesOnly(minutes).mandates.map((m) => [m.assignee, m.task]);
    // (Twelfth round: "by 2024-03-20" is the task's deadline, taken out of its words.)
    expect(rulesOnly(minutes).mandates[0].dueDate).toBe("2024-03-20");
    expect(tasks).toEqual([
      ["@alice", "publish the minutes"],
      ["@bob", "draft the blog post about the funding"],
      ["Carol", "send the final policy text to the moderation team"],
    ]);
  });
});

describe("a run of action notes on one line", () => {
  it("names people the text lists nowhere else, but not words that only open a sentence", () => {
    const parsed = rulesOnly(`Minutes of the committee meeting 07/10/16
1. Minutes of last meeting. Agreed.
2. Arrangements for AGM. David to collect keys. Mike and Lesley to organise wine and nibbles. Martin to get a speaker.
3. Website. Reminder to register for the conference. Hope to show the new pages next time.
`);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([
      ["David", "collect keys"],
      ["Mike and Lesley", "organise wine and nibbles"],
      ["Martin", "get a speaker"],
    ]);
  });
});

describe("a short English committee minute", () => {
  it("reads 'Agreed.' after its title as the decision, and the title's own day as the meeting's", () => {
    const parsed = rulesOnly("Minutes of the committee meeting 07/10/16\n1. Minutes of last meeting. Agreed.\n2. Budget\nThe treasurer reported.\n");
    expect(parsed.meeting.date).toBe("2016-10-07");
    expect(parsed.items[0]).toMatchObject({ title: "Minutes of last meeting", decision: "Agreed." });
    // Still another meeting's day inside a sentence: "To confirm the minutes of the meeting held on 18 March 2021".
    const confirm = rulesOnly("Parish Council minutes\nMeeting held on 15 April 2021\n1. To confirm the minutes of the meeting held on 18 March 2021\nThe minutes were approved.\n");
    expect(confirm.meeting.date).toBe("2021-04-15");
  });
});

describe("a municipal protocol of § items", () => {
  it("keeps the numbered points of a decision inside their §, with the mandate's due from the next point", () => {
    const parsed = rulesOnly(`SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen 2022-03-08

§ 46 Dnr KS 2022/89
Uppdrag om översyn av lokalförsörjningen
Kommunstyrelsens beslut
1. Kommunstyrelsen ger kommundirektören i uppdrag att se över lokalförsörjningen.
2. Uppdraget ska redovisas senast den 30 september 2022.
Sammanfattning av ärendet
Lokalbehovet har ökat.

§ 47 Dnr KS 2022/90
Val av ombud
Kommunstyrelsens beslut
Anna Berg (S) utses till ombud.
`);
    expect(parsed.items.map((i) => i.number)).toEqual(["46", "47"]);
    expect(parsed.mandates).toEqual([expect.objectContaining({ item: 0, assignee: "kommundirektören", task: "se över lokalförsörjningen", dueDate: "2022-09-30" })]);
  });
});

describe("a month after the verb", () => {
  it("dates the decision only when what was decided is not still to come", () => {
    const now = { inBackground: false, perCapsulam: false };
    expect(startsDecision("Delegationen beslutade att rapporten ska publiceras i september.", now)).toBe(true);
    expect(startsDecision("Styrelsen beslutade i mars att anta planen.", now)).toBe(false);
  });
});

describe("a Markdown page with an action table", () => {
  it("keeps a heading's number and reads the table's rows, not its rule, as tasks", () => {
    const parsed = rulesOnly(`# Board meeting 2022-06-01

## 1. Opening
The chair opened the meeting.

## 2. Annual report
The board approved the annual report.

## Action items

| Action | Owner | Due |
|---|---|---|
| Send the annual report to members | Anna | 2022-06-15 |
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([["1", "Opening"], ["2", "Annual report"]]);
    expect(parsed.mandates.map((m) => [m.assignee, m.task, m.dueDate])).toEqual([["Anna", "Send the annual report to members", "2022-06-15"]]);
  });
});

describe("a municipal protocol flattened out of a PDF", () => {
  it("cuts at a body's decision and at the item's labels, and takes the case number out of the title", () => {
    const page = (n: number, text: string) => `${n} (4) KOMMUNSTYRELSEN Sammanträdesprotokoll 2022-03-08 ${text}`;
    const text = [
      page(1, "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2022-03-08 Plats och tid Kommunhuset, sal A, kl. 13.00–16.30 Beslutande Anna Berg (S), ordförande Per Holm (M) Lisa Ek (C) Utses att justera Per Holm"),
      page(2, "§ 45 Dnr KS 2022/123 Val av justerare Kommunstyrelsens beslut Per Holm (M) utses att justera protokollet."),
      page(3, "§ 46 Dnr KS 2021/456 Motion om gång- och cykelväg längs Storgatan Kommunstyrelsens förslag till kommunfullmäktige Kommunfullmäktige beslutar att bifalla motionen. Sammanfattning av ärendet Lisa Ek (C) har i en motion föreslagit att kommunen bygger en gång- och cykelväg längs Storgatan mellan centrum och skolan, eftersom trafiken har ökat och många barn cyklar där varje dag. Förvaltningen har utrett frågan och föreslår att motionen bifalls. Beslutsunderlag Tjänsteskrivelse 2022-02-14"),
    ].join("\n");
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["45", "Val av justerare"],
      ["46", "Motion om gång- och cykelväg längs Storgatan"],
    ]);
    expect(parsed.items[0]).toMatchObject({ decision: "Per Holm (M) utses att justera protokollet.", outcome: "elected" });
    expect(parsed.items[1].decision).toMatch(/Kommunfullmäktige beslutar\s+att bifalla motionen\.$/u);
  });
});

describe("an association's annual meeting", () => {
  it("reads 'Årsmötet beslutade enligt styrelsens förslag.' as the decision, not as a proposal's label", () => {
    const parsed = rulesOnly(`Protokoll fört vid årsmöte med Föreningen Norrbygden 2022-03-20

§ 3 Motion 1: Ny hemsida
Motionären yrkade att föreningen ska ta fram en ny hemsida.
Styrelsens yttrande: Styrelsen föreslår att motionen bifalls.
Årsmötet beslutade enligt styrelsens förslag.

§ 4 Verksamhetsplan och budget
Beslut:
att fastställa verksamhetsplanen för 2022
att ge styrelsen i uppdrag att söka bidrag från kommunen
`);
    expect(parsed.items[0].decision).toBe("Årsmötet beslutade enligt styrelsens förslag.");
    expect(parsed.items[0].background).toMatch(/föreslår att motionen bifalls/u);
    expect(parsed.mandates).toEqual([expect.objectContaining({ item: 1, assignee: "styrelsen", task: "söka bidrag från kommunen" })]);
  });
});

describe("headings above an agenda heading", () => {
  it("are the head (a roll-call table of name, company, yes), not items", () => {
    const text = ["Technical Steering Committee (TSC) Meeting", "", "Stan Liberman", "", "CME Group", "", "Yes", "", "Tamas Blummer", "", "DAH", "", "Yes", "", "Agenda", "", "Code of Conduct", "", "The draft was discussed and approved.", "", "White Paper", "", "The working group will continue.", ""].join("\n");
    expect(rulesOnly(text).items.map((i) => i.title)).toEqual(["Code of Conduct", "White Paper"]);
  });
});

describe("more ways of giving a task", () => {
  it.each([
    ["Johan lovade att hjälpa till att dyka.", "Johan", "hjälpa till att dyka"],
    ["Anna åtog sig att uppmuntra fogdarna.", "Anna", "uppmuntra fogdarna"],
    ["Ordföranden tog på sig uppgiften att driva utvecklandet av hemsidan.", "Ordföranden", "driva utvecklandet av hemsidan"],
    ["Regiondirektören uppdras att återrapportera vidtagna åtgärder.", "Regiondirektören", "återrapportera vidtagna åtgärder"],
    ["Uppdrag till Lucas att lägga upp de justerade protokollen.", "Lucas", "lägga upp de justerade protokollen"],
    ["Kommunfullmäktige tar emot medborgarförslaget och överlämnar det till kommunstyrelsen för ställningstagande och beslut.", "kommunstyrelsen", "ställningstagande och beslut"],
    // (Fourteenth round: "are to" is read as a task of its own, and "by 4th February" is its deadline, as the twelfth
    // round takes "by 2024-03-20" out of a task's words.)
    ["SPC are to transfer the balance by 4th February.", "SPC", "transfer the balance"],
  ])("%s", async (sentence, assignee, task) => {
    const { findMandate } = await import("../../app/import/mandates");
    const found = findMandate(sentence);
    if (assignee === "SPC") {
      // (An English note: read among the item's lines.)
      const parsed = rulesOnly(`Minutes of the committee 2014-01-28\n1. Finance\n${sentence}\n`);
      expect(parsed.mandates[0]).toMatchObject({ assignee, task, dueDate: "2014-02-04" });
      return;
    }
    expect(found).toMatchObject({ assignee, task });
  });

  it("gives nothing for a prize handed over or a report sent to be read", async () => {
    const { findMandate } = await import("../../app/import/mandates");
    expect(findMandate("Ordföranden överlämnade årets hedersdiplom till Torbjörn Aronsson för hans fina artiklar.")).toBeNull();
    expect(findMandate("Protokollet överlämnas till revisorerna för kännedom.")).toBeNull();
  });

  it("reads each doer of a sentence with two", () => {
    const parsed = rulesOnly("Minutes of the TSC 2014-02-17\n1. Servers\nStuart will speak to John Quigley and Martyn will speak to Stephen Rankin.\n");
    expect(parsed.mandates.map((m) => m.assignee)).toEqual(["Stuart", "Martyn"]);
  });
});

describe("an action list folded into its item", () => {
  it("reads who acts at a line's end after a dash, or a doer and a verb, as Swedish action points write them", () => {
    const parsed = rulesOnly(`Minnesanteckningar arbetsgruppen 2024-09-30

1. Plattformen
Vi gick igenom förslaget till rekommendation.

## Actionpoints inför nästa möte

- Meddela tidigare intressenter om att vi påbörjar arbetet - Digg
- Bolagsverket kollar med SMHI om deras erfarenheter
`);
    const tasks = parsed.mandates.map((m) => [m.assignee, m.task]);
    expect(tasks).toHaveLength(2);
    expect(tasks).toEqual(
      expect.arrayContaining([
        ["Digg", "Meddela tidigare intressenter om att vi påbörjar arbetet"],
        ["Bolagsverket", "kollar med SMHI om deras erfarenheter"],
      ]),
    );
  });
});

describe("a table flattened with slashes", () => {
  it("reads '1 / Title / Action' rows as items and the action column as tasks", () => {
    const parsed = rulesOnly(`Trojans Committee Meeting
Wednesday 27th August 2014

Attendees: ML, CW, KC, SN

1 / Minutes of the last meeting / Action
Business Link meeting has been arranged with CW and KC. / CW to brief office on meeting
2 / Membership
Membership forms have gone out electronically. / KC to check the forms against last year's list
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([["1", "Minutes of the last meeting"], ["2", "Membership"]]);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "CW", "brief office on meeting"],
      [1, "KC", "check the forms against last year's list"],
    ]);
  });
});

// Ninth round (issue 13): what the seventh held-out set, become dev's tenth part, taught, each shown
// on a text written here. A page of decisions pasted one paragraph per line, a numbered list of decisions
// under a lead, minutes kept as one bulleted list, a notice set in spaced capitals, and the people and
// wordings the readers missed ("Uppdrogs åt Ulf att …", "asked Councillor Reid to …", "Bob to inform members").
import { describe, expect, it } from "vitest";
import { decisionTense } from "../../app/import/decisions";
import { findMandate } from "../../app/import/mandates";
import { parseMinutes } from "../../app/import/parse";

const rulesOnly = (text: string, filename?: string) => parseMinutes(text, { filename }, null);

describe("who acts", () => {
  it("reads a name listed under a heading of its own as someone", () => {
    const text = `Committee meeting, 4 March 2025

Present

Bob, Lance, Chris

1. Minutes

The minutes were agreed.

2. Annual meeting

  • The meeting agreed the date for the annual meeting.

  • If there are more than six nominations a ballot will be held. Bob to inform members.
`;
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([[1, "Bob", "inform members"]]);
  });

  it("reads the past passive of a Swedish protocol and an English request", () => {
    const text = `Protokoll styrelsemöte 4 mars 2025

1. Fisketillsyn

Uppdrogs åt Ulf att kontakta länsstyrelsen inför kursen.

2. Gångvägen

Councillor Park asked Councillor Reid to follow up with the trails team about the footpath.
`;
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Ulf", "kontakta länsstyrelsen inför kursen"],
      [1, "Councillor Reid", "follow up with the trails team about the footpath"],
    ]);
  });
});

describe("a name no list gives", () => {
  it("reads a capitalised word before 'will' or 'to' as someone, unless it reads as a noun", () => {
    const text = `Board meeting 3 March 2006

Present: Sally, Tom

1. Oysters and Art

Sally noted that the committee is moving along. Shelly will follow up to encourage the committee to post its progress.

2. Keys

Patrick to investigate getting a key to the room.

3. Registration

Registration will open on the first of May. Parking will be free.
`;
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee])).toEqual([
      [0, "Shelly"],
      [1, "Patrick"],
    ]);
  });
});

describe("wordings", () => {
  it.each([
    "The SC agreed on the communications strategy.",
    "Motions passed 5-0 to approve the levy certification.",
    "Unanimous approval was given to the agenda and the consent agenda.",
    "Previous meeting's minutes approved.",
    "Decision 2f: to accept the agenda as it is.",
    "Beslöt utse Anna Berg till protokolljusterare.",
    "Stämman förklarades vara utlyst i laga ordning.",
    "Motionen remitteras till kommunstyrelsen.",
    "Förslagen skickades till samhällsbyggnadsnämnden för beredning.",
    "Kommunstyrelsen klubbade igenom förslaget.",
    "Kommunstyrelsen fattade beslut om att godkänna rapporten.",
    "The SC approves the current version of the document.",
    "A decision was made to not hold a committee meeting in December.",
    "Val av ordförande och sekreterare blev Ulf Berg och Lars Ek.",
  ])("reads %j as a decision", (sentence) => {
    expect(decisionTense(sentence)).not.toBeNull();
  });
});

describe("who is tasked, in more wordings", () => {
  it.each([
    ["Motionen remitteras till kommunstyrelsen.", "kommunstyrelsen"],
    ["Förslagen skickades till samhällsbyggnadsnämnden för beredning.", "samhällsbyggnadsnämnden"],
    ["Brottsförebyggande rådet har fått i uppdrag att ta fram en handlingsplan.", "Brottsförebyggande rådet"],
    ["Kommunfullmäktige uppdrog dessutom till samtliga nämnder att planera för en anpassning av budgeten.", "samtliga nämnder"],
    ["Hamngruppen fick i uppgift att ta fram ett material till årsmötet.", "Hamngruppen"],
    ["Beslut togs att Anders och Lennart ska ta fram ett förslag till budget.", "Anders och Lennart"],
    ["Det beslutades att kassören ska betala fakturan.", "kassören"],
  ])("reads %j", (sentence, assignee) => {
    expect(findMandate(sentence)?.assignee).toBe(assignee);
  });
});

describe("pages without numbered items", () => {
  it("takes a list of decisions announced by its lead as items", () => {
    const text = `Steering group, first meeting

At the first meeting the members discussed concurrent initiatives, and the following decisions were taken:

-       The group agreed on the terms of reference until the board is appointed

-       The group prioritised the securing of funding for a pilot

-       The group agreed on a survey of local stakeholders
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual([
      "The group agreed on the terms of reference until the board is appointed",
      "The group prioritised the securing of funding for a pilot",
      "The group agreed on a survey of local stakeholders",
    ]);
    expect(parsed.items.every((i) => i.decision !== null)).toBe(true);
  });

  it("splits a page pasted one paragraph per line into its decisions", () => {
    const long = "för de år som motsvarar ägarkommunernas mandattid och enligt den fördelning som medlemskommunerna kommit överens om.";
    const text = `Förbundsstyrelsen 14.06.2017

Förbundsstyrelsen föreslår att förbundsstämman förrättar val av fem ledamöter i revisionsnämnden ${long}
Styrelsen godkände budgetramarna och direktiven för beredningen av budget 2018 och ekonomiplanen för 2019-2020 i sin helhet.
Förbundsstyrelsen godkände vidare förslaget till kulturprogram för regionen för år 2018 och de närmaste åren därefter.

Vasa 14.06.2017
`;
    const parsed = rulesOnly(text);
    const decided = parsed.items.filter((i) => i.decision !== null).map((i) => i.decision);
    expect(decided).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Styrelsen godkände budgetramarna/u),
        expect.stringMatching(/^Förbundsstyrelsen godkände vidare/u),
      ]),
    );
  });

  it("keeps a heading's paragraph whole however it was pasted", () => {
    const text = `Kortfattat: regionstyrelsen 2021-10-27

Nyhetsnotiser från regionstyrelsens sammanträde med ett urval av de politiska besluten.

Skyddade personuppgifter
Regionen ska bli bättre på att hantera skyddade personuppgifter. Det har regionstyrelsen beslutat mot bakgrund av en granskning.
Regiondirektören får nu i uppdrag att på ett tydligare sätt styra och stödja verksamheterna i deras arbete med detta.

Arkivering
Regionen ska gå över till en modernare metod för arkivering. Det har regionstyrelsen beslutat.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Skyddade personuppgifter", "Arkivering"]);
    expect(parsed.mandates.map((m) => [m.item, m.assignee])).toContainEqual([0, "Regiondirektören"]);
  });

  it("takes a numbered list of decisions under a lead as its items", () => {
    const text = `Uppdrag från fullmäktige 2025

Fullmäktige hade fyrtio förslag till uppdrag att besluta om. Tre av dem beslutades.

Beslutade uppdrag:

 1. Kommunfullmäktige ger kommunstyrelsen i uppdrag att ta fram en plan för fler bostäder i centralorten.
 2. Kommunfullmäktige ger kultur- och fritidsnämnden i uppdrag att utreda en ny simhall.
 3. Kommunfullmäktige ger kommunstyrelsen i uppdrag att samordna arbetet mot segregation.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    expect(parsed.mandates.map((m) => m.assignee)).toEqual(["kommunstyrelsen", "kultur- och fritidsnämnden", "kommunstyrelsen"]);
  });

  it("takes a numbered list whose entries run a head into their text as items", () => {
    const text = `This is a summary of the Town Council meeting of 15 September 2015. The following is under Council Orders:

1.     The School Budget – The Council adjusted the budget to reflect additional funds.
2.     Fee Schedule (Second Reading) – The Council changed the fee for the fourth violation.
3.     Capital Reserve Request – The Council approved this request by a vote of 7-0.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["The School Budget", "Fee Schedule (Second Reading)", "Capital Reserve Request"]);
    expect(parsed.items[2]).toMatchObject({ outcome: "approved" });
  });

  it("takes minutes kept as one bulleted list, from the opening to the close, as items", () => {
    const text = `Protokoll 16/2-2016

Byggruppens föräldraförening

Närvarande: Anja, Clara, Karolin

Protokoll

  • Mötet öppnas
  • Fritidsgården diskuterades. Karolin gör ett vaktschema och skickar det till alla.
  • Tårtkalaset 6/6. Vi föreslår samhällsföreningen att vi hjälper till med serveringen.
  • Brevet till kommunen om skolutredningen är färdigskrivet. Anja mejlar det till kommunen inom kort.
  • Mötet avslutat!
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual([
      "Mötet öppnas",
      "Fritidsgården diskuterades",
      "Tårtkalaset 6/6",
      "Brevet till kommunen om skolutredningen är färdigskrivet",
      "Mötet avslutat",
    ]);
    expect(parsed.mandates.map((m) => [m.item, m.assignee])).toEqual([
      [1, "Karolin"],
      [3, "Anja"],
    ]);
  });

  it("reads a numbered agenda whose numbers stand after a bullet ('• 1: …')", () => {
    const text = `Protokoll vägföreningens årsmöte 25 augusti 2018

 • 1: Anna Berg valdes till ordförande för mötet.
 • 2: Olle Ek valdes till sekreterare för mötet.
 • 3: Årsmötet befanns behörigen utlyst.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => [i.number, i.outcome])).toEqual([
      ["1", "elected"],
      ["2", "elected"],
      // (The meeting duly called is approved, as "förklarades behörigt utlyst" is: thirteenth round.)
      ["3", "approved"],
    ]);
  });
});

describe("a notice", () => {
  it("reads a heading set in spaced capitals, and invents no decision on a notice", () => {
    const text = `1 K U N G Ö R E L S E Kommunfullmäktige i Bergsjö sammanträder i kulturhuset tisdagen den 22 april 2014 kl 18.30 Ärenden 1. Upprop och val av protokolljusterare. 2. Antagande av detaljplan för Bårhult 1:112, Bårhults företagspark II (sid 26). 3. Fastställande av taxor för Räddningstjänsten Storbergs verksamhet 2014 (sid 194).`;
    const parsed = rulesOnly(text);
    expect(parsed.documentKind).toBe("agenda");
    expect(parsed.items.filter((i) => i.decision !== null)).toEqual([]);
  });
});

describe("a list nested under a numbered item", () => {
  it("is the item's text when its entries are text, and the decision under it is the item's", () => {
    const text = `# Steering Committee summary

## 2024-02-17

### Agenda

1. Decide on producing more specific migration guides
   1. **Context** e.g. from version x.y.z to version a.b.c. This would help users.
   2. **Options**
      1. accept
      2. reject
   3. **Decision**: accept, unanimous

2. Deprecating module variables.
   1. **Decision**: reject approach 1; consider how approach 2 fits.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.filter((i) => i.number !== null).map((i) => [i.number, i.title])).toEqual([
      ["1", "Decide on producing more specific migration guides"],
      ["2", "Deprecating module variables"],
    ]);
    expect(parsed.items.find((i) => i.number === "1")?.decision).toMatch(/accept, unanimous/u);
  });

  it("stays the item's sub-items when its entries are titles", () => {
    const text = `Protokoll styrelsemöte 15 augusti 2016

1. Mötets öppnande
2. Genomgång av tidigare protokoll
  1. Medlemsavgiften
  2. Nytt organisationsnummer
3. Ekonomisk genomgång
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual([
      "Mötets öppnande",
      "Genomgång av tidigare protokoll",
      "Medlemsavgiften",
      "Nytt organisationsnummer",
      "Ekonomisk genomgång",
    ]);
  });
});

describe("dates", () => {
  it("takes a head day's missing year from the file's name when the name gives that day", () => {
    const text =
      "Vid kommunstyrelsens sammanträde den 31 augusti diskuterades bland annat följande frågor:\n\nBudget\n\nKommunstyrelsen beslutade att anta budgeten, som gäller från 1 september 2021.\n\nTaxor\n\nKommunstyrelsen beslutade att höja taxan för bygglov.\n";
    expect(rulesOnly(text, "storbygd-ks-2021-08-31.txt").meeting?.date).toBe("2021-08-31");
  });

  it("reads a year after a comma with no space ('July 14,2009')", () => {
    const parsed = rulesOnly("Minutes of meeting July 14,2009\n\n1. Minutes\n\nThe minutes were approved.\n");
    expect(parsed.meeting?.date).toBe("2009-07-14");
  });
});

describe("bulleted lists that a heading or a lead names", () => {
  it("takes an agenda of bullets under 'Agenda' as items, their indented points as their text", () => {
    const text = `LAG-möten 2021

LAG 3 mars 2021

Agenda

 • Mötets öppnande
 • Val av ordförande, sekreterare och justerare
 • Föregående protokoll
 • Rundan
  • Intro – två minuter var, förbered innan! Rundan avslutas när alla har talat.
 • Utvärdering och måluppfyllelse (underlag i förväg)
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual([
      "Mötets öppnande",
      "Val av ordförande, sekreterare och justerare",
      "Föregående protokoll",
      "Rundan",
      "Utvärdering och måluppfyllelse (underlag i förväg)",
    ]);
  });

  it("takes long titles under 'Följande ärenden behandlas vid sammanträdet'", () => {
    const text = `Kallelse till kommunfullmäktige 14 oktober 2019

Följande ärenden behandlas vid sammanträdet

 • Val av justerare
 • Information från kommunrevisionen
 • Motion av Anna Berg (M) om utredning av kostnader och utfall av aktiviteter och projekt inom kommunens förvaltningar
 • Anmälan av inkomna motioner
`;
    const parsed = rulesOnly(text);
    expect(parsed.documentKind).toBe("agenda");
    expect(parsed.items).toHaveLength(4);
    expect(parsed.items[2].title).toMatch(/^Motion av Anna Berg/u);
  });

  it("reads a list of decisions under a lead that ends in 'att', above the page's headed news", () => {
    const text = `Beslut i fullmäktige

Här kan du läsa om några av besluten som politikerna fattade på mötet den 16 februari 2022.

Kommunfullmäktige beslutade bland annat att

 • godkänna ny upphandlingspolicy för kommunen och dess bolag.
 • godkänna handlingsprogram för olycksförebyggande arbete.
  Ett lagförslag om ändringar i lagen om skydd mot olyckor trädde i kraft 2021.
 • anta nya allmänna bestämmelser för vatten och avlopp.

Valärenden

Anna Berg (S) har avsagt sig sina uppdrag. Kommunfullmäktige beslutade att utse Olle Ek (S) till ledamot.

Medborgarförslag

Förslagen skickades till samhällsbyggnadsnämnden för beredning.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => [i.title, i.decision !== null])).toEqual([
      ["godkänna ny upphandlingspolicy för kommunen och dess bolag", true],
      ["godkänna handlingsprogram för olycksförebyggande arbete", true],
      ["anta nya allmänna bestämmelser för vatten och avlopp", true],
      ["Valärenden", true],
      ["Medborgarförslag", true],
    ]);
    expect(parsed.items[1].decision).toBe("godkänna handlingsprogram för olycksförebyggande arbete.");
  });
});

describe("more ways of naming who acts", () => {
  it.each([
    ["After the August holiday season, Caterina will try to put all seminars in one category.", "Caterina"],
    ["Jill Danks took action to create an email encouraging donations.", "Jill Danks"],
    ["Cllrs Simpson and Green will prepare a contract of employment.", "Cllrs Simpson and Green"],
    ["Ordföranden ansöker hos Skatteförvaltningen om befrielse.", "Ordföranden"],
    ["Vi har fått kartor, (GD) undersöker lämpligt program för projekteringen.", "GD"],
  ])("reads %j", (sentence, assignee) => {
    const text = `Styrelsemöte / Board meeting 3 March 2020\n\nPresent: Anna, Bo\n\n1. Minutes\n\nThe minutes were approved.\n\n2. Other business\n\n${sentence}\n`;
    expect(rulesOnly(text).mandates.map((m) => m.assignee)).toContain(assignee);
  });
});

describe("a short label over its text", () => {
  it("is a heading though it ends in a colon", () => {
    const text = `Rotary Board

Minutes

September 13, 2007

Present: Brad, Angie, Marcy, Tom

President Ripley called the meeting to order at 12:08 PM

Secretaries Report:

Marcy presented the secretary's report for August. Tom made a motion to accept the report, second by Gary, Motion Carried.

Request for funds:

Project Fresh Start requested $1,000. Tom made a motion to provide the funds, Motion Carried.

Community Service:

The ambulance request is still missing details, so we will hold it.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual(expect.arrayContaining(["Secretaries Report", "Request for funds", "Community Service"]));
  });
});

describe("paragraphs under 'Ärenden som behandlats:'", () => {
  it("are each an item, a short heading titling the paragraph under it", () => {
    const text = `Protokoll årsstämman 2023 vägföreningen

Plats, kapellet 230501 kl 14.00

Ärenden som behandlats:

Fastställande av dagordning. Godkänd

Val av ordförande och sekreterare blev Ulf Berg och Lars Ek.

Ansvarsfrihet för styrelsen beviljades.

Inkomna motioner

Inga inkomna motioner

Mötet avslutades 15.00
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => [i.title, i.outcome])).toEqual([
      ["Fastställande av dagordning", "approved"],
      ["Val av ordförande och sekreterare", "elected"],
      ["Ansvarsfrihet för styrelsen beviljades", "approved"],
      ["Inkomna motioner", null],
    ]);
  });
});

describe("minutes kept in chat and Markdown", () => {
  it("reads an IRC log's MeetBot commands: topics are items, actions tasks", () => {
    const text = `Committee meeting 2020-05-20

18:59:14 <marga> #topic Roll Call
18:59:20 <bremner> Hello
19:00:45 <marga> #topic Review of previous meeting's actions
19:01:02 <didrik> nothing to review
19:02:00 <marga> #topic Recruiting efforts
19:04:15 <marga> #agreed the call for candidates closes on Friday
19:04:20 <marga> #action bremner to start votes for the new members
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toContain("Recruiting efforts");
    const recruiting = parsed.items.findIndex((i) => i.title === "Recruiting efforts");
    expect(parsed.items[recruiting].decision).toMatch(/call for candidates closes/u);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([[recruiting, "bremner", "start votes for the new members"]]);
  });

  it("reads a line all in bold as a heading", () => {
    const text = `# Steering Committee meeting 2016-07-14

**Discussion of the roles and responsibilities of the Steering Committee**

We went through the draft. It was agreed to adopt the draft with two changes.

**Discussion of the no-show policy for instructors**

Tabled until the next meeting.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual([
      "Discussion of the roles and responsibilities of the Steering Committee",
      "Discussion of the no-show policy for instructors",
    ]);
  });
});

describe("after the measurement: a flattened protocol's list of contents and its pages", () => {
  it("gives each listed item that comes back on a later page to that page, with its decision", () => {
    const text = [
      "Sida 1/10 Plats och tid Kommunhuset, kl. 09.00 11.55 Beslutande Anna Berg (S), ordförande Olle Ek (C) Övriga deltagare Karin Lind, nämndsekreterare Uno Jonasson, försäkringskassan Rickard Holm, polisen",
      "Sida 2/10 Utses att justera Olle Ek Justerade paragrafer 1-5 Sekreterare Karin Lind Ordförande Anna Berg Justerande Olle Ek ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag",
      "Sida 3/10 1 Beslutad ärendelista 2 Information från försäkringskassan...4 3 Information från polisen...5 4 Uppföljning av överenskommelsen mellan närpolisen och kommunen 2013...6 5 Folkhälsoplan för kommunen och dess förvaltningar 2014...7",
      "Sida 4/10 Dnr: - 2 Information från försäkringskassan Beslut 1. Informationen noteras. Uno från försäkringskassan informerar om utvecklingen av ohälsotalen över tiden för pojkar och flickor i kommunen. Siffrorna som efterfrågades vid förra mötet har han inte fått fram än, och han kommer att komplettera med dem i efterhand. Försäkringskassan omorganiserar just nu sitt arbete i länet, och mer information om vad det betyder för kommunen kommer framöver när den nya organisationen är på plats.",
      "Sida 5/10 Dnr: - 3 Information från polisen Beslut 1. Informationen noteras. Rickard visar statistik över antalet anmälda brott i kommunen under 2013. Aldrig tidigare har det anmälts så många brott i kommunen, och de flesta gäller stölder och skadegörelse i centralorten.",
    ].join("\n");
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.number).sort()).toEqual(["1", "2", "3", "4", "5"]);
    expect(parsed.items.find((i) => i.number === "3")?.decision).toMatch(/^Informationen noteras\./u);
  });
});

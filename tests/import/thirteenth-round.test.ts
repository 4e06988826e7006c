// Thirteenth round (issue 13): the first page of a Swedish protocol is a form ("Plats och tid",
// "Beslutande", "Övriga deltagande", "Utses att justera", "Nämnd/Styrelse …"); its paragraphs carry a case
// number in the body's own form ("KF § 12 DNR: KS.2019.41"), and the PDF may run a paragraph's title, the
// decision's label and the decision into one line. A flattened excerpt gives the agenda "1. … 6." and then the
// paragraphs, numbered on from the year's earlier meetings ("45 Mötets öppnande … 46 …").
import { describe, expect, it } from "vitest";
import { decisionTense } from "../../app/import/decisions";
import { findMandate } from "../../app/import/mandates";
import { isPageMarker } from "../../app/import/pages";
import { parseMinutes } from "../../app/import/parse";

const rulesOnly = (text: string, filename?: string) => parseMinutes(text, { filename }, null);

describe("a kommunfullmäktige protocol whose paragraphs carry the body's case numbers", () => {
  const text = `Plats och tid Kommunhuset, Stora salen, onsdagen den 13 mars 2019 kl 18.00-20.10

Beslutande Se bilaga

Övriga deltagande Eva Lindqvist, kommundirektör

Utses att justera Per Holm (M) och Lena Ek (S)

Underskrifter Sekreterare ... Paragrafer 12 - 14

Nämnd/Styrelse Kommunfullmäktige

Sammanträdesdatum 2019-03-13

(2)

KF § 12 DNR: KS.2019.41

Val av justerare Kommunfullmäktiges beslut Per Holm och Lena Ek utses att justera protokollet.

(3)

KF § 13 Dnr KS/2019:7

Fråga om sammanträdet är behörigt utlyst

Kommunfullmäktiges beslut

Sammanträdet har blivit i laga ordning kungjort.

(4)

KF § 14 DNR: KS.2018.233

Motion om belysning vid skolan Beslut Motionen bifalls.
`;

  it("titles each paragraph by its title, not by its case number", () => {
    expect(rulesOnly(text).items.map((i) => [i.number, i.title])).toEqual([
      ["12", "Val av justerare"],
      ["13", "Fråga om sammanträdet är behörigt utlyst"],
      ["14", "Motion om belysning vid skolan"],
    ]);
  });

  it("reads the decision the PDF ran into the title's line", () => {
    expect(rulesOnly(text).items.map((i) => i.decision)).toEqual([
      "Per Holm och Lena Ek utses att justera protokollet.",
      "Sammanträdet har blivit i laga ordning kungjort.",
      "Motionen bifalls.",
    ]);
  });

  it("names the meeting by the form's body field, never by the other participants", () => {
    expect(rulesOnly(text).meeting.title).toBe("Kommunfullmäktige");
  });

  it("reads a page number in brackets alone on its line as a page marker", () => {
    expect(isPageMarker("(3)")).toBe(true);
    expect(isPageMarker("(3) Budget")).toBe(false);
  });
});

describe("a flattened excerpt: the agenda, then paragraphs numbered on from the year's earlier meetings", () => {
  const text = [
    "Plats och tid: Stadshuset, 13.00-15.00 Närvarande Anna Berg Per Holm Eva Lind Karin Sjö Utses att justera: Per Holm Underskrifter: Sekreterare Eva Lind Ordförande Anna Berg Justerare Per Holm",
    "DAGORDNING 1. Mötets öppnande 2. Val av justerare 3. Godkännande av dagordning 4. Trygghetsvandringar i centrum, Karin Sjö - samordnare 5. Övrigt Vad som händer i kommunen utifrån respektive verksamhet som är representerad i rådet. 6. Mötets avslutande Ordförande Anna Berg Samordnare Karin Sjö",
    "45 Mötets öppnande Ordföranden öppnar mötet. 46 Val av justerare Till justerare väljs Per Holm. 47 Godkännande av dagordning Dagordningen godkänns. 48 Trygghetsvandringar i centrum Karin Sjö redogör för vårens vandringar i centrum och vid resecentrum. Deltagarna såg brister i belysningen vid gångtunneln och vid busshållplatserna, och fastighetsägarna har fått ta del av iakttagelserna. Rådet beslutar att genomföra en ny vandring i oktober.",
  ].join("\n");

  it("takes the paragraphs as the items, with their decisions", () => {
    const items = rulesOnly(text, "brottsforebyggande-radet-45-48.txt").items.filter((i) => Number(i.number) >= 45);
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ["45", "Mötets öppnande"],
      ["46", "Val av justerare"],
      ["47", "Godkännande av dagordning"],
      ["48", "Trygghetsvandringar i centrum"],
    ]);
    expect(items[1].decision).toBe("Till justerare väljs Per Holm.");
    expect(items[2].decision).toBe("Dagordningen godkänns.");
  });
});

describe("a youth council's protocol out of a PDF: a list of matters on one line, then a page per paragraph", () => {
  // Each page: its number and the body's name as running head, then the paragraph. The decision's lead
  // ("Ungdomsrådet beslutar") stood in the margin and was lost: the att-clauses under the title are the decision.
  const text = [
    "Ungdomsrådet 1(4) Plats och tid Kommunhuset, sammanträdesrum Ådalen, klockan 17.30-19.00 Beslutande Sara Ek, Omar Haddad, Lisa Berg, Jonas Falk Övriga närvarande Anna Lund, fritidskonsulent Justerare Omar Haddad Paragrafer: 31-34 Underskrifter Sekreterare Lisa Berg Ordförande Sara Ek Justerare Omar Haddad ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ Ungdomsrådet Datum då anslaget sätts upp 2020-03-12 Datum då anslaget tas ned 2020-04-03 Förvaringsplats för protokollet Kommunledningskontoret",
    "3(4) Ärendelista 31. Föregående protokoll 32. Sommarlovsaktiviteter 2020 33. Skatepark vid badhuset 34. Övriga frågor a) Ny ledamot b) Inbjudan till länets ungdomsting c) Rådets aktiviteter under hösten d) Gruppchatt för rådets ledamöter 35. Nästa sammanträde",
    "4(4) Ungdomsrådet 31 Föregående protokoll att lägga informationen till handlingarna Protokollet från mötet i februari gicks igenom och frågor om budgeten besvarades av fritidskonsulenten.",
    "5(4) Ungdomsrådet 32 Sommarlovsaktiviteter 2020 att ge arbetsgruppen i uppdrag att ta fram ett förslag till program inför sommarlovet Diskussion fördes om vilka aktiviteter som var populära förra året.",
    "6(4) Ungdomsrådet 33 Skatepark vid badhuset att skicka en skrivelse till tekniska nämnden om skateparken Rådet har fått in önskemål från flera skolor om en skatepark nära badhuset i centrum.",
  ].join("\n");

  // (The excerpt stops after § 33: the matters listed after it stay as the list gives them.)
  const paragraphs = () => rulesOnly(text, "ungdomsradet-31-34.txt").items.filter((i) => ["31", "32", "33"].includes(i.number ?? ""));

  it("takes the paragraphs on the pages as the items, once each, not the list of matters", () => {
    expect(paragraphs().map((i) => [i.number, i.title])).toEqual([
      ["31", "Föregående protokoll"],
      ["32", "Sommarlovsaktiviteter 2020"],
      ["33", "Skatepark vid badhuset"],
    ]);
  });

  it("reads the att-clauses straight under a paragraph's title as its decision", () => {
    const [first, second] = paragraphs();
    expect(first.decision).toMatch(/^att lägga informationen till handlingarna/u);
    expect(second.decision).toMatch(/^att ge arbetsgruppen i uppdrag att ta fram ett förslag/u);
  });
});

describe("a list of contents whose entries end in their page, with no dot leader", () => {
  const text = `Kommunala rådet 2019-05-06

Innehållsförteckning

12 Budget för sommarjobb 3

13 Renovering av fritidsgården 4

14 Övriga frågor 5

12 Budget för sommarjobb

Rådet godkänner budgeten för sommarjobben.

13 Renovering av fritidsgården

Rådet tackar för informationen.

14 Övriga frågor

Inga övriga frågor.
`;

  it("gives way to the paragraphs it lists", () => {
    const items = rulesOnly(text).items;
    expect(items.map((i) => [i.number, i.title, i.decision])).toEqual([
      ["12", "Budget för sommarjobb", "Rådet godkänner budgeten för sommarjobben."],
      ["13", "Renovering av fritidsgården", "Rådet tackar för informationen."],
      ["14", "Övriga frågor", null],
    ]);
  });
});

describe("a municipality's news page after a council meeting, pasted without its blank lines", () => {
  const text = `Artikeln publicerades 14 maj 2024
Sammanfattning från kommunfullmäktiges sammanträde den 13 maj 2024
Här är några av besluten från kvällens sammanträde.
Ny förskola i Norrby
Kommunfullmäktige beslutade att bygga en ny förskola i Norrby med plats för 120 barn. Bygget ska starta under hösten.
Investeringar 2025
Kommunfullmäktige fastställer investeringar på över 2 miljoner kronor enligt tabellen nedan:
Gång- och cykelväg Storgatan
6 Mkr
Ventilation i simhallen
2 Mkr
Motion om solceller på kommunens tak
Motionen från Lena Ek (C) bifölls efter en kort debatt. Kommunstyrelsen får i uppdrag att ta fram en plan för solceller.
`;

  it("is the meeting's minutes, held on the day it names, not the day the page was published", () => {
    const parsed = rulesOnly(text);
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.meeting.date).toBe("2024-05-13");
  });

  it("takes the lines between paragraphs as headings, and no amount in a table as an item", () => {
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Ny förskola i Norrby", "Investeringar 2025", "Motion om solceller på kommunens tak"]);
    expect(parsed.items[0].decision).toMatch(/^Kommunfullmäktige beslutade att bygga en ny förskola/u);
  });
});

describe("a programme's summary of its meeting", () => {
  it("is minutes even though its head also says Agenda", () => {
    const text = `Summary of the steering committee meeting 2023-09-14 Agenda

1. Roll call

Present: Anna, Ben, Carla

2. Budget for 2024

- Motion: Approve the budget for 2024. Accepted unanimously.
`;
    const parsed = rulesOnly(text);
    expect(parsed.documentKind).toBe("minutes");
    expect(parsed.items[1].decision).toMatch(/Accepted unanimously/u);
  });
});

describe("short verdicts", () => {
  it("reads a verdict whose verb comes last, and who checks the minutes, as decisions", () => {
    const text = `Technical steering committee minutes 2023-07-25

Present: Anna, Ben, Carla

1. Workbench on macOS

Could we mention in our release notes that the Workbench runs on a Mac? Change accepted.

2. Release plan

Ben will prepare the release. He accepted.

3. Val av justerare

Carla Holm justerar protokollet.
`;
    const items = rulesOnly(text).items;
    expect(items[0].decision).toBe("Change accepted.");
    expect(items[1].decision).toBeNull();
    expect(items[2].decision).toBe("Carla Holm justerar protokollet.");
  });
});

describe("a residents' association's minutes copied from its web page", () => {
  const text = `Monday, 14 March 2022

Minutes of the Residents' Association Committee 9th March 2022

Present: Anna Holt; Ben Carr; Carla Dunn; and Dev Patel.

1. Apologies and actions

Apologies had been received from Eve Lamb.

Summary of actions following the meetingResponsible
Ask the council about the broken street lightBen
Book the hall for the spring fairCarla and Dev
Write to the bus company about the timetableAnna

2. Treasurer's report

The accounts were approved.
`;

  it("reads the action table whose cells the copy glued together, each task with who does it", () => {
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual(
      expect.arrayContaining([
        ["Ben", "Ask the council about the broken street light"],
        ["Carla and Dev", "Book the hall for the spring fair"],
        ["Anna", "Write to the bus company about the timetable"],
      ]),
    );
  });

  it("takes the meeting's day from the line that names the minutes, not the day the page was put up", () => {
    expect(rulesOnly(text).meeting.date).toBe("2022-03-09");
  });

  it("never takes the day the minutes were approved", () => {
    const parsed = rulesOnly(`Board | Minutes

Meeting date and start time: Thursday 27 April 2023 at 13:00 UTC.
Minutes approved by the board on 2023-05-25.

1. Budget

The board approved the budget.
`);
    expect(parsed.meeting.date).toBe("2023-04-27");
  });
});

describe("titles that run into their text, as web pages and Markdown write them", () => {
  it("ends the title at a dash glued to its last word, at 'Apologies:' and before a page's references", () => {
    const text = `Library board minutes May 8, 2014

Present: Wendy, Tom, Forest

1. Balance, Receipts and Expenditures- Wendy reviewed reports with board
2. Apologies: Ian Bradley (work commitments)
3. TSC Elections - Nominations [#129](https://github.com/example/tsc/issues/129)
4. GLEP 82 update [1]
5. Barn- och ungdomsfrågor
`;
    expect(rulesOnly(text).items.map((i) => i.title)).toEqual([
      "Balance, Receipts and Expenditures",
      "Apologies",
      "TSC Elections - Nominations",
      "GLEP 82 update",
      "Barn- och ungdomsfrågor",
    ]);
  });
});

describe("a decision told in running text", () => {
  const text = `Minutes of the trustees' meeting 18 July 2018

Present: Andrew Hill, Beth Moss, Carl Dean

1. Bequest

It was agreed that Andrew should open an account with the bank and deposit the bequest.
Andrew feels that budgeting needs now to be more sophisticated, phased quarterly rather than split evenly over the year, and the trustees discussed how reports could show this.

2. Val av kassör

Till kassör valdes Beth Moss.

Ordföranden tog på sig uppgiften att driva arbetet med föreningens

hemsidor.
`;

  it("ends with its paragraph: the story after it is the item's text", () => {
    const [bequest, treasurer] = rulesOnly(text).items;
    expect(bequest.decision).toBe("It was agreed that Andrew should open an account with the bank and deposit the bequest.");
    expect(bequest.background).toMatch(/^Andrew feels that budgeting/u);
    expect(treasurer.decision).toBe("Till kassör valdes Beth Moss.");
  });

  it("still gives the task a paragraph after it lays on someone", () => {
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toContainEqual([1, "Ordföranden", "driva arbetet med föreningens hemsidor"]);
  });
});

describe("who a matter is sent or delegated to", () => {
  it("takes the body's name, capitalised words and all, and no word after it", () => {
    expect(findMandate("Ärendet överlämnas till Region Kronoberg för yttrande.")?.assignee).toBe("Region Kronoberg");
    expect(findMandate("Motionen remitteras till kommunstyrelsen för beredning.")?.assignee).toBe("kommunstyrelsen");
    expect(findMandate("Beslutanderätten i brådskande ärenden delegeras till ordföranden under sommaren.")?.assignee).toBe("ordföranden");
  });
});

describe("numbers within the meeting's own number", () => {
  it("cuts a flattened page at '9:1', '9:2' … (meeting 9, items 1, 2 …)", () => {
    const text = [
      "1 Förbundsstyrelsen Protokoll nr 9 Protokoll fört vid sammanträde med förbundsstyrelsen på kursgården. Närvarande ledamöter: Vidar Ek Linda Holm Lina Berg Malin Tor Eric Lund Protokollssekreterare: Linda Holm Paragrafer: 9:1 9:5 Bilagor: 9:1-9:12",
      "9:1 Öppnande Linda Holm förklarade mötet öppnat. 9:2 Fastställande av föredragningslista Styrelsen beslutade fastställa föredragningslistan utan ändringar. 9:3 Val av justerare Mårten föreslog Eric Lund som justerare. Styrelsen beslutade välja Eric Lund till justerare. 9:4 Föregående protokoll Linda Holm berättade om vilka uppdrag som har utförts och påbörjats sedan förra mötet. Styrelsen beslutade notera föregående protokoll. 9:5 Lägesrunda Styrelsen körde en lägesrunda. Styrelsen beslutade notera läget.",
    ].join("\n");
    const items = rulesOnly(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ["9:1", "Öppnande"],
      ["9:2", "Fastställande av föredragningslista"],
      ["9:3", "Val av justerare"],
      ["9:4", "Föregående protokoll"],
      ["9:5", "Lägesrunda"],
    ]);
    expect(items[2].decision).toBe("Styrelsen beslutade välja Eric Lund till justerare.");
  });

  it("reads a parish council's lettered minute references ('26a/19')", () => {
    const text = `Minutes of the Parish Council meeting 7 May 2019

26a/19 Cllr Robinson was elected Chairman unanimously.
26b/19 The following positions were appointed unanimously: Vice chairman: J Penman.
27a/19 Apologies: None received
28/19 Finance
It was agreed this should be discussed again at the next meeting.
`;
    expect(rulesOnly(text).items.map((i) => i.number)).toEqual(["26a", "26b", "27a", "28"]);
  });
});

describe("a service club's board minutes", () => {
  it("reads 'MCU' as a motion carried, and 'No report' as no part of a title", () => {
    const text = `Rotary Board Minutes

September 13, 2007

Present: Brad Botos, Angie Bright, Tom Friedman

Secretaries Report:

Tom Friedman made a motion to accept the report, second by Gary Welch, MCU

Treasurer's Report:No report

Public Relations – No Report

Social

The holiday party will be at the Hofers.
`;
    const items = rulesOnly(text).items;
    expect(items.map((i) => i.title)).toEqual(["Secretaries Report", "Treasurer's Report", "Public Relations", "Social"]);
    expect(items[0].decision).toMatch(/MCU$/u);
  });
});

describe("a column of numbers over lines that are sentences", () => {
  it("gives the numbers to the lines under it when the next item takes the numbering up", () => {
    const text = `Protokoll, styrelsemöte nr 2, 22 april 2015
Närvarande: Niklas Svensson, Roland Blom, Lars Johansson
1.
2.
3.
4.
Mötet öppnades av ordförande Lars Johansson
Roland Blom valdes att justera dagens protokoll
Föregående protokoll godkändes och lades till handlingarna.
Pågående styrelseprojekt
Lämplig dag för styrelsemöten diskuterades.
5. Inkomna skrivelser
Inga skrivelser hade inkommit.
`;
    const items = rulesOnly(text).items;
    expect(items.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(items[1].decision).toBe("Roland Blom valdes att justera dagens protokoll");
    expect(items[3].title).toBe("Pågående styrelseprojekt");
  });
});

describe("a council's news page with its decisions in brief under a heading", () => {
  it("makes each decision under a lead that names them an item, wherever the lead stands", () => {
    const text = `Äldreomsorg och idrottshall på fullmäktige

Fullmäktiges novembersammanträde inleddes med information om äldreomsorgen i kommunen.

Ärenden i korthet

Här följer ett urval av beslut i korthet:

  • Kommunfullmäktige fastställde taxor för simhallen som gäller från 1 januari 2022.
  • Kommunfullmäktige godkände informationen om tekniska justeringar i budgeten.
  • Fullmäktige gav tekniska förvaltningen i uppdrag att utreda en ny idrottshall.
`;
    const items = rulesOnly(text).items.filter((i) => i.decision !== null);
    expect(items.map((i) => i.decision)).toEqual([
      "Kommunfullmäktige fastställde taxor för simhallen som gäller från 1 januari 2022.",
      "Kommunfullmäktige godkände informationen om tekniska justeringar i budgeten.",
      "Fullmäktige gav tekniska förvaltningen i uppdrag att utreda en ny idrottshall.",
    ]);
  });
});

describe("a working group's notes under 'Participants' and 'Agenda'", () => {
  it("are minutes: their homework is who does what", () => {
    const text = `Participants

Agenda

  1. Review of the current draft

  2. Homework

    1. Carsten to look at the recommendation part again [by 17th]

    2. Hilde to summarise the statements from the community meeting [by 17th]
`;
    const parsed = rulesOnly(text);
    expect(parsed.documentKind).toBe("minutes");
  });
});

describe("a task told with the verb before its doer", () => {
  it("reads 'På föräldramötet håller Kati en presentation' as Kati's task, not 'fortsätter Björn som ordförande'", () => {
    const text = `Styrelsemöte 16 augusti 2016

Närvarande: Kati Stenius, Björn Nystén, Maggi Lindberg

1. Medlemsvärvning

På lågstadiets föräldramöte den 31 augusti håller Kati en kort presentation av föreningen.

2. Ordförande

Efter omröstning fortsätter Björn som ordförande.
`;
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([["Kati", "håller en kort presentation av föreningen"]]);
  });
});

describe("the lexicon, thirteenth round", () => {
  it("reads these as decisions", () => {
    for (const sentence of [
      "Mötet ansågs behörigt utlyst.",
      "Konstaterades att mötet var lagenligt sammankallat och beslutfört.",
      "Kommunfullmäktige uttalar enhälligt att sammanträdet är kungjort i laga ordning.",
      "Styrelsen ställer in nästa styrelsesammanträde 19 oktober.",
      "Utskottet justerade särskilt protokoll 2016/17:19.",
      "Noterar informationen.",
      "Antog en krisledningsplan för 2023–2027",
      "Fastställde årsmötet resultatet och balansräkningen.",
      "The Council tabled this discussion.",
      "The Council selected Councilor Mark Lunt to attend by a vote of 7-0.",
      "Berit Bergset is asked to take over the work with the website.",
      "Resolved (2009-04-23-02), the Board authorizes the Chief Financial Officer to engage the auditors.",
      "Excaträning skjuts upp till hösten.",
      "Tas upp på följande möte.",
      "Kommunfullmäktige uppdrog dessutom till samtliga nämnder att planera för anpassning av budgeten.",
      "Kommunen ställer sig positiv till biosfärskandidaturen.",
      "Olle Eriksson anmäldes som protokollförare.",
      "På fråga om mötet utlysts i laga ordning svarades ja.",
      "Community donations to be held over until January.",
      "Matter to be listed at next meeting.",
      "Hyran för bystugan bibehålles oförändrad.",
      "Minutes were proposed to be accepted as a true record by JN, seconded by JR and passed unanimously.",
    ]) {
      expect(decisionTense(sentence), sentence).not.toBeNull();
    }
  });

  it("does not read an agenda's question or a refusal to act as a decision", () => {
    for (const sentence of ["Fråga om mötet blivit behörigen utlyst", "Har mötet blivit behörigen utlyst?", "Valde att inte delta."]) {
      expect(decisionTense(sentence), sentence).toBeNull();
    }
  });
});

describe("a protocol flattened page by page, each page opening with its number and a paragraph's", () => {
  it("takes the paragraphs as the items, and a numbered list inside one as its text", () => {
    const text = [
      "1 Kultur- och fritidsnämnden 2017-05-17 Plats och tid Stora sammanträdesrummet, biblioteket, kl. 13:00-16:00 Beslutande Åsa Holm (S) ordförande Gun Berg (M) Mats Olsson (S) Anne Hellman (V) Övriga deltagande Kristina Lund, sekreterare Justeringens plats och tid Kommunkontoret 2017-05-19 Justerade paragrafer 26-28 Underskrifter Ordförande Justerande Sekreterare ANSLAG/BEVIS Organ Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Kultur- och fritidsnämnden 2017-05-17 Anslaget sätts upp 2017-05-22 Anslaget tas ned 2017-06-13 Protokollets förvaringsplats Kommunhuset",
      "Kultur- och fritidsnämnden 2017-05-17 2 26 Ekonomi Förvaltningschefen redogör för det ekonomiska läget. Posterna för föreningsbidrag och idrottshallar ligger högt, och förklaringen är att föreningsbidragen delas ut i början av året. Prognosen visar att budgeten för 2017 håller. Ordföranden finner att nämnden tackar för rapporten.",
      "Kultur- och fritidsnämnden 2017-05-17 3 27 Fritidsgårdsflytt Kultur- och fritidsnämndens beslut 1. Planerad flytt av fritidsgården skjuts upp för vidare utredning. 2. Hyresavtal vid nuvarande fritidsgård förlängs under utredningsperioden, dock längst 2,5 år. Beskrivning av ärendet På grund av det ekonomiska läget skjuts flytten upp.",
      "Kultur- och fritidsnämnden 2017-05-17 4 28 Övriga frågor Inga övriga frågor anmäldes till dagens sammanträde och ordföranden tackade ledamöterna för ett gott arbete under våren som gått, med önskan om en skön sommar.",
    ].join("\n");
    const items = rulesOnly(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([
      ["26", "Ekonomi"],
      ["27", "Fritidsgårdsflytt"],
      ["28", "Övriga frågor"],
    ]);
    expect(items[1].decision).toMatch(/^1\.\s+Planerad flytt av fritidsgården skjuts upp/u);
    // (The description under its label tells the story, though it says "skjuts upp" too.)
    expect(items[1].decision).not.toMatch(/På grund av/u);
  });
});

describe("action lines in a project's notes", () => {
  it("reads 'Allan: I will …' and '=> koen to …' (a handle the notes list) as tasks", () => {
    const text = `Technical steering committee meeting notes 2012-09-11

Attendees: koen, bluelightning, Allan

1. Autobuilder

• Allan: I will send out an introductory email to each group.
=> koen to investigate the server & report back
=> bluelightning to document the setup steps on the wiki
=> the wiki to be cleaned up later
`;
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([
      ["Allan", "send out an introductory email to each group"],
      ["koen", "investigate the server & report back"],
      ["bluelightning", "document the setup steps on the wiki"],
    ]);
  });
});

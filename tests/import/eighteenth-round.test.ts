// Eighteenth round (issue 13): the forms of a state delegation's, a monitoring committee's, an association's and a
// council's minutes that no minutes of the development set happened to use, written here as their secretaries write
// them.
// - "§ 6 Att göra": a to-do list is an item ("att" after a number is otherwise a clause of a decision list); a list of
//   tasks decides nothing, so the decision model guesses none there.
// - "Föredragande: Maria Lund, förvaltande myndighet" / "Övervakningskommittén godkände årsrapporten …": a label whose
//   line holds all it names does not swallow the item's text after it.
// - "Beslut: att anta verksamhetsplanen." / "Ansvarig: Johan Ny": the task is what was decided, without "Beslut:" and
//   "att"; the responsible one's line is no part of the decision.
// - "Hemsidan behöver uppdateras. (Ansvarig: Eva Ek)", "Städdag. Vem: Anna Berg. När: senast 1 maj.", "(Action:
//   Clerk)": who does the task named after it on its line; the note is no part of a task another rule reads.
// - "Föreningen köper in nya t-shirts. Cecilia ansvarar.": Cecilia takes the task; the association is no one's name.
// - "Cllr Patel to get quotes; Cllr Smith to speak to …": two doers parted by a semicolon.
// - "Kansliet fick i uppdrag att färdigställa rapporten till den 15 april 2015": "till" a day is the task's due.
// - An "När" column saying "nästa möte" is the next meeting.
// - "PROTOKOLL" / "fört vid sammanträde med Delegationen för …": the title is both lines.
// - Notes' own ways of deciding: "Frågan skjuts till nästa möte" (tabled), "Beslutet blev att …", "Styrelsen lämnar
//   ärendet utan åtgärd" (noted), "Styrgruppen är positiv till …" (a body, not a member), "Arbetsgruppen rekommenderar
//   styrgruppen att …", "The request was granted", "gave the go-ahead", "ger sitt medgivande till", a body "har inget
//   att invända mot", "gav klartecken", "Beslut: Enligt förslag.", "Informationen togs emot" (noted); "Styrelsen valde
//   att avstå" elects no one.
// - A month as a task's due: "återkomma senast juni 2022", "återrapportera i december 2021", "by the end of May" are due
//   on the month's last day ("i maj" alone may just say when; a month before the meeting is no due).
// - "2. Ärendet återkommer till direktionen.": the matter comes back, no one is given a task.
// - Notes kept as a table, one row per item ("Punkt | Diskussion | Beslut/Åtgärd | Ansvarig | Klart", a Markdown
//   table, or a Word table read row by row): each row is an item, its decision and who carries it out by when
//   (tables.ts). A table without a column naming the item ("Vad | Vem | När") stays an action list.
// - "## 2. Budget" / "### Underlag" / "### Beslut": under numbered marked-up items, a deeper heading without a number
//   is a part of the item; "- [ ] @alice — publish …": an em dash parts the doer from the task as an en dash does.
// - A news page headed by a meeting's word and its day alone ("Styrelsemötet 210527") is read as one meeting's page.
// - "Beslut: Inga." / "## Decisions" over "* N/A": a label that says nothing was decided holds no decision.
// - A student board's protocol: "Yrkande: Dan yrkade på att …" / "Omröstning: 4 för, 1 emot." / "Mötet beslutade att
//   bifalla yrkandet.": after a motion, the meeting's decision in the past ends the motion's block;
//   "§10 Nästa möte: Nästa möte hålls 2021-03-04.": a short title, a colon and a whole sentence part.
// - "4 §" alone on its line over "Övriga frågor": the heading is the item's title, not a section of its own.
// - "§ 123 Ärendenummer: KS 2020/123" / "Policy för digitalisering": a municipal case system's case number is no title.
// - "Anna: boka lokal.", "Per Lind – kontakta kommunen": a listed person and a Swedish infinitive is that person's task
//   ("Anna: bra idé" is a remark); "Per ser till att kallelsen skickas ut." is Per's task.
// - Notes kept as who said what: "* Bob: Agreed." is a member's word, not the meeting's decision; "* Bob: I'll put
//   together a summary …" is Bob's task, the contraction too.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";

const read = (text: string) => parseMinutes(text, { filename: "protokoll.txt" }, null);
const tasksOf = (parsed: ReturnType<typeof read>, title: string) => {
  const at = parsed.items.findIndex((item) => item.title === title);
  expect(at, `item "${title}"`).toBeGreaterThanOrEqual(0);
  return parsed.mandates.filter((m) => m.item === at).map((m) => ({ assignee: m.assignee, task: m.task, due: m.dueDate ?? m.dueText }));
};

const ASSOCIATION = `Protokoll styrelsemöte Föreningen Norrbo
Datum: 2022-04-05
Närvarande: Anna Berg, Per Lind, Eva Ek, Olle Ny, Cecilia Ros

§ 1 Verksamhetsplan
Styrelsen diskuterade utkastet.
Beslut: att anta verksamhetsplanen med ändringar enligt diskussionen.
Ansvarig: Per Lind

§ 2 Hemsidan
Hemsidan behöver uppdateras. (Ansvarig: Eva Ek)

§ 3 Städdag
Städdagen blir den 14 maj. Vem: Anna Berg. När: senast 1 maj.

§ 4 Profilkläder
Beslut: Föreningen köper in nya t-shirts för högst 3 000 kr. Cecilia ansvarar.

§ 5 Att göra
Vad | Vem | När
Uppdatera medlemsregistret | Olle Ny | 15 maj
Kontakta kommunen om bidraget | Anna Berg | nästa möte

§ 6 Mötet avslutas
`;

describe("an association's minutes: who is responsible, written after the task", () => {
  const parsed = read(ASSOCIATION);

  it("keeps a to-do list as an item, and guesses no decision in it", () => {
    const withModel = parseMinutes(ASSOCIATION, { filename: "protokoll.txt" });
    const todo = withModel.items.find((item) => item.title === "Att göra");
    expect(todo?.number).toBe("5");
    expect(todo?.decision).toBeNull();
    expect(tasksOf(parsed, "Att göra")).toEqual([
      { assignee: "Olle Ny", task: "Uppdatera medlemsregistret", due: "2022-05-15" },
      { assignee: "Anna Berg", task: "Kontakta kommunen om bidraget", due: "nästa möte" },
    ]);
  });

  it("reads 'Ansvarig:' under a decision as the one who carries it out, without the label", () => {
    const item = parsed.items.find((i) => i.title === "Verksamhetsplan");
    expect(item?.decision).toBe("att anta verksamhetsplanen med ändringar enligt diskussionen.");
    expect(tasksOf(parsed, "Verksamhetsplan")).toEqual([
      { assignee: "Per Lind", task: "anta verksamhetsplanen med ändringar enligt diskussionen", due: null },
    ]);
  });

  it("reads who is responsible after the task on its own line", () => {
    expect(tasksOf(parsed, "Hemsidan")).toEqual([{ assignee: "Eva Ek", task: "Hemsidan behöver uppdateras", due: null }]);
    expect(tasksOf(parsed, "Städdag")).toEqual([{ assignee: "Anna Berg", task: "Städdagen blir den 14 maj", due: "2022-05-01" }]);
  });

  it("gives the task of the sentence before to the one who is responsible for it, not to the association", () => {
    expect(tasksOf(parsed, "Profilkläder")).toEqual([
      { assignee: "Cecilia", task: "Föreningen köper in nya t-shirts för högst 3 000 kr", due: null },
    ]);
  });
});

describe("a state delegation's and a monitoring committee's minutes", () => {
  const delegation = read(`PROTOKOLL
fört vid sammanträde med Delegationen för arbetsmarknadsstudier
Datum: 2015-03-12

§ 5 Publicering av rapporten
Delegationen beslöt att publicera rapporten i delegationens rapportserie. Kansliet fick i uppdrag att färdigställa rapporten till den 15 april 2015.

§ 6 Nästa sammanträde
Nästa sammanträde äger rum den 23 april 2015.
`);

  it("takes a heading under a number alone on its line as that item's title", () => {
    const parsed = read("E-delegationen PROTOKOLL nr 3/2014\nSammanträde den 12 mars 2014\n\n3 §\nVägledning för digital samverkan\nDelegationen beslutade att fastställa vägledningen.\n\n4 §\nÖvriga frågor\nInga övriga frågor anmäldes.\n");
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["3", "Vägledning för digital samverkan"],
      ["4", "Övriga frågor"],
    ]);
  });

  it("takes the title under a case system's case number", () => {
    const parsed = read("NORRTÄLJE KOMMUN                SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen                 Sammanträdesdatum 2020-06-08\n\n§ 123 Ärendenummer: KS 2020/123\nPolicy för digitalisering\nKommunstyrelsens beslut\nKommunstyrelsen antar policy för digitalisering.\n\n§ 124 Ärendenummer: KS 2020/150\nDelårsrapport april 2020\nKommunstyrelsens beslut\nKommunstyrelsen godkänner delårsrapporten.\n");
    expect(parsed.items.map((i) => [i.number, i.title, i.decision])).toEqual([
      ["123", "Policy för digitalisering", "Kommunstyrelsen antar policy för digitalisering."],
      ["124", "Delårsrapport april 2020", "Kommunstyrelsen godkänner delårsrapporten."],
    ]);
  });

  it("titles the minutes with the kind's line and the body's", () => {
    expect(delegation.meeting.title).toBe("PROTOKOLL fört vid sammanträde med Delegationen för arbetsmarknadsstudier");
  });

  it("reads 'till' a day as when a task is due", () => {
    expect(tasksOf(delegation, "Publicering av rapporten")).toEqual([
      { assignee: "Kansliet", task: "färdigställa rapporten", due: "2015-04-15" },
    ]);
  });

  it("reads the decision after a presenter's line", () => {
    const committee = read(`Protokoll från möte i övervakningskommittén
Mötesdatum: 2016-05-24

Punkt 3. Årsrapport 2015
Föredragande: Maria Lund, förvaltande myndighet
Maria Lund redogjorde för årsrapporten.
Övervakningskommittén godkände årsrapporten med de ändringar som framkom vid mötet.

Punkt 4. Nästa möte
Nästa möte hålls den 15 november 2016.
`);
    const item = committee.items.find((i) => i.title === "Årsrapport 2015");
    expect(item?.decision).toBe("Övervakningskommittén godkände årsrapporten med de ändringar som framkom vid mötet.");
    expect(item?.outcome).toBe("approved");
  });
});

describe("a council's actions", () => {
  const council = read(`Minutes of the Parish Council Meeting held on 12 May 2021
Present: Cllr Smith (Chair), Cllr Jones, Cllr Patel, Mrs Brown (Clerk)

1. Playground
It was agreed that the Clerk would write to the contractor about the broken swing. (Action: Clerk)

2. Hall
Cllr Patel to get quotes for the roof; Cllr Smith to speak to the hall committee.

3. Roof
The gutter on the north side leaks.
(Action: Cllr Jones)
`);

  it("keeps an action note out of the task it follows", () => {
    expect(tasksOf(council, "Playground")).toEqual([{ assignee: "the Clerk", task: "write to the contractor about the broken swing", due: null }]);
  });

  it("parts two doers a semicolon joins", () => {
    expect(tasksOf(council, "Hall")).toEqual([
      { assignee: "Cllr Patel", task: "get quotes for the roof", due: null },
      { assignee: "Cllr Smith", task: "speak to the hall committee", due: null },
    ]);
  });

  it("gives a line that only names who acts the task on the line above", () => {
    expect(tasksOf(council, "Roof")).toEqual([{ assignee: "Cllr Jones", task: "The gutter on the north side leaks", due: null }]);
  });

  it("reads no owner in an action line that names a doer and a task", () => {
    const parsed = read("Minutes of the Committee meeting held on 3 March 2022\nPresent: Ann Lee, Tim Roe\n\n1. Website\nAction: Tim Roe to update the website.\n");
    expect(tasksOf(parsed, "Website")).toEqual([{ assignee: "Tim Roe", task: "update the website", due: null }]);
  });
});

describe("notes' own ways of deciding", () => {
  const decisionOf = (sentence: string) => {
    const parsed = read(`Minnesanteckningar styrgruppsmöte\nDatum: 2024-03-05\nNärvarande: Anna Berg, Per Lind\n\n1. Projektet\nPer berättade om läget.\n${sentence}\n\n2. Nästa möte\nNästa möte hålls den 5 maj.\n`);
    const item = parsed.items.find((i) => i.number === "1");
    return item?.decision ? item.outcome : null;
  };

  it("reads each as the decision, with its outcome", () => {
    expect(decisionOf("Frågan skjuts till nästa möte.")).toBe("tabled");
    expect(decisionOf("Beslutet blev att vi avvaktar.")).toBe("decided");
    expect(decisionOf("Styrelsen lämnar ärendet utan åtgärd.")).toBe("noted");
    expect(decisionOf("Styrgruppen är positiv till att projektet fortsätter.")).toBe("approved");
    expect(decisionOf("Arbetsgruppen rekommenderar styrgruppen att godkänna planen.")).toBe("approved");
    expect(decisionOf("The request was granted.")).toBe("approved");
    expect(decisionOf("The committee gave the go-ahead for the event.")).toBe("approved");
    expect(decisionOf("Styrgruppen ger sitt medgivande till att projektet förlängs.")).toBe("approved");
    expect(decisionOf("Styrgruppen har inget att invända mot förslaget.")).toBe("approved");
    expect(decisionOf("Styrgruppen gav klartecken.")).toBe("approved");
    expect(decisionOf("Beslut: Enligt förslag.")).toBe("approved");
    expect(decisionOf("Informationen togs emot.")).toBe("noted");
  });

  it("tells choosing to do something from electing someone", () => {
    expect(decisionOf("Styrelsen valde att avstå.")).toBe("decided");
    expect(decisionOf("Mötet valde Anna Berg till ordförande.")).toBe("elected");
    expect(decisionOf("Per Lind valdes att justera protokollet.")).toBe("elected");
  });

  it("reads a member's opinion as no decision", () => {
    expect(decisionOf("Per är positiv till förslaget.")).toBeNull();
    expect(decisionOf("Per har inget att invända mot förslaget.")).toBeNull();
    expect(decisionOf("Gästerna togs emot av ordföranden.")).toBeNull();
    expect(decisionOf("Frågan skjuts till nästa vecka för beredning hos Per.")).not.toBe("tabled");
  });
});

describe("a month as when a task is due", () => {
  const tasks = (sentence: string) => {
    const parsed = read(`Protokoll\nKommunstyrelsen\nSammanträdesdatum 2021-10-05\n\n§ 1 Lokalfrågan\nÄrendet gäller lokalerna.\n${sentence}\n\n§ 2 Nästa möte\nNästa möte hålls den 5 november.\n`);
    return tasksOf(parsed, "Lokalfrågan");
  };

  it("is due on the month's last day", () => {
    expect(tasks("Kommunstyrelsen ger kommunledningskontoret i uppdrag att utreda frågan och återkomma senast juni 2022.")).toEqual([
      { assignee: "kommunledningskontoret", task: "utreda frågan", due: "2022-06-30" },
    ]);
    expect(tasks("Styrelsen ger verksamhetschefen i uppdrag att återrapportera till styrelsen i december 2021.")).toEqual([
      { assignee: "verksamhetschefen", task: "återrapportera till styrelsen", due: "2021-12-31" },
    ]);
    expect(tasks("Kansliet får i uppdrag att ta fram en plan före februari.")[0].due).toBe("2022-02-28");
  });

  it("reads a month without a year after 'i' as no due, and a month gone by as none", () => {
    expect(tasks("Kansliet får i uppdrag att planera evenemanget i juni.")[0]).toEqual({ assignee: "Kansliet", task: "planera evenemanget i juni", due: null });
    expect(tasks("Kansliet får i uppdrag att följa upp reparationerna i maj 2021.")[0].due).toBe("i maj 2021");
  });

  it("gives no task to a matter that comes back", () => {
    expect(tasks("Kommunstyrelsen beslutar\n1. Uppdra åt kommundirektören att utreda frågan.\n2. Ärendet återkommer till kommunstyrelsen.")).toEqual([
      { assignee: "kommundirektören", task: "utreda frågan", due: null },
    ]);
  });
});

describe("notes kept as a table, one row per item", () => {
  it("reads each row as an item with its decision and who carries it out", () => {
    const parsed = read(`Minnesanteckningar
Samverkansgruppen för ungdomsfrågor
Datum: 2023-09-14
Deltagare: Anna Berg (ordf), Per Lind, Eva Ek

Punkt | Diskussion | Beslut/Åtgärd | Ansvarig | Klart
1. Föregående anteckningar | Gicks igenom. | Anteckningarna lades till handlingarna. | |
2. Sommarjobb | Utfallet redovisades. | Per Lind tar fram en sammanställning. | Per Lind | nästa möte
3. Fritidsgårdar | Diskussion om öppettider. | Gruppen beslutade att föreslå utökade öppettider. | Eva Ek | 30 november
4. Nästa möte | | Nästa möte den 16 november 2023. | |
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Föregående anteckningar"],
      ["2", "Sommarjobb"],
      ["3", "Fritidsgårdar"],
      ["4", "Nästa möte"],
    ]);
    expect(parsed.items[0].decision).toBe("Anteckningarna lades till handlingarna.");
    expect(parsed.items[2].decision).toBe("Gruppen beslutade att föreslå utökade öppettider.");
    expect(tasksOf(parsed, "Sommarjobb")).toEqual([{ assignee: "Per Lind", task: "tar fram en sammanställning", due: "nästa möte" }]);
    expect(tasksOf(parsed, "Fritidsgårdar")).toEqual([
      { assignee: "Eva Ek", task: "Gruppen beslutade att föreslå utökade öppettider", due: "2023-11-30" },
    ]);
  });

  it("reads a Markdown table the same, and leaves an action list a table of tasks", () => {
    const parsed = read(`# Steering group notes 2024-02-12

Present: Ann Lee, Tim Roe, Sam Park

| Item | Discussion | Decision | Owner | Due |
|------|------------|----------|-------|-----|
| Budget | Tim presented the Q1 figures. | The budget for Q2 was approved. | Tim Roe | 2024-03-01 |
| Website | The new design was shown. | | Sam Park | next meeting |

| Vad | Vem | När |
|---|---|---|
| Skicka protokollet | Ann Lee | 2024-02-15 |
`);
    expect(parsed.items.map((i) => i.title)).toEqual(["Budget", "Website"]);
    expect(parsed.items[0].decision).toBe("The budget for Q2 was approved.");
    expect(tasksOf(parsed, "Budget")).toEqual([{ assignee: "Tim Roe", task: "The budget for Q2 was approved", due: "2024-03-01" }]);
    // (A row with nothing decided or to be done names no task; the action list's row is a task of the last item.)
    expect(tasksOf(parsed, "Website")).toEqual([{ assignee: "Ann Lee", task: "Skicka protokollet", due: "2024-02-15" }]);
  });
});

describe("Markdown notes", () => {
  it("keeps a deeper heading without a number inside the numbered item above it", () => {
    const parsed = read(`# Protokoll styrelsemöte 2022-10-03

**Närvarande:** Axel Berg, Bea Ek, Cilla Lind

## 1. Mötets öppnande
Axel öppnade mötet.

## 2. Budget

### Underlag
Kassören har skickat ut förslag.

### Beslut
Styrelsen antar budgeten med ändringen att fikaposten sänks till 2 000 kr.

## 3. Övrigt
Inget.
`);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Mötets öppnande"],
      ["2", "Budget"],
      ["3", "Övrigt"],
    ]);
    expect(parsed.items[1].decision).toBe("Styrelsen antar budgeten med ändringen att fikaposten sänks till 2 000 kr.");
    expect(parsed.items[1].background).toBe("Underlag\nKassören har skickat ut förslag.");
  });

  it("keeps a deeper heading an item where no numbered item stands above it", () => {
    const parsed = read(`# Notes 2022-10-03

Present: Axel Berg, Bea Ek

## 1. Opening
Axel opened the meeting.

## 2. Budget
The budget was approved.

## Reports

### Treasurer
The treasurer reported a surplus.

### Chair
The chair reported on the autumn.
`);
    // ("Reports" heads a section of reports, no item; it ends the numbered item above.)
    expect(parsed.items.map((i) => i.title)).toEqual(["Opening", "Budget", "Treasurer", "Chair"]);
  });

  it("reads notes kept as who said what: a member's assent decides nothing, a member's promise is a task", () => {
    const parsed = read(`# Leadership Council Meeting 2024-02-16

Attendees: Alice, Bob, Carol

## Budget

* Alice: The foundation shared the budget draft.
* Bob: Agreed.
* Carol: I'll put together a summary of the open questions.

## Travel grants

* Consensus: the council adopts the travel grants policy as written.
`);
    expect(parsed.items.map((i) => [i.title, i.decision])).toEqual([
      ["Budget", null],
      ["Travel grants", "Consensus: the council adopts the travel grants policy as written."],
    ]);
    expect(parsed.items[0].background).toContain("Bob: Agreed.");
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([["Carol", "put together a summary of the open questions"]]);
  });

  it("reads a task after a handle and an em dash", () => {
    const parsed = read("# Council meeting 2024-05-10\n\nAttendees: Alice Wong, Bob Li\n\n## Elections\n\nThe timeline was discussed.\n\n## Action items\n\n- [ ] @alice — publish the election announcement by 2024-05-20\n");
    expect(parsed.mandates.map((m) => [m.assignee, m.dueDate])).toEqual([["@alice", "2024-05-20"]]);
  });
});

describe("a meeting's news page", () => {
  it("reads a page headed by the meeting's word and its day as one item for review", () => {
    const parsed = read("Styrelsemötet 210527\n\nStyrelsen beslutade att avvakta med beslut om medel till en ny basverksamhet tills ett extra möte i juni.\n\nUnder mötet presenterade verksamhetsutvecklaren beredningsgruppens tankar om en ny gemensam basverksamhet.\n");
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.meeting.date).toBe("2021-05-27");
    expect(parsed.items.map((i) => i.decision)).toEqual([
      "Styrelsen beslutade att avvakta med beslut om medel till en ny basverksamhet tills ett extra möte i juni.",
    ]);
    expect(parsed.warnings.map((w) => w.code)).toContain("one_meeting_page");
  });
});

describe("a label that says nothing was decided", () => {
  it("holds no decision", () => {
    const parsed = read("Protokoll styrelsemöte\nDatum: 2024-03-05\n\n1. Information\nOrdföranden informerade om läget.\nBeslut: Inga.\n\n2. Övrigt\nBeslut: –\n\n3. Budget\nBeslut: Styrelsen antar budgeten.\n");
    expect(parsed.items.map((i) => i.decision)).toEqual([null, null, "Styrelsen antar budgeten."]);
  });
});

describe("a student board's protocol", () => {
  const parsed = read(`Protokoll fört vid styrelsemöte för Datavetenskapsdivisionen
Datum: 2021-02-18
Närvarande: Anna Ek (ordförande), Bo Lind (sekreterare), Cia Berg, Dan Holm

§1 Mötets öppnande: Ordförande Anna Ek förklarade mötet öppnat kl. 12:15.
§2 Motion om fika
Yrkande: Dan yrkade på att fikabudgeten höjs till 1 000 kr.
Omröstning: 3 för, 1 emot.
Mötet beslutade att bifalla yrkandet.
§3 Nästa möte: Nästa möte hålls 2021-03-04.
§4 Mötets avslutande: Ordförande förklarade mötet avslutat kl. 13:02.
`);

  it("reads the meeting's decision after a motion and a vote", () => {
    const item = parsed.items.find((i) => i.number === "2");
    expect(item?.decision).toBe("Mötet beslutade att bifalla yrkandet.");
    expect(item?.outcome).toBe("approved");
  });

  it("parts a short title from a whole sentence after its colon", () => {
    expect(parsed.items.map((i) => i.title)).toEqual(["Mötets öppnande", "Motion om fika", "Nästa möte", "Mötets avslutande"]);
  });
});

describe("a task after a listed person's name", () => {
  const tasks = (sentence: string) => {
    const parsed = read(`Minnesanteckningar styrgruppsmöte\nDatum: 2024-03-05\nNärvarande: Anna Berg, Per Lind, Eva Ek\n\n1. Lokalen\nVi behöver en lokal.\n${sentence}\n\n2. Nästa möte\nNästa möte hålls den 5 maj.\n`);
    return tasksOf(parsed, "Lokalen").map((t) => [t.assignee, t.task]);
  };

  it("reads a name, a colon or a dash and an infinitive as that person's task", () => {
    expect(tasks("Anna: boka lokal.")).toEqual([["Anna", "boka lokal"]]);
    expect(tasks("Per Lind – kontakta kommunen om bidraget")).toEqual([["Per Lind", "kontakta kommunen om bidraget"]]);
    expect(tasks("Per ser till att kallelsen skickas ut.")).toEqual([["Per", "ser till att kallelsen skickas ut"]]);
  });

  it("reads a remark after a name as no task", () => {
    expect(tasks("Anna: bra idé, vi tar det.")).toEqual([]);
    expect(tasks("Per: hela gruppen håller med.")).toEqual([]);
  });
});

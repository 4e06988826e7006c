// Seventeenth round (issue 13): the forms of a Swedish federation's or committee's formal protocol that no minutes of
// the development set happened to use, written here as a secretary of such a body writes them.
// - "Direktionen tar del av informationen", "Arbetsutskottet har tagit del av informationen": the body noted it.
// - "Arbetsutskottet föreslår direktionen att anta …": a preparing body's decision is its proposal to the body above
//   it; in the minutes of the body above, under its own "Beslut", that sentence is the proposal.
// - "Förbundschefen uppdras att …", "Uppdrag till kansliet att …": a task given, and its mandate.
// - "… ger kansliet i uppdrag att återkomma": coming back is the whole task.
// - "Ordföranden bemyndigas att …", "Styrelsen ger ordföranden mandat att …", "Kansliet fick uppdraget att …": an
//   authority, or the mandate by its definite noun, given; "Ordföranden och sekreteraren får …": both share it.
// - "Yrkande: att …" / "Mötet beslutar att bifalla yrkandet.": the meeting decides on the motion.
// - "Beslut: Bifall med 300 000 kr." / "Beslut: Avslag.": a grant's verdict as a noun has its outcome; "Förslaget vann
//   bifall" is approved.
// - Notes' own labels and passives: "Slutsats:", "Överenskommelse:", "(Det) överenskoms att …".
// - "Reservation", "Protokollsanteckning", "Bilaga" alone on a line are labels (their patterns wanted "Reservatione",
//   "Protokollsanteckninga", "Bilago"): a reservation no longer runs on in the decision.
// - "… Spårvagnar i Skåne (SPIS) … godkänner nytt samarbetsavtal - SPIS.": a name's abbreviation after a dash is no one.
// - "Point 3. Budget", "Dagordningspunkt 3 Budget" number an item as "Punkt 3", "Item 3" do ("Point 3 of the agenda
//   was deferred." is a sentence).
// - Days written "5.5.2024" (Finland-Swedish), "2024.05.05" and "2024/05/05" are read; the meeting's day is the
//   "Sammanträdestid" before a bare "Datum" (the document's), not a notice's "utfärdad den", not a "Date:" beside
//   "Author:" and "Revision", and "styrelsemötet 26.10.2017" names the meeting's day over the page's own.
// - The meeting's facts: "Beslutande: Se närvarolista, bilaga 1" names no one; "Förslag: Per Lind och Eva Ek väljs till
//   protokolljusterare." gives the checkers without the label.
// - "Minnesanteckningar från möte med …" over "2019-11-05, kl 10.00–15.00, Jönköping": the title names the group;
//   "NORRTÄLJE KOMMUN SAMMANTRÄDESPROTOKOLL", a page head, names the body without the document's kind.
// - A mandate whose sentence wraps ("… redovisa uppföljningen senast" / "den 30 november 2021.") was given twice, once
//   from the sentence and once from its first line; it is given once.
// - "## Agenda" over a list of the items, first in a page of notes: the list, not an item of its own.
// - "- Consensus: approve the travel budget …" is the decision, not a heading the heading model adds beside the rules'
//   (a bullet or a sentence stands under a heading); "The council decided to postpone …" is tabled.
import { describe, expect, it } from "vitest";
import { itemStart } from "../../app/import/numbering";
import { parseMinutes } from "../../app/import/parse";

/** A protocol with one item whose text is `body`, read by the rules alone. */
function itemOf(body: string, title = "Rapport om verksamheten") {
  const text = `Protokoll\nDirektionen för Räddningstjänstförbundet Exempel\nSammanträdesdatum 2024-03-05\n\nNärvarande: Anna Berg, Per Lind\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 ${title}\nFörbundsdirektören redogör för verksamheten under året.\n${body}\n\n§ 3 Nästa möte\nNästa möte hålls den 5 maj.\n`;
  const parsed = parseMinutes(text, { filename: "protokoll.txt" }, null);
  const at = parsed.items.findIndex((item) => item.title === title);
  return { item: parsed.items[at], mandates: parsed.mandates.filter((m) => m.item === at) };
}

describe("a formal protocol's own ways of deciding", () => {
  it("reads a body taking part of the information as noted", () => {
    expect(itemOf("Direktionen tar del av informationen.").item.decision).toBe("Direktionen tar del av informationen.");
    const { item } = itemOf("Arbetsutskottet har tagit del av informationen.");
    expect(item.decision).toBe("Arbetsutskottet har tagit del av informationen.");
    expect(item.outcome).toBe("noted");
  });

  it("reads a committee's proposal to the body above as its decision", () => {
    const { item } = itemOf("Arbetsutskottet föreslår direktionen att anta ny taxa från den 1 januari 2025.");
    expect(item.decision).toBe("Arbetsutskottet föreslår direktionen att anta ny taxa från den 1 januari 2025.");
    // An office's proposal is no decision of the body.
    expect(itemOf("Förvaltningen föreslår direktionen att anta ny taxa.").item.decision).toBeNull();
  });

  it("keeps the board's own decision apart from the committee's proposal above it", () => {
    const { item } = itemOf("Arbetsutskottet föreslår direktionen att godkänna rapporten.\nBeslut\nDirektionen godkänner rapporten.");
    expect(item.decision).toBe("Direktionen godkänner rapporten.");
    expect(item.proposal).toBe("Arbetsutskottet föreslår direktionen att godkänna rapporten.");
  });

  it("reads a task given in the passive or by its noun, with its mandate", () => {
    const passive = itemOf("Förbundschefen uppdras att ta fram en plan för övningsfältet.");
    expect(passive.item.decision).toBe("Förbundschefen uppdras att ta fram en plan för övningsfältet.");
    expect(passive.mandates).toMatchObject([{ assignee: "Förbundschefen", task: "ta fram en plan för övningsfältet" }]);
    const noun = itemOf("Uppdrag till kansliet att ta fram en plan till nästa möte.");
    expect(noun.mandates).toMatchObject([{ assignee: "kansliet", task: "ta fram en plan", dueText: "till nästa möte" }]);
  });

  it("keeps a mandate to come back, and when", () => {
    expect(itemOf("Direktionen ger kansliet i uppdrag att återkomma.").mandates).toMatchObject([{ assignee: "kansliet", task: "återkomma" }]);
    expect(itemOf("Direktionen ger kansliet i uppdrag att återkomma till nästa möte.").mandates).toMatchObject([
      { assignee: "kansliet", task: "återkomma", dueText: "till nästa möte" },
    ]);
    // "… och återkomma" after a task is still only the task.
    expect(itemOf("Direktionen ger kansliet i uppdrag att utreda frågan och återkomma.").mandates).toMatchObject([{ task: "utreda frågan" }]);
  });

  it("reads an authority given, or a mandate by its definite noun, and both who share it", () => {
    expect(itemOf("Styrelsen bemyndigar ordföranden att underteckna avtalet.").mandates).toMatchObject([{ assignee: "ordföranden", task: "underteckna avtalet" }]);
    const passive = itemOf("Ordföranden bemyndigas att underteckna avtalet.");
    expect(passive.item.decision).toBe("Ordföranden bemyndigas att underteckna avtalet.");
    expect(passive.mandates).toMatchObject([{ assignee: "Ordföranden", task: "underteckna avtalet" }]);
    expect(itemOf("Direktionen ger ordföranden mandat att förhandla med kommunen.").mandates).toMatchObject([{ assignee: "ordföranden", task: "förhandla med kommunen" }]);
    expect(itemOf("Kansliet fick uppdraget att ta fram en plan.").mandates).toMatchObject([{ assignee: "Kansliet", task: "ta fram en plan" }]);
    expect(itemOf("Ordföranden och sekreteraren får mandat att teckna avtalet.").mandates).toMatchObject([{ assignee: "Ordföranden och sekreteraren" }]);
    // A clause before "och" is no one: only the one after it is tasked.
    expect(itemOf("Direktionen godkänner budgeten och kansliet får i uppdrag att ta fram en plan.").mandates).toMatchObject([{ assignee: "kansliet" }]);
    // Holding a mandate is no mandate given.
    expect(itemOf("Ordföranden har mandat att förhandla.").mandates).toEqual([]);
  });

  it("reads the meeting's decision on a member's motion", () => {
    const { item } = itemOf("Yrkande: att föreningen köper en projektor för högst 5000 kr.\nMötet beslutar att bifalla yrkandet.", "Inköp av projektor");
    expect(item.decision).toBe("Mötet beslutar att bifalla yrkandet.");
    expect(item.outcome).toBe("approved");
    // The motion itself decides nothing.
    expect(itemOf("Yrkande: att föreningen köper en projektor.\nPer Lind yrkar att styrelsen beslutar att köpa den.", "Inköp av projektor").item.decision).toBeNull();
  });

  it("gives a grant's verdict written as a noun its outcome", () => {
    expect(itemOf("Beslut: Bifall med 300 000 kr.", "Ansökan från Skärgårdsstiftelsen").item.outcome).toBe("approved");
    expect(itemOf("Beslut: Avslag. Projektet ligger utanför programmets insatsområden.", "Ansökan från Utö båtklubb").item.outcome).toBe("rejected");
  });
});

describe("a decision followed by the protocol's own labels", () => {
  it("ends before a reservation, a note to the minutes or an attachment", () => {
    for (const label of ["Reservation", "Protokollsanteckning", "Bilaga"]) {
      const { item } = itemOf(`Beslut\nMotionen bifalls.\n${label}\nSverigedemokraterna reserverar sig mot beslutet.`);
      expect(item.decision).toBe("Motionen bifalls.");
    }
  });

  it("takes a name's abbreviation after a dash for no one's initials, but keeps initials that do something", () => {
    const agreement = itemOf("Beslut\nDirektionen godkänner nytt samarbetsavtal för Spårvagn i Skåne - SPIS.", "Samarbetsavtal för Spårvagnar i Skåne (SPIS)");
    expect(agreement.item.decision).toMatch(/^Direktionen godkänner nytt samarbetsavtal/u);
    expect(agreement.mandates).toEqual([]);
    const initials = itemOf("Beslut\nDirektionen godkänner avtalet - GD.\n(GD) mejlar kallelsen till medlemmarna.", "Avtal (GD)");
    expect(initials.mandates.map((m) => m.assignee)).toContain("GD");
  });
});

describe("notes' own ways of recording what was agreed", () => {
  it("read a conclusion, an agreement and a proposal that won approval as decisions", () => {
    expect(itemOf("Slutsats: vi byter lås till hösten.").item.decision).toBe("vi byter lås till hösten.");
    expect(itemOf("Överenskommelse: kansliet skickar ut enkäten.").mandates).toMatchObject([{ assignee: "kansliet", task: "skickar ut enkäten" }]);
    expect(itemOf("Det överenskoms att kansliet skickar ut enkäten.").item.outcome).toBe("approved");
    expect(itemOf("Överenskoms att kansliet skickar ut enkäten.").item.decision).toBe("Överenskoms att kansliet skickar ut enkäten.");
    const won = itemOf("Förslaget vann bifall.").item;
    expect(won.decision).toBe("Förslaget vann bifall.");
    expect(won.outcome).toBe("approved");
  });
});

describe("the meeting's title", () => {
  it("is the line that names the group, not the line of when and where under it", () => {
    const text = `Minnesanteckningar från möte med samverkansgruppen för Leaderordförande
2019-11-05, kl 10.00–15.00, Jönköping

Deltagare: Anna Berg (Leader Sjö), Per Lind (Leader Skog), Eva Ek (Leader Fjäll)

1) Inledning
Anna hälsade välkommen.

2) Föregående anteckningar
Anteckningarna godkändes och lades till handlingarna.

3) Programperioden 2021–2027
Gruppen enades om att skicka ett gemensamt yttrande till Jordbruksverket.
`;
    const parsed = parseMinutes(text, { filename: "anteckningar.txt" }, null);
    expect(parsed.meeting.title).toBe("Minnesanteckningar från möte med samverkansgruppen för Leaderordförande");
    expect(parsed.meeting.date).toBe("2019-11-05");
    expect(parsed.items.map((item) => item.title)).toEqual(["Inledning", "Föregående anteckningar", "Programperioden 2021–2027"]);
  });
});

describe("a protocol's page head and a task that wraps", () => {
  const protocol = `NORRTÄLJE KOMMUN SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2021-03-15

Beslutande: Anna Berg (S), ordförande; Per Lind (M)

§ 13 Dnr 2021/14
Internkontrollplan 2021
Kommunstyrelsens beslut
1. Kommunstyrelsen antar internkontrollplanen för 2021.
2. Kommundirektören får i uppdrag att redovisa uppföljningen senast
den 30 november 2021.
`;

  it("names the body without the document's kind, and keeps a title that says whose the minutes are", () => {
    expect(parseMinutes(protocol, { filename: "ks.txt" }, null).meeting.title).toBe("NORRTÄLJE KOMMUN");
    const owned = protocol.replace("NORRTÄLJE KOMMUN SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n", "Kommunstyrelsens protokoll\n");
    expect(parseMinutes(owned, { filename: "ks.txt" }, null).meeting.title).toBe("Kommunstyrelsens protokoll");
  });

  it("gives a task whose sentence wraps once, with its day", () => {
    const parsed = parseMinutes(protocol, { filename: "ks.txt" }, null);
    expect(parsed.mandates).toHaveLength(1);
    expect(parsed.mandates[0]).toMatchObject({ assignee: "Kommundirektören", task: "redovisa uppföljningen", dueDate: "2021-11-30" });
  });
});

describe("notes that list their agenda first", () => {
  it("read the items, not the list of them as one more item", () => {
    const notes = `# Council meeting 2024-03-15

## Attendees

- Alice (compiler)
- Bob (lang)

## Agenda

- Travel grants
- Budget for 2024

## Travel grants

Alice presented the proposal for a travel grant program.

**Decision:** The Council approves the travel grant program for 2024.

**Action item:** Bob to draft the announcement.

## Budget for 2024

Carol walked through the draft budget.
`;
    const parsed = parseMinutes(notes, { filename: "2024-03-15.md" }, null);
    expect(parsed.items.map((item) => item.title)).toEqual(["Travel grants", "Budget for 2024"]);
    expect(parsed.items[0].decision).toBe("The Council approves the travel grant program for 2024.");
    expect(parsed.mandates).toMatchObject([{ assignee: "Bob", task: "draft the announcement" }]);
  });
});

describe("bulleted notes under plain headings", () => {
  const notes = `# Leadership Council Minutes

**Date:** 2024-05-10
**Attendees:** Alice, Bob, Carol, Dave

## Meeting notes

### Project director hiring

- Bob gave an update on the hiring process; three candidates remain.
- We agreed to hold final interviews in the week of May 20.
- @carol will schedule the interviews.

### Budget for the compiler team

- Discussion of the proposed travel budget.
- Consensus: approve the travel budget of $20,000 for 2024.
- Dave to send the approval to the Foundation by Friday.

### Moderation policy update

- Alice presented the draft policy.
- The council decided to postpone the decision to the next meeting.
`;

  it("read a consensus as the decision and a postponement as tabled, with the committed models too", () => {
    for (const parsed of [parseMinutes(notes, { filename: "notes.md" }, null), parseMinutes(notes, { filename: "notes.md" })]) {
      expect(parsed.items.map((item) => item.title)).toEqual(["Project director hiring", "Budget for the compiler team", "Moderation policy update"]);
      expect(parsed.items[1].decision).toMatch(/^Consensus: approve the travel budget of \$20,000 for 2024\./u);
      expect(parsed.items[1].outcome).toBe("approved");
      expect(parsed.items[2].outcome).toBe("tabled");
      expect(parsed.mandates).toMatchObject([
        { item: 0, assignee: "@carol", task: "schedule the interviews" },
        { item: 1, assignee: "Dave", task: "send the approval to the Foundation by Friday" },
      ]);
    }
  });
});

describe("items numbered as points", () => {
  it("read 'Point 3.' and 'Dagordningspunkt 3' as numbered items, not a sentence about a point", () => {
    expect(itemStart("Point 3. Annual implementation report")).toMatchObject({ number: "3", title: "Annual implementation report" });
    expect(itemStart("Dagordningspunkt 2 Val av justerare")).toMatchObject({ number: "2", title: "Val av justerare" });
    expect(itemStart("Point 3 of the agenda was deferred.")).toBeNull();
    expect(itemStart("Punkt 4 på dagordningen utgick.")).toBeNull();
  });
});

describe("the meeting's day", () => {
  const minutes = (head: string) =>
    parseMinutes(`${head}\nNärvarande: Anna Berg, Per Lind\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Budget\nStyrelsen beslutar att anta budgeten.\n`, { filename: "x.txt" }, null).meeting.date;

  it("is read in the ways Finland-Swedish and other minutes write it", () => {
    expect(minutes("Protokoll styrelsemöte\nDatum: 5.5.2024")).toBe("2024-05-05");
    expect(minutes("Protokoll styrelsemöte\nSammanträde 2024.05.05")).toBe("2024-05-05");
    expect(minutes("Protokoll styrelsemöte\nDate: 2024/05/05")).toBe("2024-05-05");
    // A paragraph number is no day.
    expect(minutes("Protokoll styrelsemöte 5.5.2\nDatum: 2024-05-07")).toBe("2024-05-07");
  });

  it("is the meeting's own, not the document's, the notice's or the page's", () => {
    expect(minutes("Sammanträdesprotokoll\nDatum: 02.07.2012\nKyrkorådet 06/12\nSammanträdestid: Måndagen den 09.07.2012 kl.19.00")).toBe("2012-07-09");
    expect(minutes("SAMMANTRÄDESKALLELSE Kallelse utfärdad den 15.01.2015 Socialnämnden 22.01.2015")).toBe("2015-01-22");
    expect(minutes("Minutes 45th Executive Board Meeting\n\n17 November 2004\n\nAuthor: Paul Rendek\nDate: 2004/12/14\n\nRevision No.: 1.2")).toBe("2004-11-17");
    expect(minutes("| 27.10.2017\nInformation från styrelsemötet 26.10.2017")).toBe("2017-10-26");
  });
});

describe("the meeting's facts", () => {
  it("take no pointer to a list for a name, and no label for a checker", () => {
    const text = `PROTOKOLL
Kommunstyrelsen i Exempelby
Sammanträdestid: Måndagen den 14.03.2016 kl. 18.00
Beslutande: Se närvarolista, bilaga 1

§ 21 Val av protokolljusterare
Förslag: Per Lind och Eva Ek väljs till protokolljusterare.
Beslut: Enligt förslag.

§ 22 Budgetuppföljning
Förslag: Kommunstyrelsen antecknar budgetuppföljningen.
Beslut: Enligt förslag.
`;
    const { facts } = parseMinutes(text, { filename: "ks.txt" }, null);
    expect(facts.attendance).toEqual([]);
    expect(facts.checkers).toEqual(["Per Lind", "Eva Ek"]);
    expect(facts.paragraphs).toEqual({ from: 21, to: 22 });
  });
});

// The general mechanisms of issue 13's second round, each on a small text of its own
// (written here, in the shapes real minutes take; none copied from the corpus).
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";

const titles = (text: string, opts = {}) => parseMinutes(text, opts).items.map((i) => i.title);

describe("structure of minutes whatever their layout", () => {
  it("cuts a page pasted out of a PDF on its run of item numbers, not on page numbers, and drops the running head", () => {
    const filler = "Diskussionen rörde också hur arbetet ska följas upp under hösten, hur medlemmarna ska informeras och vilka underlag som behövs inför nästa sammanträde i förbundet.";
    const page = (n: number, body: string) =>
      `${n} EXEMPELFÖRBUNDET Sammanträdesprotokoll Direktionen Sida ${n}(3) ${body} Justerandes sign Utdragsbestyrkande`;
    const text = [
      page(1, `Närvarande Anna Berg Per Holm 1 Mötets öppnande Ordföranden öppnade mötet och hälsade alla välkomna till dagens sammanträde i stadshuset. ${filler} 2 Val av justerare Till justerare valdes Per Holm och justeringen sker på kansliet.`),
      page(2, `3 Budget 2026 Kansliet redogjorde för förslaget till budget och för de kostnader som väntas för lokaler och personal under året. ${filler} Direktionen beslutar att anta budgeten för 2026.`),
      page(3, `4 Övriga frågor Inga övriga frågor anmäldes och ordföranden tackade för ett gott arbete under året och avslutade mötet. ${filler}`),
    ].join("\n\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Mötets öppnande"],
      ["2", "Val av justerare"],
      ["3", "Budget 2026"],
      ["4", "Övriga frågor"],
    ]);
    expect(parsed.items[2].decision).toMatch(/Direktionen beslutar\s+att anta budgeten för 2026/u);
    expect(parsed.items.some((i) => /Justerandes sign|Sida/u.test(`${i.title} ${i.decision ?? ""}`))).toBe(false);
  });

  it("reads a paragraph whose § sign was lost from its heading in capitals", () => {
    const text =
      "1 KOMMUNEN Sammanträdesprotokoll Kommunstyrelsen (12) 63 BILDANDE AV ETT NYTT SAMORDNINGSFÖRBUND Dnr: KS 2014/12 Kommunstyrelsen har tidigare ställt sig bakom en sammanslagning av förbunden och ett förslag till ny förbundsordning har nu arbetats fram av kansliet tillsammans med förbunden. Beslutsunderlag Tjänsteskrivelse Kommunstyrelsen beslutar att godkänna den nya förbundsordningen för samordningsförbundet.";
    const parsed = parseMinutes(text, { filename: "ks-2014-04-09.txt" });
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([["63", "BILDANDE AV ETT NYTT SAMORDNINGSFÖRBUND"]]);
    expect(parsed.items[0].decision).toContain("godkänna den nya förbundsordningen");
  });

  it("knows an attendance list by its shape, without a label", () => {
    const text = [
      "Board Meeting Minutes, March 3, 2024",
      "",
      "  1. Ms. Anna Berg, Chair",
      "  2. Mr. Per Holm, Treasurer",
      "  3. Dr. Eva Lind (by phone)",
      "",
      "  1. Approval of Minutes",
      "  The minutes of the February meeting were approved unanimously.",
      "  2. Budget",
      "  Discussion of the draft budget.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Approval of Minutes", "Budget"]);
    expect(parsed.facts.attendance).toContain("Ms. Anna Berg, Chair");
    expect(parsed.meeting.title).toBe("Board Meeting Minutes, March 3, 2024");
  });

  it("knows lines of names with their parties and roles as attendance, never as the title", () => {
    const text = ["Anna Berg (S), ordförande", "Per Holm (M)", "Eva Lind, Region Kronoberg", "", "Protokoll styrgruppen 2024-03-05", "", "1. Mötets öppnande", "2. Dagordningen godkändes."].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.meeting.title).toBe("Protokoll styrgruppen 2024-03-05");
    expect(parsed.facts.attendance).toEqual(expect.arrayContaining(["Anna Berg (S), ordförande", "Per Holm (M)"]));
    expect(parsed.items.map((i) => i.title)).toEqual(["Mötets öppnande", "Dagordningen godkändes"]);
  });

  it("takes a table of contents as the agenda and the headings under it as the items (an entry never written up stays one)", () => {
    const text = [
      "Minutes of the board, 6 March 2024",
      "",
      "1. Minutes Review and Approval",
      "2. Officer Reports",
      "3. Any other business",
      "",
      "Minutes Review and Approval",
      "",
      "Minutes approved by general consent.",
      "",
      "Officer Reports",
      "",
      "The treasurer reported on the accounts.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Minutes Review and Approval"],
      ["2", "Officer Reports"],
      ["3", "Any other business"],
    ]);
    expect(parsed.items[0].decision).toContain("Minutes approved by general consent");
    // (Listed, never written up: an item of the meeting without text, deciding nothing.)
    expect(parsed.items[2]).toMatchObject({ background: null, decision: null });
    expect(parsed.items[1].background).toContain("The treasurer reported on the accounts.");
  });

  it("reads the decision that stands on the line of the item's number", () => {
    const parsed = parseMinutes("PROTOKOLL Styrelsen 2024-03-05\n\n1. Mötets öppnande\n2. Val av justerare Anna Berg valdes att justera protokollet.\n3. Dagordningen godkändes.\n");
    expect(parsed.items.map((i) => i.title)).toEqual(["Mötets öppnande", "Val av justerare", "Dagordningen godkändes"]);
    expect(parsed.items[1].decision).toBe("Anna Berg valdes att justera protokollet.");
    expect(parsed.items[1].outcome).toBe("elected");
    expect(parsed.items[2].decision).toBe("Dagordningen godkändes");
  });

  it("numbers agenda items with letters all through the alphabet, and reads no decision into an agenda", () => {
    const letters = "abcdefghijklmnopqr".split("");
    const text = `Dagordning årsmöte\n\n${letters.map((l, i) => `${l}) Punkt nummer ${i + 1}`).join("\n")}\n`;
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.number)).toEqual(letters);
    expect(parsed.items.every((i) => i.decision === null)).toBe(true);
  });

  it("takes bulleted headings with their text indented under them as items", () => {
    const text = [
      "Rapport från styrelsemötet 2024-05-12",
      "",
      " • Ekonomi:",
      "   Ekonomin är ansträngd. Styrelsen beslutade om åtgärder för att minska kostnaderna.",
      " • Medlemsrekrytering",
      "   Styrelsen funderar vidare på hur fler kan rekryteras.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Ekonomi", "Medlemsrekrytering"]);
    expect(parsed.items[0].decision).toContain("Styrelsen beslutade om åtgärder");
  });

  it("reads headings marked up as Typst, AsciiDoc or wiki text, and '=== Beslut' as the decision's label", () => {
    const text = ["= Protokoll styrelsemöte 2024-10-10", "", "== Val av justerare", "=== Beslut", "Tim Persson väljs till justerare.", "", "== Budget ==", "Kassören redogjorde för budgeten."].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Val av justerare", "Budget"]);
    expect(parsed.items[0].decision).toBe("Tim Persson väljs till justerare.");
  });
});

describe("what was decided and who does what", () => {
  const minutes = (body: string) => `PROTOKOLL Styrelsen 2024-03-05\n\n§ 1 Ärendet\n${body}\n`;
  const mandates = (body: string) => parseMinutes(minutes(body)).mandates.map((m) => [m.assignee, m.task]);

  it("reads Swedish action phrasing with the one who acts as its subject", () => {
    expect(mandates("Ive kallar till ett möte om märkesrutinerna.")).toEqual([["Ive", "kallar till ett möte om märkesrutinerna"]]);
    expect(mandates("Kansliet ansvarar för att boka lokal.")).toEqual([["Kansliet", "ansvarar för att boka lokal"]]);
    expect(mandates("Lennart kommer att delta för föreningen.")).toEqual([["Lennart", "delta för föreningen"]]);
    expect(mandates("Uppdras åt kansliet att ta fram ett förslag.")).toEqual([["kansliet", "ta fram ett förslag"]]);
    expect(mandates("Anna Berg får i uppdrag att skriva till kommunen.")).toEqual([["Anna Berg", "skriva till kommunen"]]);
  });

  it("does not read a negation, a report, the board itself or a passive as a mandate", () => {
    expect(mandates("Lars kommer inte att delta under hösten.")).toEqual([]);
    expect(mandates("Kassören redovisar ekonomin.")).toEqual([]);
    expect(mandates("Styrelsen kommer att medverka vid invigningen.")).toEqual([]);
    expect(mandates("Ärendet ska återupptas i höst.")).toEqual([]);
  });

  it("reads 'Ansvarig:' under a task and an action table with who and by when", () => {
    expect(mandates("Skicka ut kallelsen till årsmötet\nAnsvarig: Eva Lind")).toEqual([["Eva Lind", "Skicka ut kallelsen till årsmötet"]]);
    const table = ["Åtgärd\tAnsvar\tKlart till", "Boka lokal\tPer Holm\t15 april 2024", "Skriva inbjudan\tKansliet\t2024-04-30"].join("\n");
    const parsed = parseMinutes(minutes(table));
    expect(parsed.mandates.map((m) => [m.assignee, m.task, m.dueDate])).toEqual([
      ["Per Holm", "Boka lokal", "2024-04-15"],
      ["Kansliet", "Skriva inbjudan", "2024-04-30"],
    ]);
  });

  it("reads English action items in a list, and not 'X to …' in running text", () => {
    const text = "Board minutes, 3 March 2024\n\n1. Website\nGoal to publish the new site in April.\n• Tim to send the draft to the board\n[ ] Anna: book the venue\n";
    expect(parseMinutes(text).mandates.map((m) => [m.assignee, m.task]).sort()).toEqual([
      ["Anna", "book the venue"],
      ["Tim", "send the draft to the board"],
    ]);
  });

  it("reads decisions in more inflections and English forms", () => {
    const decision = (line: string) => parseMinutes(`PROTOKOLL Styrelsen 2024-03-05\n\n§ 1 Ärendet\nKansliet har berett ärendet.\n${line}\n`).items[0].decision;
    expect(decision("Styrelsen biföll förslaget.")).toBe("Styrelsen biföll förslaget.");
    expect(decision("Nämnden tillsätter en arbetsgrupp.")).toBe("Nämnden tillsätter en arbetsgrupp.");
    expect(decision("Beslöts att anta planen.")).toBe("Beslöts att anta planen.");
    expect(decision("Agreed that the plan be adopted.")).toBe("Agreed that the plan be adopted.");
    expect(decision("Decision: the plan is adopted.")).toBe("the plan is adopted.");
  });
});

// Issue 13, third round: shapes of UK/US council and association minutes (texts written here).
describe("third round: council and board minutes copied from web pages", () => {
  it("reads paragraph numbers as the item's text and a run-on title up to its first sentence or dash", () => {
    const text = [
      "Minutes of the Parish Council meeting held on Tuesday 17th March 2020",
      "",
      "1. Apologies for absence – Anna Berg, Per Holm and Eva Lind were away.",
      "2. Minutes of previous meeting held on 18th February 2020",
      "2.1 It was RESOLVED to adopt the minutes as a true record.",
      "3. Open session",
      "3.1 A resident reported a fallen tree. It was RESOLVED that the clerk write to the landowner.",
      "3.1.1 The landowner lives abroad.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Apologies for absence", "Minutes of previous meeting held on 18th February 2020", "Open session"]);
    expect(parsed.items[1].decision).toMatch(/^It was RESOLVED to adopt/u);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([["the clerk", "write to the landowner"]]);
    expect(parsed.dates.map((d) => d.date)).toContain("2020-02-18");
  });

  it("takes action items of officers and titled members, never of the deciding body", () => {
    const text = [
      "Minutes of the council meeting on 12th April 2021",
      "",
      "1. Woodland plan. Action: Clerk to obtain quotes for the works. Council agreed to plant two trees.",
      "2. Play park. Cllr Anderson to advertise for volunteers. It was agreed that PCSO Knight would brief the council.",
      "3. Accounts. The clerk will make a payment of £116.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.mandates.map((m) => m.assignee).sort()).toEqual(["Clerk", "Cllr Anderson", "PCSO Knight", "The clerk"]);
    expect(parsed.items[0].decision).toMatch(/Council agreed to plant/u);
  });

  it("reads a vote that closes a proposal as the decision, and days with two slashes in the document's order", () => {
    const text = [
      "Board Meeting Minutes 05/23/2020",
      "",
      "1. Budget. Motion made by Dan, second by Sarah. Carried by unanimous vote.",
      "2. Dues. Proposal: Anna proposed and Per seconded the new dues of $20 and the meeting unanimously agreed.",
      "3. Next meeting 1/8/21.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.meeting.date).toBe("2020-05-23");
    expect(parsed.items[0].decision).toMatch(/Motion made by Dan.*Carried by unanimous vote/u);
    expect(parsed.items[1].decision).toMatch(/unanimously agreed/u);
    expect(parsed.dates.map((d) => d.date)).toContain("2021-01-08");
  });

  it("reads a Swedish decision that names who acts, and lone bulleted headings as items", () => {
    const text = [
      "Protokoll styrelsemöte 2023-05-23",
      "- MÖTETS ÖPPNANDE",
      "Ordföranden öppnade mötet.",
      "- PLATTSÄTTNING",
      "Styrelsen beslutade att Martin N går ut till medlemmarna och ber om hjälp.",
      "- ÖVRIGA FRÅGOR",
      "Inga.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["MÖTETS ÖPPNANDE", "PLATTSÄTTNING", "ÖVRIGA FRÅGOR"]);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([["Martin N", "går ut till medlemmarna och ber om hjälp"]]);
  });
});

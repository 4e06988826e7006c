// The mechanisms of issue 13's fourth round, each on a small text written here in the shape
// real minutes take (none copied from the corpus): the lexicon, the document's own run of
// numbers, proposals on agendas, counted votes, flattened municipal protocols, meeting days.
import { describe, expect, it } from "vitest";
import { decisionOutcome, startsDecision } from "../../app/import/decisions";
import { DECISION_VERBS } from "../../app/import/lexicon";
import { parseMinutes } from "../../app/import/parse";

const minutesContext = { inBackground: false, perCapsulam: false };

describe("the lexicon of deciding", () => {
  it("reads every inflection of a verb in the table as a decision, with the verb's outcome", () => {
    const forms: Array<[string, string]> = [
      ["Nämnden godkänner förslaget.", "approved"],
      ["Nämnden godkände förslaget.", "approved"],
      ["Förslaget godkändes.", "approved"],
      ["Förslaget godkänns.", "approved"],
      ["Styrelsen fastställer budgeten.", "approved"],
      ["Budgeten fastställdes.", "approved"],
      ["Direktionen bordlägger ärendet.", "tabled"],
      ["Ärendet bordlades.", "tabled"],
      ["Utskottet återremitterar ärendet.", "referred_back"],
      ["Styrgruppen väljer Anna Berg till ordförande.", "elected"],
      ["Till justerare valdes Per Holm.", "elected"],
      ["Kommittén noterar informationen.", "noted"],
      ["Nämnden avslår motionen.", "rejected"],
    ];
    for (const [text, outcome] of forms) {
      expect(startsDecision(text, minutesContext), text).toBe(true);
      expect(decisionOutcome(text), text).toBe(outcome);
    }
    // An att-clause with "med" and one or two words before its verb.
    expect(startsDecision("att med ett godkännande lägga protokollet till handlingarna.", minutesContext)).toBe(true);
    // One table: each row has its present tense and its outcome.
    expect(Object.values(DECISION_VERBS).every((v) => v.outcome !== undefined)).toBe(true);
  });

  it("reads 'lades till handlingarna' wherever it stands in the sentence, and the filing as noted", () => {
    const text = "Protokoll styrelsemöte\n\n1. Föregående protokoll\nFöregående mötes protokoll lästes upp i sin helhet på mötet av sekreteraren och lades till handlingarna.\n2. Ekonomi\nKassören redogjorde för läget.\n";
    const parsed = parseMinutes(text, { filename: "styrelsen-2024-03-05.txt" });
    expect(parsed.items[0].decision).toContain("lades till handlingarna");
    expect(parsed.items[0].outcome).toBe("noted");
  });

  it("dates a past decision as history only when the date stands close after the verb", () => {
    expect(startsDecision("Styrelsen beslutade 2024-01-10 att anta planen.", minutesContext)).toBe(false);
    expect(
      startsDecision(
        "Dagordningen godkändes med följande tillägg: punkt 8 Musikcafé och punkt 9 Inspirationsdag, och till justerare valdes Bo Ek och protokollet justeras den 30 augusti",
        minutesContext,
      ),
    ).toBe(true);
  });

  it("does not read a title with a past participle after a dash as a decision", () => {
    const text = "Protokoll styrelsemöte\n\n1. Mötets öppnande\n2. Rapport - beslutade projekt\nVerksamhetsledaren berättade om läget i projekten.\n3. Mötets avslutande\n";
    const parsed = parseMinutes(text, { filename: "lag-2024-03-05.txt" });
    expect(parsed.items[1].decision).toBeNull();
  });
});

describe("the document's own structure", () => {
  it("takes a bare number over a long title as an item when it completes the document's run", () => {
    const text = [
      "Sammanträde 2024-05-20",
      "",
      "1 Svar på revisionsrapport om granskning av upphandlingsprocessen i förhållande till lagen om offentlig upphandling",
      "",
      "Nämndens förslag till beslut",
      "• Förvaltningens skrivelse antas som svar på revisionsrapporten.",
      "",
      "2 Information från förvaltningen",
      "",
      "Nämndens förslag till beslut",
      "• Informationen noteras.",
      "",
      "3 Delårsrapport 1",
      "",
      "Barn- och utbildningsnämndens förslag till kommunstyrelsen",
      "• Delårsrapporten godkänns.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.number)).toEqual(["1", "2", "3"]);
    // Proposals under any body's name ("Barn- och utbildningsnämndens förslag till …") are proposals:
    // the document is an agenda and nothing is decided on it.
    expect(parsed.documentKind).toBe("agenda");
    expect(parsed.items.filter((i) => i.decision !== null)).toEqual([]);
    expect(parsed.items[2].proposal).toContain("Delårsrapporten godkänns");
    expect(parsed.mandates).toEqual([]);
  });

  it("reads the minutes under a list of contents when both count 1, 2, 3 on a flattened page", () => {
    const head =
      "1 Mötesprotokoll nr 7 Beslutsmöte: LAG-styrelsen Datum: Tid: Måndagen den 27 september 2024 kl 18 Plats: Bygdegården Exempelby Beslutande: Närvarande: Anna Berg Per Holm Eva Ek Lars Lind Sara Sund Olle Ås Karin Berg Ej närvarande: Lena Lo Adjungerade: Lisa Lund, verksamhetsledare Övriga: Per Persson, kommunen, och Nils Nilsson, länsstyrelsen, samt Maja Månsson, grannområdet Underskrifter Sekreterare, Eva Ek Ordförande, Anna Berg Justerande, Sara Sund 1";
    const list =
      "2 1. Mötets öppnande 2. Val av justerare för mötets protokoll 3. Godkännande av dagordning för mötet 4. Ekonomirapport 5. Rapport om projekten 6. Nästa styrelsemöte 7. Mötets avslutande 2";
    // The same "N 1." starts both pages: a page number and an item number, not a running head.
    const body =
      "3 1. ÖPPNING: Ordföranden hälsade alla välkomna och öppnade sammanträdet. 2. VAL AV JUSTERARE FÖR MÖTETS PROTOKOLL: Till att justera dagens protokoll valdes Sara Sund. 3. GODKÄNNANDE AV DAGORDNING FÖR MÖTET: Föreslagen dagordning godkändes med ett tillägg under övriga frågor. 4. EKONOMIRAPPORT: Verksamhetsledaren redogjorde för det ekonomiska läget.";
    const parsed = parseMinutes(`${head}\n\n${list}\n\n${body}`);
    const decided = parsed.items.filter((i) => i.decision !== null);
    expect(decided.map((i) => [i.number, i.decision])).toEqual([
      ["2", "Till att justera dagens protokoll valdes Sara Sund."],
      ["3", "Föreslagen dagordning godkändes med ett tillägg under övriga frågor."],
    ]);
  });

  it("numbers a paragraph of a flattened municipal protocol by its case number, and by a run from 49", () => {
    const page =
      "1 Kultur- och fritidsnämnden Plats och tid Stadshuset kl 13.00 Beslutande Anna Berg (S), ordf. Per Holm (M) Eva Ek (C) Lars Lind (L) Sara Sund (KD) Ersättare Olle Ås (S) Karin Berg (M) Övriga deltagare Lena Lo, förvaltningschef Utses att justera Per Holm (M) Justeringens plats och tid Förvaltningskontoret Sekreterare Lisa Lund Paragraf 59 Ordförande Anna Berg Justerande Per Holm ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag.";
    const item =
      "Kfn 59 Dnr Redovisning av ungdomsprojekt Elever från gymnasiet redovisar sitt projekt om fritidsgårdarna för nämnden och berättar om sin metod och sina slutsatser. Kultur- och fritidsnämnden noterar informationen. Justerandes sign Utdragsbestyrkande";
    const parsed = parseMinutes(`${page}\n\n2 Kultur- och fritidsnämnden ${item}`);
    expect(parsed.items.map((i) => i.number)).toEqual(["59"]);
    expect(parsed.items[0].title).toMatch(/^Redovisning av ungdomsprojekt/u);
    expect(parsed.items[0].decision).toContain("noterar informationen");

    const contents =
      "2 Kultur- och fritidsnämnden Innehållsförteckning 49 Aktivitetspark vid skolan - beslut medborgarförslag 50 Konstvägg i centrum - beslut medborgarförslag 51 Utegym i parken - beslut medborgarförslag 52 Anmälan av delegationsbeslut 53 Taxor och avgifter 54 Information (muntligt)";
    const toc = parseMinutes(`${page}\n\n${contents}`);
    expect(toc.items.map((i) => i.number)).toEqual(["49", "50", "51", "52", "53", "54"]);
  });

  it("takes a number glued to its title as the next item of the run ('4Digital Mapping')", () => {
    const text = [
      "Minutes of the parish council meeting 8 March 2021",
      "",
      "1. Apologies: none",
      "",
      "1. Declarations of interest: none received.",
      "",
      "1. To approve the minutes of the last meeting",
      "Approved by resolution of the council.",
      "",
      "4Digital Mapping: Key points from the training course were outlined. A decision on adoption was deferred to the April meeting.",
    ].join("\n");
    const parsed = parseMinutes(text);
    const last = parsed.items[parsed.items.length - 1];
    expect([last.number, last.title]).toEqual(["4", "Digital Mapping"]);
    expect(last.decision).toMatch(/was deferred/u);
    expect(last.outcome).toBe("tabled");
  });

  it("keeps the beginning of two items that begin alike in a flattened text (not a running head)", () => {
    const present = `Present: ${Array.from({ length: 12 }, (_, i) => `Cllr. Member${String.fromCharCode(65 + i)} Example`).join(", ")}, and the clerk, who took the minutes of the meeting for the council.`;
    const minutes = (ref: string, day: string) =>
      `${ref} Minutes of a meeting of Example Parish Council held on Wednesday ${day} 2023 It was RESOLVED that the minutes of the meeting held on ${day} 2023 were an accurate record of the meeting and the chairman signed them.`;
    const text = [
      "Minutes of a meeting of Example Parish Council held on Wednesday 1st November 2023",
      "",
      present,
      "",
      "11.23/01 Apologies for Absence Apologies were received from two members.",
      "",
      minutes("11.23/02", "6th September"),
      "",
      minutes("11.23/03", "4th October"),
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.number)).toEqual(["11.23/01", "11.23/02", "11.23/03"]);
    expect(parsed.items[2].decision).toMatch(/RESOLVED that the minutes of the meeting held on 4th October 2023 were an accurate record/u);
  });

  it("takes an agenda heading with its presenter as an item ('… - Presented by NAME')", () => {
    const text = [
      "Board meeting minutes, March 4, 2024",
      "Present: Anna Berg, Per Holm, Eva Ek",
      "Approval of 2025 Budget - Presented by Anna Berg",
      "Anna moved to approve the budget, seconded by Per. Approved on voice vote.",
      "Planning for the spring fair - Presented by Eva Ek",
      "Per will send out a few dates.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Approval of 2025 Budget - Presented by Anna Berg", "Planning for the spring fair - Presented by Eva Ek"]);
    expect(parsed.items[0].decision).toMatch(/Approved on voice vote/u);
    expect(parsed.mandates.map((m) => [m.item, m.assignee])).toEqual([[1, "Per"]]);
  });

  it("ends a decision at a subheading between blank lines", () => {
    const text = [
      "Minutes of the Grants Committee",
      "",
      "1. Apologies",
      "None.",
      "",
      "2. Minutes",
      "RESOLVED – That the minutes of the last meeting be agreed as an accurate record.",
      "",
      "Matters Arising",
      "",
      "The committee was told that the grant to the food bank had now been paid.",
    ].join("\n");
    const parsed = parseMinutes(text, { filename: "grants-2024-03-05.txt" });
    expect(parsed.items[1].decision).toBe("RESOLVED – That the minutes of the last meeting be agreed as an accurate record.");
  });

  it("takes headings in capitals as items without blank lines around them", () => {
    const text = "TOWN OF EXAMPLE MARCH 11, 2020\n\nPUBLIC HEARING 6:30 PM\nThe hearing on the local law was opened and closed at 7:01 PM.\nREGULAR MEETING\nThe minutes of 01/08/20 were presented. Councilmember Ek made a motion, seconded by Councilmember Berg, to accept the minutes of 1/8/20. Motion carried.\n";
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["PUBLIC HEARING 6:30 PM", "REGULAR MEETING"]);
    expect(parsed.items[1].decision).toMatch(/Motion carried/u);
    // Month first in the heading: slash days are month first too (8 January, not 1 August).
    expect(parsed.meeting.date).toBe("2020-03-11");
    expect(parsed.dates.map((d) => d.date)).toContain("2020-01-08");
  });
});

describe("decisions by vote, delegation and the meeting's own day", () => {
  it("reads a counted vote as a decision even when it is dated (a circular resolution)", () => {
    const text = [
      "Board minutes 2024-05-02",
      "",
      "Circular Resolutions",
      "",
      "2024/Res04 Approve the membership fee waiver",
      "Accepted 2024-04-21 with 5 votes in favour: Anna, Per, Eva, Lars and Sara.",
      "",
      "Previous minutes",
      "",
      "The minutes of the March meeting were approved on 2024-04-02.",
    ].join("\n");
    expect(startsDecision("Accepted 2024-04-21 with 5 votes in favour: Anna, Per, Eva.", minutesContext)).toBe(true);
    expect(startsDecision("The proposals were put to the vote and carried unanimously.", minutesContext)).toBe(true);
    // Still to come is not decided: "Minutes to be approved via email".
    expect(startsDecision("Minutes to be approved via email.", minutesContext)).toBe(false);
    const parsed = parseMinutes(text);
    expect(parsed.items.some((i) => /with 5 votes/u.test(i.decision ?? ""))).toBe(true);
  });

  it("reads a passive delegation as a mandate: the task before, the one who acts after", () => {
    const text = "Protokoll styrelsemöte 2024-03-05\n\n1. Delegation\nBeslöts att omprövningsbeslut av enklare slag delegeras till verksamhetsledaren.\n";
    const parsed = parseMinutes(text);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([["verksamhetsledaren", "omprövningsbeslut av enklare slag"]]);
  });

  it("never takes the day of earlier minutes it confirms, or of their checking, as the meeting's day", () => {
    const text = "Decisions for issue To confirm the minutes of the meeting held on 18 March 2021 as a correct record\n\nIssue - decisions\n\nThe minutes were not approved and will be submitted to a future meeting.\n";
    expect(parseMinutes(text, { filename: "committee-2021-06-24.txt" }).meeting.date).toBe("2021-06-24");
    const swedish = "Protokoll\nJusterat 2024-03-12\n\n1. Mötets öppnande\n2. Val av justerare\nAnna Berg valdes.\n";
    expect(parseMinutes(swedish, { filename: "styrelsen-2024-03-05.txt" }).meeting.date).toBe("2024-03-05");
  });
});

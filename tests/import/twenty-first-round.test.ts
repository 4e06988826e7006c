// Twenty-first round (issue 13): tasks as minutes in reported speech write them, and the forms councils use.
// - "TA would get prices …", "The Deputy Chair would take responsibility …": "would" is reported speech's "will";
//   "Tom would like to thank …", "Mr Spalding would abstain …", "Proceeds would be …" give no task.
// - "Agreed that the Secretary would contact …", "It was agreed Mary would contact …": the verb may open the line and
//   "that" may be left out.
// - "Kate will have the report ready …", "Liz will have a look at …"; "Bob said he'd chase …"; "Tom was to contact …";
//   "John is responsible for …", "Liz takes responsibility for …".
// - "SC was still waiting for a call but would telephone him again", "… to the Co-chairs, who will circulate …",
//   "Jim asked Bob if he could do a ballpark estimate …".
// - "In the meantime Tom will contact …", "Tom (Treasurer) will pay …", "Tom, as treasurer, will pay …", "Tom reported that
//   he will speak to …", "Tom will be in touch with …", "Tom promised to …", "Tom is happy to ask around", "Sue is willing
//   to host …".
// - "Direct the City Clerk to recommend …", "Authorize the Director of Finance to report back …": a council's motion
//   in the imperative.
// - "Membership Secretary to update the list" (an officer named by what they keep), "Agreed Jim to get quotes.", "Action
//   Jim to get quotes.", "Jim was tasked with getting quotes", "Jim is following this up" (a task in hand, a verb of doing
//   in -ing; "Jim is feeling better" is none), "Quotes to be obtained by Jim", "Letter to be sent (Clerk)".
// - "Library Director's Report:" / "Old Business:" over their text, and "Retreat Discussion: Staff and Trustees agreed
//   …" run into its paragraph: beside labels closed by a colon, a label run in the same way is an item too, though
//   fewer ("Discussion" reads as a noun, no one's name); "Other Club Members In Attendance: …" is attendance; "Minutes of
//   Previous Meeting Wednesday 3rd November 2021 – Proposed DF …": a standard head keeps the day it names.
// - Swedish tasks: "Till nästa möte ska Anna ta fram ett förslag" (a time first, the doer after the verb, the time its
//   due), "Anna och Per ska tillsammans se över …", "Lisa fick uppgiften att …", "Lisa har i uppdrag att …", "Lisa
//   tilldelades uppdraget att …", "Lisa blir kontaktperson …"; "Anna, Per ordnar …", "Anna+Per ordnar …" (one task for
//   both, not a second for Anna), "Anna B ordnar …", "Anna återkommer.", "Anna för frågan vidare …", "Anna lyfter frågan
//   med …" ("Diskussionen lyfter viktiga punkter" gives no one a task), "Anna begär in offerter".
// - Action tags in words: "Book the hall – action Tom.", "Book the hall - Tom to action.", "… / Clerk to action." on the
//   line after; "Tom has the action to …"; a task of one verb with its full stop, "Tom to investigate.".
// - Decisions: "Kim motioned to approve the minutes, Lee seconded", "Moved by Tom to accept the report." ("Moved to the
//   next item." is none), "Agreement was reached to share costs"; "Mötet gav sitt godkännande till planen", "Årsmötet
//   omvalde Anna Berg", "Årsmötet gick på styrelsens förslag", "Mötet röstade för förslaget" (not a member's vote), "Vi kom
//   fram till att vi avvaktar".
// - The passive of a choice made: "Expenditure of £300 was authorised", "Option B was chosen", "The fee was set at £5",
//   "The accounts were signed off", "Permission granted.", "The fee remains unchanged"; "Ärende 14, Förvaltningens
//   information, utgår.", "Medlemsavgiften höjs till 300 kr" ("Ersättning utgår med 200 kr per möte" is none).
// - "The ordinance passed on first reading", "Councillor Lee's amendment was lost", "Lazy consensus reached on …", "The
//   minutes were taken as read".
// - A choice said plainly: "We'll go with option B.", "Going with option B.", "Agreement to release next week.", "The vote
//   passed.", "Everyone was in favour …", "No one was against.".
// - Swedish: "Förslaget röstades igenom", "Motionen gick igenom" ("Vi gick igenom budgeten" is none), "Det blev ja
//   till …", "Förslaget föll", "Styrelsen ser positivt på …", "Vi går vidare med förslag B" (not "… med nästa punkt"),
//   "Datum för årsmötet sattes till …", "Frågan hänsköts till årsmötet", "Paragrafen förklarades omedelbart justerad".
// - A protocol's excerpt in running text whose decision is in the present ("Kommunstyrelsen beslutar att …") is read as
//   one item for review, as a news page in the past already was; a notice ("Kallelse …") with the same sentence is not.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";

const lines = (...text: string[]) => text.join("\n");
/** Each sentence under an item of its own; the tasks read, as [item, assignee, task]. */
const tasksOf = (...sentences: string[]) =>
  parseMinutes(
    lines(
      "Minutes of the committee meeting 3 March 2026",
      "",
      "Present: Tom Roe, Mary Ng, Kate Moss, Liz Cole, Bob Hope, John Day, Sam Ford, Jim Hall.",
      "",
      ...sentences.flatMap((s, i) => [`${i + 1}. Item ${i + 1}`, s, ""]),
    ),
  ).mandates.map((m) => [m.item, m.assignee, m.task]);

describe("tasks in reported speech", () => {
  it("reads 'would' as the minutes' 'will', but not a wish, a vote or a thing", () => {
    expect(
      tasksOf(
        "TA would get prices from alternative coach companies.",
        "The Deputy Chair would take responsibility for fundraising.",
        "Tom would like to thank everyone who helped.",
        "Mr Spalding would abstain on the item.",
        "Costs would be met from reserves.",
      ),
    ).toEqual([
      [0, "TA", "get prices from alternative coach companies"],
      [1, "The Deputy Chair", "take responsibility for fundraising"],
    ]);
  });

  it("reads what was agreed that someone would do, with or without 'that'", () => {
    expect(
      tasksOf("Agreed that Secretary would contact the police and request a regular report.", "It was agreed Mary would contact the landlord."),
    ).toEqual([
      [0, "Secretary", "contact the police and request a regular report"],
      [1, "Mary", "contact the landlord"],
    ]);
  });

  it("reads a look taken, a report got ready, a promise in short, a duty that was set, a responsibility", () => {
    expect(
      tasksOf(
        "Kate will have the report ready by the next meeting.",
        "Liz will have a look at the accounts.",
        "Bob said he'd chase the quote.",
        "Tom was to contact the insurer.",
        "John is responsible for booking the venue.",
        "Liz takes responsibility for the rota.",
        "Sam will have a meeting with the council.",
      ).map(([item, who]) => [item, who]),
    ).toEqual([
      [0, "Kate"],
      [1, "Liz"],
      [2, "Bob"],
      [3, "Tom"],
      [4, "John"],
      [5, "Liz"],
    ]);
  });

  it("reads the doer named once before 'but would', a relative clause, and being asked whether one could", () => {
    expect(
      tasksOf(
        "Sam was still waiting for a reply but would telephone him again.",
        "Trustees delegated approval of the annual report to the Co-chairs, who will circulate the final version.",
        "Jim asked Bob if he could do a ballpark estimate for the cost.",
      ),
    ).toEqual([
      [0, "Sam", "telephone him again"],
      [1, "Co-chairs", "circulate the final version"],
      [2, "Bob", "do a ballpark estimate for the cost"],
    ]);
  });

  it("reads a time before the doer, an office beside the name, a promise reported, being in touch", () => {
    expect(
      tasksOf(
        "In the meantime Tom will contact the council.",
        "Sam (Treasurer) will pay the invoice.",
        "Kate, as secretary, will write to the school.",
        "Bob reported that he will speak to the landlord.",
        "Liz will be in touch with the church about the hall.",
      ),
    ).toEqual([
      [0, "Tom", "contact the council"],
      [1, "Sam", "pay the invoice"],
      [2, "Kate", "write to the school"],
      [3, "Bob", "speak to the landlord"],
      [4, "Liz", "be in touch with the church about the hall"],
    ]);
  });

  it("reads a promise and a willingness as tasks", () => {
    expect(
      tasksOf("Tom promised to send the report.", "Sam is happy to ask around for a venue.", "Kate was willing to host the next meeting.").map(([item, who]) => [item, who]),
    ).toEqual([
      [0, "Tom"],
      [1, "Sam"],
      [2, "Kate"],
    ]);
  });

  it("reads a council's motion in the imperative", () => {
    expect(
      tasksOf(
        "Direct the City Clerk to recommend at least two members for appointment.",
        "Authorize the Director of Finance to report back on the savings strategy.",
      ),
    ).toEqual([
      [0, "City Clerk", "recommend at least two members for appointment"],
      [1, "Director of Finance", "report back on the savings strategy"],
    ]);
  });
});

/** Each sentence under an item of its own; whether each item has a decision. */
const decided = (head: string, ...sentences: string[]) =>
  parseMinutes(lines(head, "", ...sentences.flatMap((s, i) => [`${i + 1}. Punkt ${i + 1}`, s, ""]))).items.map((i) => i.decision !== null);

describe("tasks in the forms of club and parish minutes", () => {
  it("reads an officer by what they keep, what was agreed someone does, and a task in hand", () => {
    expect(
      tasksOf(
        "Membership Secretary to update the list of members.",
        "Agreed Jim to get quotes for the roof.",
        "Action Sam to chase the builder.",
        "Kate was tasked with getting quotes.",
        "Bob is following this up with the council.",
        "Tom is feeling better after his operation.",
      ),
    ).toEqual([
      [0, "Membership Secretary", "update the list of members"],
      [1, "Jim", "get quotes for the roof"],
      [2, "Sam", "chase the builder"],
      [3, "Kate", "getting quotes"],
      [4, "Bob", "following this up with the council"],
    ]);
  });

  it("reads an action tag in words, an action held, and a task of one verb", () => {
    expect(
      tasksOf(
        "Book the hall for the AGM – action Tom.",
        "Order new nets for the club - Sam to action.",
        "Kate has the action to write to the school.",
        "Jim to investigate.",
      ),
    ).toEqual([
      [0, "Tom", "Book the hall for the AGM"],
      [1, "Sam", "Order new nets for the club"],
      [2, "Kate", "write to the school"],
      [3, "Jim", "investigate"],
    ]);
    const parsed = parseMinutes(
      lines("Minutes of the committee meeting 3 March 2026", "", "1. Hall", "The gutters need clearing before winter.", "Clerk to action.", ""),
    );
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([["Clerk", "The gutters need clearing before winter"]]);
  });

  it("reads a task in the passive with its doer named last", () => {
    expect(tasksOf("Quotes to be obtained by Jim.", "A letter of thanks to be sent to the school (Clerk).").map(([item, who]) => [item, who])).toEqual([
      [0, "Jim"],
      [1, "Clerk"],
    ]);
  });
});

describe("Swedish tasks in more forms", () => {
  const svTasks = (...sentences: string[]) =>
    parseMinutes(
      lines(
        "Protokoll styrelsemöte 3 mars 2026",
        "",
        "Närvarande: Anna Berg, Per Ek, Lisa Ahl",
        "",
        ...sentences.flatMap((s, i) => [`${i + 1}. Punkt ${i + 1}`, s, ""]),
      ),
    ).mandates.map((m) => [m.item, m.assignee, m.task, m.dueText]);

  it("reads a time first and the doer after the verb, the time as its due", () => {
    expect(svTasks("Till nästa möte ska Anna ta fram ett förslag.", "Inför årsmötet ska kassören boka lokal.")).toEqual([
      [0, "Anna", "ta fram ett förslag", "till nästa möte"],
      [1, "kassören", "boka lokal inför årsmötet", null],
    ]);
  });

  it("reads a task given as an assignment, shared, or a role taken", () => {
    expect(
      svTasks(
        "Anna och Per ska tillsammans se över stadgarna.",
        "Lisa fick uppgiften att boka lokalen.",
        "Per har i uppdrag att kontakta banken.",
        "Lisa tilldelades uppdraget att skriva en motion.",
        "Per blir kontaktperson mot kommunen.",
      ).map(([item, who]) => [item, who]),
    ).toEqual([
      [0, "Anna och Per"],
      [1, "Lisa"],
      [2, "Per"],
      [3, "Lisa"],
      [4, "Per"],
    ]);
  });
});

describe("Swedish doers joined and tasks in few words", () => {
  it("reads doers joined by a comma or a plus as one, a surname's initial, and short tasks", () => {
    const parsed = parseMinutes(
      lines(
        "Protokoll styrelsemöte 3 mars 2026",
        "",
        "Närvarande: Anna Berg, Per Ek",
        "",
        "1. Fika",
        "Anna+Per ordnar fika till årsmötet.",
        "",
        "2. Lokal",
        "Anna B bokar lokalen.",
        "",
        "3. Bidrag",
        "Per återkommer.",
        "",
        "4. Vägen",
        "Anna lyfter frågan med kommunen. Diskussionen lyfter viktiga punkter om vägen.",
        "",
        "5. Offerter",
        "Per begär in offerter.",
      ),
    );
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Anna och Per", "ordnar fika till årsmötet"],
      [1, "Anna B", "bokar lokalen"],
      [2, "Per", "återkommer"],
      [3, "Anna", "lyfter frågan med kommunen"],
      [4, "Per", "begär in offerter"],
    ]);
  });
});

describe("labels closed by a colon, over their text or run into it", () => {
  it("takes a run-in label beside whole-line labels of the same kind", () => {
    const parsed = parseMinutes(
      lines(
        "Library Board of Trustees",
        "Library Trustee Meeting Minutes, October 8th, 2026",
        "",
        "Members present: Nancy Blair, Shelly Connolly, Steve Ullman, Margie Warner.",
        "Other Club Members In Attendance: Beverly, Arlene, Joe.",
        "",
        "Library Director's Report:",
        "",
        "• Extended library hours",
        "• More storytime for young children",
        "",
        "Retreat Discussion: Staff and Trustees agreed that it was good to be together. Cindy will come to the next meeting with a proposal for phone system updates.",
        "",
        "Old Business:",
        "",
        "The proposed budget for the October 21st meeting was discussed.",
      ),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(["Library Director's Report", "Retreat Discussion", "Old Business"]);
    expect(parsed.mandates).toEqual([expect.objectContaining({ item: 1, assignee: "Cindy" })]);
  });
});

describe("decisions in more wordings", () => {
  it("reads a motion made without its vote, and agreement reached", () => {
    expect(
      decided(
        "Minutes of the board meeting 3 March 2026",
        "Kim motioned to approve the minutes, Lee seconded, all approved.",
        "Moved by Tom to accept the report.",
        "Moved that the accounts be adopted.",
        "Agreement was reached to share the costs.",
        "Moved to the next item.",
        "The group moved on to other business.",
      ),
    ).toEqual([true, true, true, true, false, false]);
  });

  it("reads a choice made in the passive, and a fee kept or changed", () => {
    expect(
      decided(
        "Minutes of the club committee 3 March 2026",
        "Expenditure of £300 was authorised.",
        "Option B was chosen.",
        "The fee was set at £5.",
        "The accounts were signed off.",
        "Permission granted.",
        "The membership fee remains unchanged.",
        "The roof remains a worry.",
      ),
    ).toEqual([true, true, true, true, true, true, false]);
    expect(
      decided(
        "Protokoll från styrelsemöte 3 mars 2026",
        "– Ärende 14, Förvaltningens information, utgår.",
        "Medlemsavgiften höjs till 300 kr.",
        "Ersättning utgår med 200 kr per möte.",
      ),
    ).toEqual([true, true, false]);
  });

  it("reads an ordinance passed, an amendment lost, consensus reached, minutes taken as read", () => {
    expect(
      decided(
        "Minutes of the council meeting 3 March 2026",
        "The ordinance passed on first reading.",
        "Councillor Lee's amendment was lost.",
        "Lazy consensus reached on the change.",
        "The minutes of the last meeting were taken as read.",
        "The committee recommends that Council approve the plan.",
      ),
    ).toEqual([true, true, true, true, false]);
  });

  it("reads a choice said plainly", () => {
    expect(
      decided(
        "Meeting notes, working group, 3 March 2026",
        "We'll go with option B.",
        "Going with option B for the logo.",
        "Agreement to release next week.",
        "The vote passed.",
        "Everyone was in favour of releasing next week.",
        "No one was against.",
        "We went through the open issues.",
      ),
    ).toEqual([true, true, true, true, true, true, false]);
  });

  it("reads a Swedish proposal carried or fallen, a way chosen, a matter referred", () => {
    expect(
      decided(
        "Protokoll från styrelsemöte 3 mars 2026",
        "Förslaget röstades igenom.",
        "Motionen gick igenom.",
        "Det blev ja till ny gräsklippare.",
        "Förslaget föll.",
        "Styrelsen ser positivt på förslaget.",
        "Vi går vidare med förslag B.",
        "Datum för årsmötet sattes till 15 mars.",
        "Frågan hänsköts till årsmötet.",
        "Paragrafen förklarades omedelbart justerad.",
        "Vi gick igenom budgeten.",
        "Vi går vidare med nästa punkt.",
      ),
    ).toEqual([true, true, true, true, true, true, true, true, true, false, false]);
  });

  it("reads a Swedish meeting's consent, re-election and vote in plain words", () => {
    expect(
      decided(
        "Protokoll från styrelsemöte 3 mars 2026",
        "Mötet gav sitt godkännande till planen.",
        "Årsmötet omvalde Anna Berg som ordförande.",
        "Årsmötet gick på styrelsens förslag.",
        "Mötet röstade för förslaget.",
        "Vi kom fram till att vi avvaktar.",
        "Anna röstade för förslaget och reserverade sig mot resten.",
        "Utredningen kom fram till att lokalen är för liten.",
      ),
    ).toEqual([true, true, true, true, true, false, false]);
  });
});

describe("a protocol's excerpt in running text", () => {
  const excerpt = (head: string) =>
    lines(
      head,
      "",
      "Kommunstyrelsen behandlade på sitt sammanträde den 3 mars 2026 frågan om en ny förskola i Kurveröd och vad den får kosta.",
      "Kommunstyrelsen beslutar att starta projekteringen av förskolan i Kurveröd.",
    );

  it("reads a present-tense decision as one item for review", () => {
    const parsed = parseMinutes(excerpt("Utdrag ur kommunstyrelsens protokoll"));
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0].decision).toContain("starta projekteringen");
    expect(parsed.warnings.map((w) => w.code)).toContain("one_meeting_page");
  });

  it("does not read a notice's proposed decision so", () => {
    const parsed = parseMinutes(excerpt("Kallelse till kommunstyrelsens sammanträde"));
    expect(parsed.items.filter((i) => i.decision !== null)).toEqual([]);
  });
});

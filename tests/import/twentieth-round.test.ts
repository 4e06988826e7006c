// Twentieth round (issue 13): notes whose items are paragraphs that open with their own head, and the tasks and
// decisions in forms any body's minutes use.
// - "Road signs – Jon has confirmed …", "Request for funds from the local group. The request was discussed …": a short
//   head run into its paragraph by a spaced dash or a full stop, three or more, are the items. "Finances – the balance
//   …", "Programs – no report" are topics, not a person and a note; "The meeting opened. Rufus welcomed …" is a sentence.
// - Beside headings found otherwise, such lines are items when they are as many; a bullet under a heading stays its note.
// - "Committee members in attendance: …", "Others present: …", "Board absentees: …" are attendance, never items; the
//   meeting's own head ("Minutes of the Board of Trustees – Tuesday August 13, 2026, called to order …") neither, while
//   "Next Meeting: 10 September 2026" still is one.
// - "Apologies for Absence" / "Matters Arising" / "1. There had been no progress …": standard headings above a
//   numbered list that comes late are items too.
// - Tasks: "Benoît will ping them again" (a verb ending in -ing is no gerund), "Mike did not attend, will distribute
//   …", "Clerk/chair to ensure …", "Chair and Clerk to meet …"; "close to being moved" is none.
// - Swedish: "Styrelsen beslutade att kassören betalar fakturan" (a role, a verb of doing), "Beslutades att sekreteraren
//   skickar ut …"; "att ordföranden informerar …" reports and gives no task.
// - Decisions: "Mötesdatum för hösten fastställdes: 12 september, …" (days listed after the verb are what was decided,
//   not when), "Meningen om avgifter ströks ur förslaget"; "Approved via email." as a run-in's text; "After discussion
//   the board endorsed the plan"; "Mötet var enigt om att …".
// - More tasks: "Paul has been asked to …", "Jenny needs to send …", "Ian kindly agreed to …", "Hanna har tagit på sig
//   att …", "Torre will chair." (a verb alone), "The Building Committee will record …", "Det antecknades att Annika och
//   Sara skulle sammanställa …", "Tore fortsätter i veckan med att …" ("Budgetarbetet fortsätter i enlighet med …" is none).
// - "• Vice President – Kevin Ross" / "August Community Outreach": a list of names is all bulleted or all bare, so the
//   heading after it is no name.
// - "2. Preliminärer" / "a." / "Mötets behörighet" / "b." / …: letters alone on their lines over titles are sub-items.
// - A protocol's first pages pasted one to a line ("1 1/17 Plats och tid … Beslutande … Utses att justera …" / "3 3/17
//   KFN 1 Föredragningslista …"): the cover's labels name a protocol though its title was lost, and a short last page
//   that opens with the page mark of the long ones is a page to cut at its items.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";

const lines = (...text: string[]) => text.join("\n");
const titles = (text: string) => parseMinutes(text).items.map((i) => i.title);

describe("paragraphs that open with their own head", () => {
  it("takes a head before a spaced dash as the item, a topic and not a person", () => {
    const text = lines(
      "Minutes of the trust meeting 22 November 2026",
      "",
      "Committee members in attendance: Jon, Paul, Rob, Julia, Phil.",
      "Apologies: Paul G, Alan D",
      "",
      "Road signs – Jon has confirmed that the local area committee has provided all the funding.",
      "",
      "Coach trip – there was an incident on the coach; the company will pay for the repairs.",
      "",
      "Finances – the balance of funds stands at £11,249. Phil will contact the auditor to get the accounts signed off.",
      "",
      "Summer fair – the date is set and stalls are booked.",
    );
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Road signs", "Coach trip", "Finances", "Summer fair"]);
    expect(parsed.mandates).toEqual([expect.objectContaining({ item: 2, assignee: "Phil", task: "contact the auditor to get the accounts signed off" })]);
  });

  it("takes a head closed by a full stop, and leaves a sentence alone", () => {
    const parsed = parseMinutes(
      lines(
        "Minutes of the board meeting, December 2026",
        "",
        "Present: Rufus, Jordan, Laura, Martin.",
        "",
        "Request for funds from the local group. The request was discussed and it was agreed that more information is needed.",
        "",
        "Memorandum of Understanding for the new chapter. The MoU was discussed and approved.",
        "",
        "Legal advice. Jordan Hatcher was thanked for all his work to date.",
        "",
        "The meeting opened. Rufus welcomed everyone.",
        "",
        "The hall needs a new roof. The caretaker will get quotes.",
      ),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(["Request for funds from the local group", "Memorandum of Understanding for the new chapter", "Legal advice"]);
    expect(parsed.items[1].decision).toBe("The MoU was discussed and approved.");
  });

  it("reads such lines beside headings found otherwise, a one-word topic and a verdict run in included", () => {
    const parsed = parseMinutes(
      lines(
        "Board meeting minutes 21 July 2026",
        "",
        "Board attendees: Joel, Judy, Brett, Patty",
        "",
        "Board Elections",
        "",
        "Patty Grabski was elected secretary unopposed.",
        "",
        "Community Outreach",
        "",
        "The food truck night goes ahead; the budget is $500.",
        "",
        "Other Business – none.",
        "Programs – no report this month.",
        "Minutes – Approved via email.",
      ),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(["Board Elections", "Community Outreach", "Other Business", "Programs", "Minutes"]);
    expect(parsed.items[4]).toMatchObject({ decision: "Approved via email.", outcome: "approved" });
  });

  it("keeps the attendance and the meeting's own head out, and a dated item in", () => {
    const parsed = parseMinutes(
      lines(
        "Meredith Public Library – Board of Trustees",
        "Minutes of the Board of Trustees – Tuesday August 13, 2026, called to order at 6:07 PM",
        "Trustees Present: Rhetta Colon, Duncan McNeish, Ann Butler",
        "Others present: Erin Apostolos, Library Director",
        "Treasurers Report: Motion to approve made by Ann, seconded by Paul, aye all.",
        "Friends’ Update – the Friends would greatly appreciate Trustee support at their fundraiser.",
        "Grant Update – the application is due on 13 September 2026.",
        "Next Meeting: 10 September 2026 at 6 PM.",
      ),
    );
    expect(parsed.meeting.date).toBe("2026-08-13");
    expect(parsed.items.map((i) => i.title)).toEqual(["Treasurers Report", "Friends’ Update", "Grant Update", "Next Meeting"]);
    expect(parsed.nextMeetingDate).toBe("2026-09-10");
  });
});

describe("standard headings above a numbered list that comes late", () => {
  it("are items, and the numbered paragraphs stay items under them", () => {
    const text = lines(
      "Minutes of a Trustee Meeting",
      "held on 25th October 2026 at 7.30pm.",
      "",
      "Alan Cadman (Chairman), Liz Winter (Secretary), Maureen Shouksmith (Treasurer), Peter Dawson",
      "",
      "Apologies for Absence",
      "Daphne Bettle, Denise Hobday, Gill Brown, Elizabeth Schofield, Bob Schofield",
      "",
      "Matters Arising",
      "1. There had been no progress with the disabled toilet as the council had failed to send the specification.",
      "2. Of three firms who had agreed to tender for the car park repairs, only one had submitted a quote.",
      "3. Alan had received a quotation for an air conditioning system to replace the current one.",
    );
    const found = titles(text);
    expect(found.slice(0, 2)).toEqual(["Apologies for Absence", "Matters Arising"]);
    expect(found).toHaveLength(5);
  });

  it("are not taken from an agenda listed one under another", () => {
    const text = lines(
      "Ellagårds Byalag",
      "Styrelsemöte 17 februari 2026",
      "",
      "Dagordning",
      "Mötets öppnande",
      "Godkännande av dagordning",
      "Föregående mötes protokoll",
      "Övriga frågor",
      "",
      "1. Mötets öppnande",
      "Ordföranden öppnade mötet.",
      "2. Godkännande av dagordning",
      "Dagordningen godkändes.",
      "3. Föregående mötes protokoll",
      "Protokollet godkändes.",
      "4. Övriga frågor",
      "Inga övriga frågor.",
    );
    expect(titles(text)).toEqual(["Mötets öppnande", "Godkännande av dagordning", "Föregående mötes protokoll", "Övriga frågor"]);
  });
});

describe("tasks in the forms notes write them", () => {
  const parsed = parseMinutes(
    lines(
      "Minutes of the board meeting 3 March 2026",
      "",
      "Present: Wendy Hall, Mike Lee, Benoît Roux, Simon Fox.",
      "",
      "1. Area meeting",
      "Mike did not attend, will distribute the area minutes.",
      "",
      "2. Proposals",
      "The deadline is 29 March 2026. Benoît will ping them again.",
      "",
      "3. Minutes",
      "Clerk/chair to ensure that the minutes of 24 November are signed.",
      "",
      "4. Contractor",
      "Chair and Clerk to meet the contractor on site.",
      "",
      "5. Code",
      "The code is close to being moved to the public repository.",
    ),
  );

  it("finds who acts and what, once each", () => {
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Mike", "distribute the area minutes"],
      [1, "Benoît", "ping them again"],
      [2, "Clerk/chair", "ensure that the minutes of 24 November are signed"],
      [3, "Chair and Clerk", "meet the contractor on site"],
    ]);
  });
});

describe("Swedish decisions that charge a role, and dates decided", () => {
  const parsed = parseMinutes(
    lines(
      "Protokoll styrelsemöte 3 augusti 2026",
      "",
      "1. Faktura",
      "Styrelsen beslutade att kassören betalar fakturan från elbolaget.",
      "",
      "2. Kallelse",
      "Beslutades att sekreteraren skickar ut kallelsen till årsmötet.",
      "",
      "3. Information",
      "Beslöts att ordföranden informerar om visionsarbetet vid nästa möte.",
      "",
      "4. Mötesdatum",
      "Mötesdatum för hösten fastställdes: 12 september, 10 oktober och 14 november.",
      "",
      "5. Historik",
      "Styrelsen beslutade den 3 februari att köpa en ny dator, som nu är levererad.",
      "",
      "6. Stadgar",
      "Meningen om avgifter ströks ur förslaget till nya stadgar.",
      "",
      "7. Samverkan",
      "Vikten av samverkan ströks under av flera ledamöter.",
    ),
  );

  it("gives the role its task, and none for a report", () => {
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "kassören", "betalar fakturan från elbolaget"],
      [1, "sekreteraren", "skickar ut kallelsen till årsmötet"],
    ]);
  });

  it("reads days listed after the verb as what was decided, and a dated verb as history", () => {
    expect(parsed.items[3]).toMatchObject({ outcome: "approved" });
    expect(parsed.dates.filter((d) => d.item === 3).map((d) => d.date)).toEqual(["2026-09-12", "2026-10-10", "2026-11-14"]);
    expect(parsed.items[4].decision).toBeNull();
  });

  it("reads a struck passage as decided, and stressing as nothing", () => {
    expect(parsed.items[5]).toMatchObject({ decision: "Meningen om avgifter ströks ur förslaget till nya stadgar.", outcome: "decided" });
    expect(parsed.items[6].decision).toBeNull();
  });
});

describe("decisions and tasks in more of the forms minutes use", () => {
  it("reads a discussion before the body's verb, and a meeting of one mind", () => {
    const parsed = parseMinutes(
      lines(
        "Minutes of the board meeting 3 March 2026",
        "",
        "1. Plan",
        "After discussion the board endorsed the plan.",
        "",
        "2. Hemsidan",
        "Mötet var enigt om att satsa på hemsidan.",
      ),
    );
    expect(parsed.items.map((i) => i.decision)).toEqual(["After discussion the board endorsed the plan.", "Mötet var enigt om att satsa på hemsidan."]);
  });

  it("finds tasks asked of someone, needed of them, or taken on", () => {
    const parsed = parseMinutes(
      lines(
        "Minutes of the committee meeting 3 March 2026",
        "",
        "Present: Paul Cox, Jenny Hill, Ian Ball, Hanna Ek.",
        "",
        "1. Subgroup",
        "Paul has been asked to chair the subgroup.",
        "",
        "2. Invoices",
        "Jenny needs to send the invoices.",
        "",
        "3. Walk",
        "Ian kindly agreed to lead the walk.",
        "",
        "4. Hemsidan",
        "Hanna har tagit på sig att uppdatera hemsidan.",
        "",
        "5. Hall",
        "The hall needs to be painted.",
      ),
    );
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Paul", "chair the subgroup"],
      [1, "Jenny", "send the invoices"],
      [2, "Ian", "lead the walk"],
      [3, "Hanna", "uppdatera hemsidan"],
    ]);
  });
});

describe("lists and letters", () => {
  it("ends a bulleted list of names at the bare heading after it", () => {
    const parsed = parseMinutes(
      lines(
        "Board meeting minutes 21 July 2026",
        "Board attendees: Joel, Judy, Brett, Patty",
        "Board Elections",
        "- Secretary – Patty Grabski – ran unopposed, unanimous vote",
        "- Vice President – Kevin Ross – ran unopposed, unanimous vote",
        "Community Conversations",
        "- Motion passes unanimously to allocate $500 towards the theatre event",
        "- Discussion re virtual vs in person event",
        "August Community Outreach",
        "- Food Truck Night",
        "- Budget $500 for communications",
      ),
    );
    expect(parsed.items.map((i) => i.title)).toContain("Community Conversations");
  });

  it("reads letters alone on their lines over titles as the item's sub-items", () => {
    const parsed = parseMinutes(
      lines(
        "Kallelse till styrelsemöte 28 juni 2026",
        "",
        "1. Mötets öppnande",
        "2. Preliminärer",
        "a.",
        "Mötets behörighet",
        "b.",
        "Val av mötessekreterare och justeringsperson",
        "c.",
        "Godkännande av föredragningslistan",
        "3. Uppföljning av beslut",
      ),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Mötets öppnande"],
      ["2", "Preliminärer"],
      ["2a", "Mötets behörighet"],
      ["2b", "Val av mötessekreterare och justeringsperson"],
      ["2c", "Godkännande av föredragningslistan"],
      ["3", "Uppföljning av beslut"],
    ]);
  });
});

describe("tasks said in a word, by a named group, or as what was noted", () => {
  it("finds them in English", () => {
    const parsed = parseMinutes(
      lines(
        "Minutes of the coordination meeting 31 July 2026",
        "",
        "Present: Torre Wenaus, Liz Sexton, Pere Mato.",
        "",
        "1. Next meeting",
        "The next coordination meeting will be 25 September, Torre will chair.",
        "",
        "2. Defects",
        "The Building Committee will record the defects.",
        "",
        "3. Budget",
        "The committee will review the budget in June.",
      ),
    );
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Torre", "chair"],
      [1, "The Building Committee", "record the defects"],
    ]);
  });

  it("finds them in Swedish", () => {
    const parsed = parseMinutes(
      lines(
        "Protokoll styrelsemöte 3 mars 2026",
        "",
        "1. Underlag",
        "Det antecknades att Annika Svensson och Sara Tägtström skulle sammanställa underlaget till protokollet.",
        "",
        "2. Bryggan",
        "Tore fortsätter i veckan med att lägga nytt trallgolv.",
        "",
        "3. Budget",
        "Budgetarbetet fortsätter i enlighet med fastställda ramar.",
      ),
    );
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Annika Svensson och Sara Tägtström", "sammanställa underlaget till protokollet"],
      [1, "Tore", "fortsätter i veckan med att lägga nytt trallgolv"],
    ]);
  });
});

describe("a protocol's first pages pasted one to a line", () => {
  it("is a protocol by its cover, and its short last page is cut at its item", () => {
    const cover =
      "1 1/17 Plats och tid Multeum, Strängnäs, kl 18.00-20.15 Paragrafer 1-10 Beslutande Se deltagarlista på nästa sida. Närvarande ersättare Övriga deltagande Se deltagarlista på nästa sida. Utses att justera Finn Stavnsbo (SD) med Lena Stensgård (M) som ersättare. Justeringens plats och tid Multeum, Underskrifter Sekreterare Sara Löving Ordförande Lars Larsson (M) Justerande Finn Stavnsbo (SD) ANSLAG/BEVIS Organ Kultur- och fritidsnämnden Protokollet är justerat, justeringen har tillkännagivits genom anslag Förvaringsplats för protokollet Kommunledningskontoret";
    const list =
      "2 2/17 Deltagarlista Beslutande Lars Larsson (M), Gunnar Boman (M) Mikael Slagbrand (S) Maj Källman (MP) Catharina De Geer (KD) Tjänstgörande ersättare Donald Wedel (M) Mauno Rahikainen (S) Mari Bohman (S) Hans Noreen (STRP) Lena Stensgård (M) Finn Stavnsbo (SD) Övriga Christer Hermansson, kulturchef, Gerard Adamse, bibliotekschef";
    const page = "3 3/17 KFN 1 Föredragningslista, anmälan av övriga frågor Beslut Kultur- och fritidsnämnden beslutar att godkänna föredragningslistan.";
    const parsed = parseMinutes(lines(cover, "", list, "", page));
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0].title).toContain("Föredragningslista");
    expect(parsed.items[0].decision).toContain("godkänna föredragningslistan");
  });
});

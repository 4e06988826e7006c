// Nineteenth round (issue 13): what a development set's minutes showed the parser reading wrong, in forms that any
// body's minutes use.
// - An agenda listed before the minutes, whose entries the minutes write up under their titles: an entry with nothing
//   under it ("9. GISTAM 2020 support request", the meeting never came to it) is still an item of the meeting, without
//   text and deciding nothing, in its place by number. Where the minutes use headings of their own ("## Officers" for
//   "2. Elect officers"), the listed entries are the same items in other words and are not kept twice.
// - The same with the agenda as bullets ("• Welcome" / "• Approval of the agenda" … then "Approval of the Agenda" over
//   its text), also when the list is given twice; "• Discussion" under each item is no heading taking an entry up.
// - "KS 142 Ärendebalanslista" / "Kommunstyrelsens beslut" / "1. Avsluta …" / "2. Uppdra åt …": under a paragraph whose
//   § sign the PDF lost, a list that starts again at 1 holds the points of its decision, as under "§ 142".
// - "The Leadership Council approved …", "the Technical Steering Committee agreed …": a body named by two words.
// - "* **Decision:** The council approves …" / "* Carol will draft …": a decision that is a point of a list ends with
//   it; "Consensus: …" / "- Action: Dave to …": an action as a point of its own ends the decision above it.
// - "Beslutet skickas till" / "Kommunfullmäktige": whom the decision is sent to is no part of it.
// - English tasks as notes write them: "Cart should transfer …" (someone the text lists; "Someone should …" is advice),
//   "Jane has agreed to lead …", "Dave is going to set up …", "Owen: send the invitations." (a listed person, a colon,
//   a verb that gives a task; "Bob: I think …" and a transcript's "AKI: Close to …" are remarks).
// - Swedish tasks: "Arbetsgruppen ombeds att inkomma med synpunkter senast …", "Kassören betalar fakturan",
//   "Projektledaren återrapporterar vid nästa möte", "Kansliet bereder ärendet", "Tomas utses till ansvarig för …".
// - A page pasted as one line: "… deadline is Oct. 16. Staci Smith to edit …" is a date, no item 16.
// - A list nested three deep ("3. Officer Reports" / "1. Chair - Patrick" / "1. It's very important …"): the deepest,
//   sentences, is the text of the sub-item above it, its tasks read there.
// - An action list whose lines name who acts in brackets at their end ("1. Rensa upp i förslaget … (Josef)).").
// - A doer and "to" after a comma, a dash, a colon or a bracket: "IBM put code into the repo, DAH to push code soon",
//   "… rest in library - John to email and thank", "(need input, Jordi to contact Thomas)".
// - A group tasked as one: "asked all WP leaders to add …", "WP leaders are requested to keep …", "We will ask the
//   Building Committee to record …".
// - A list of decisions that charges someone: "• Uppmana ekonomidirektionen att …", "• Ge ekonomidirektionen i ärendets
//   första behandling fullmakt att …", "• Ålägga fullmäktigeordförande att …".
// - Doers named with an article, an initial or a title ("The Clerk and Cllr Jones to meet …", "J. Smith to …"), and
//   everyone at the table ("All to send comments by Friday", "All officers will need to complete …").
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";

describe("an agenda entry the minutes never wrote up", () => {
  it("stays an item, in its place by number, without text or decision", () => {
    const text = [
      "Board Meeting 2019-12-09",
      "",
      "Current items",
      "",
      "  1. Roll call",
      "  2. Review and approve past minutes",
      "  3. Approval of Budget 2020",
      "  4. Onboarding",
      "  5. FOSDEM 2020",
      "",
      "Roll call",
      "",
      "Present: Angelos, Astrid, Till.",
      "",
      "Review and approve past minutes",
      "",
      "The minutes of 25 November were approved.",
      "",
      "Onboarding",
      "",
      "Angelos and the new board members will hold an onboarding meeting.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Roll call"],
      ["2", "Review and approve past minutes"],
      ["3", "Approval of Budget 2020"],
      ["4", "Onboarding"],
      ["5", "FOSDEM 2020"],
    ]);
    expect(parsed.items[1].decision).toContain("were approved");
    // Listed only: no text, and its title approves nothing.
    expect(parsed.items[2]).toMatchObject({ background: null, decision: null });
    expect(parsed.items[4]).toMatchObject({ background: null, decision: null });
    expect(parsed.items[3].background).toContain("onboarding meeting");
  });

  it("is not kept twice where the minutes name their items in words of their own", () => {
    const text = [
      "Board meeting: 2024-02-03",
      "",
      "## Agenda",
      "",
      "1. Adopt bylaws",
      "2. Elect officers",
      "3. Approve Cart opening a bank account",
      "",
      "## Adopt Bylaws",
      "",
      "Unanimously approved.",
      "",
      "## Officers",
      "",
      "Cart for President. Unanimously approved.",
      "",
      "## Opening a bank account",
      "",
      "Cart shall open a bank account on behalf of the Foundation. Unanimously approved.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Adopt Bylaws", "Officers", "Opening a bank account"]);
  });
});

describe("an agenda of bullets over minutes written under its entries", () => {
  it("takes the lines that take the entries up again as the items, and keeps the rest listed", () => {
    const text = [
      "Constitutional meeting",
      "",
      "Live minutes:",
      "",
      "  • Welcome",
      "  • Approval of the agenda",
      "  • NeIC announcements",
      "  • Approving ToR (Decision)",
      "  • AOB",
      "",
      "Constituting SG meeting on 20-05-15",
      "",
      "  • Welcome and presence",
      "  • Approval of the agenda",
      "  • NeIC announcements",
      "  • Approving ToR (Decision)",
      "  • AOB",
      "",
      "Welcome and presence",
      "",
      "Presence: Anne Claire, Michaela, Risto.",
      "",
      "Decision: We have quorum.",
      "",
      "Approval of the Agenda",
      "",
      "Decision: The agenda is approved.",
      "",
      "Approving ToR",
      "",
      "Decision: The terms of reference are approved.",
    ].join("\n");
    const parsed = parseMinutes(text);
    const titles = parsed.items.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(["Welcome and presence", "Approval of the Agenda", "NeIC announcements", "Approving ToR", "AOB"]));
    // Each entry once: the list given twice is one agenda.
    expect(titles.filter((t) => /^AOB$/u.test(t))).toHaveLength(1);
    expect(titles.indexOf("NeIC announcements")).toBeLessThan(titles.indexOf("Approving ToR"));
    expect(parsed.items.find((i) => i.title === "Approving ToR")?.decision).toContain("terms of reference are approved");
    expect(parsed.items.find((i) => i.title === "NeIC announcements")?.decision).toBeNull();
  });

  it("does not read the bullets under each item as an agenda", () => {
    const text = [
      "AGM Minutes 2018-09-15",
      "Agenda",
      "- Review previous AGM minutes",
      "- Annual report",
      "- Financial reports",
      "- Review membership fees",
      "Minutes",
      "Previous AGM Minutes",
      "- Discussion",
      "- No issues raised",
      "- Vote to accept minutes:",
      "- Accepted unanimously",
      "Annual Report",
      "- Discussion",
      "- No issues raised",
      "- Vote to accept annual report:",
      "- Accepted unanimously",
      "Financial Reports",
      "- Discussion",
      "- Vote to accept financial report:",
      "- Accepted unanimously",
      "Membership Fees",
      "- Discussion",
      "- Vote to accept current membership fees:",
      "- Accepted unanimously",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => i.title)).toEqual(["Previous AGM Minutes", "Annual Report", "Financial Reports", "Membership Fees"]);
  });
});

describe("a municipal protocol whose § signs were lost", () => {
  it("reads a numbered list under a paragraph as the points of its decision, not as items", () => {
    const text = [
      "Miljö- och byggnadsnämnden",
      "Protokoll 2019-05-02",
      "",
      "Mbn 141 Föregående protokoll",
      "",
      "Miljö- och byggnadsnämndens beslut",
      "1. Lägga informationen till handlingarna.",
      "",
      "Ärendebeskrivning",
      "Inga överprövade ärenden finns att föra till listan.",
      "",
      "Mbn 142 Budget 2020",
      "",
      "Miljö- och byggnadsnämndens beslut",
      "1. Godkänna budgeten.",
      "2. Ge förvaltningschefen i uppdrag att redovisa utfallet senast den 30 juni 2019.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["141", "Föregående protokoll"],
      ["142", "Budget 2020"],
    ]);
    expect(parsed.items[0].outcome).toBe("noted");
    expect(parsed.items[1].decision).toContain("Godkänna budgeten.");
    expect(parsed.mandates).toMatchObject([{ item: 1, assignee: "förvaltningschefen", dueDate: "2019-06-30" }]);
  });
});

describe("a council's notes in Markdown", () => {
  const text = [
    "# Leadership Council Meeting 2025-03-14",
    "",
    "## Attendance",
    "",
    "* Council members: Alice, Bob, Carol, Dave, Erin",
    "",
    "## Meeting notes",
    "",
    "### Budget for the travel grants",
    "",
    "* Alice presented the proposal for the 2025 travel grant budget.",
    "* **Decision:** The council approves a travel grant budget of $50,000 for 2025.",
    "* Carol will draft the announcement by 2025-03-28.",
    "",
    "### Moderation team staffing",
    "",
    "Consensus: we ask the moderation team to propose two new members.",
    "",
    "- Action: Dave to reach out to the moderation team lead.",
    "",
    "### Council representative",
    "",
    "The Leadership Council approved Erin as the representative to the Foundation board.",
  ].join("\n");
  const parsed = parseMinutes(text);

  it("ends a decision that is a point of a list with that point, and one above an action with the action", () => {
    expect(parsed.items[0].decision).toBe("Decision: The council approves a travel grant budget of $50,000 for 2025.");
    expect(parsed.items[1].decision).toBe("we ask the moderation team to propose two new members.");
    expect(parsed.mandates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ item: 0, assignee: "Carol", dueDate: "2025-03-28" }),
        expect.objectContaining({ item: 1, assignee: "Dave" }),
      ]),
    );
  });

  it("reads a body named by two words as deciding", () => {
    expect(parsed.items[2]).toMatchObject({ title: "Council representative", outcome: "approved" });
  });
});

describe("whom a decision is sent to", () => {
  it("is no part of the decision", () => {
    const parsed = parseMinutes(
      ["Protokoll Kommunstyrelsen 2025-03-10", "", "KS § 47", "Årsredovisning 2024", "Beslut", "Kommunstyrelsen godkänner årsredovisningen för 2024.", "Beslutet skickas till", "Kommunfullmäktige", "Ekonomienheten"].join("\n"),
    );
    expect(parsed.items[0].decision).toBe("Kommunstyrelsen godkänner årsredovisningen för 2024.");
  });
});

describe("English tasks as notes write them", () => {
  const text = [
    "Minutes of the Board meeting, 12 March 2025",
    "",
    "Present: Cart Anderson, Jane Roe, Dave Do, Owen Oh, Bob Day",
    "",
    "1. Domain",
    "Cart should transfer ownership of the domain to the foundation.",
    "Someone should look at the renewal costs.",
    "",
    "2. Working group",
    "Jane has agreed to lead the working group.",
    "Dave is going to set up the new mailing list.",
    "",
    "3. Summer party",
    "Owen: send the invitations.",
    "Bob: I think we should hold it in June.",
    "AKI: Close to the budget we had.",
  ].join("\n");
  const parsed = parseMinutes(text);

  it("reads who takes which task", () => {
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Cart", "transfer ownership of the domain to the foundation"],
      [1, "Jane", "lead the working group"],
      [1, "Dave", "set up the new mailing list"],
      [2, "Owen", "send the invitations"],
    ]);
  });
});

describe("Swedish tasks without a deciding verb", () => {
  it("reads the doer and the task", () => {
    const text = [
      "Protokoll styrelsemöte 12 mars 2025",
      "",
      "Närvarande: Per Lind, Anna Berg, Tomas Ur",
      "",
      "§ 1 Remissen",
      "Arbetsgruppen ombeds att inkomma med synpunkter senast den 15 maj 2025.",
      "",
      "§ 2 Ekonomi",
      "Kassören betalar fakturan.",
      "Projektledaren återrapporterar vid nästa möte.",
      "",
      "§ 3 Städdag",
      "Tomas utses till ansvarig för städdagen.",
      "Per skapar en grupp på Facebook.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.dueDate])).toEqual([
      [0, "Arbetsgruppen", "2025-05-15"],
      [1, "Kassören", null],
      [1, "Projektledaren", null],
      [2, "Tomas", null],
      [2, "Per", null],
    ]);
    // ("skapar" is a verb of its own, not "ska" + "par".)
    expect(parsed.mandates[4].task).toBe("skapar en grupp på Facebook");
  });
});

describe("numbers that start no item", () => {
  it("reads 'Oct. 16.' in a page pasted as one line as a date", () => {
    const page =
      "Newsletter: the November newsletter deadline is Oct. 16. Staci Smith to edit this issue as well. We have lost two advertisers and need to replace them to pay for the newsletter. If we are doing the Spooktacular tent, we need four volunteers to take it down at 6pm on Oct. 31. The street ends work party is scheduled for Oct. 21 at Dearborn street end again, and volunteers are welcome. A Parks employee has once again cut the volunteer plantings at Frink Park.";
    const parsed = parseMinutes(["Leschi Community Council minutes, October 9, 2017", "", "1. Treasurer report", "The balance is fine.", "", `2. ${page}`].join("\n"));
    expect(parsed.items.map((i) => i.number)).toEqual(["1", "2"]);
    expect(parsed.mandates).toMatchObject([{ item: 1, assignee: "Staci Smith", task: "edit this issue as well" }]);
  });

  it("reads a list nested three deep as sub-items over their text", () => {
    const text = [
      "WPLUG Board Meeting, September 10, 2007",
      "",
      "  1. Called to order at 7:32 PM",
      "  2. Previous meeting's minutes approved.",
      "  3. Officer Reports",
      "    1. Chair - Patrick Wagstrom",
      "      1. It's very important to get the board to meetings on time.",
      "      2. Patrick to investigate getting a key to the CMU rooms.",
      "      3. South Hills Giant Eagle may have a usable venue if needed.",
      "    2. Vice Chair - Vance Kochenderfer",
      "      1. Executrain may offer a training discount.",
      "      2. Vance will soon be getting a quote for business cards.",
      "  4. New Business",
    ].join("\n");
    const parsed = parseMinutes(text);
    const titles = parsed.items.map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(["Chair - Patrick Wagstrom", "Vice Chair - Vance Kochenderfer", "New Business"]));
    expect(titles.some((t) => /^Patrick to investigate/u.test(t))).toBe(false);
    const chair = titles.indexOf("Chair - Patrick Wagstrom");
    expect(parsed.mandates).toEqual(expect.arrayContaining([expect.objectContaining({ item: chair, assignee: "Patrick" })]));
  });
});

describe("an action list with who acts in brackets", () => {
  it("reads each line's task and doer", () => {
    const text = [
      "# Minnesanteckningar arbetsgruppen 24-10-21",
      "",
      "Närvarande: Josef Ek, Anna Berg, Per Lind",
      "",
      "## Diarieföring",
      "",
      "Gruppen beslutade att fortsätta arbetet med diarieföringen.",
      "",
      "## Aktörer/Roller",
      "",
      "Förslaget diskuterades.",
      "",
      "## Actionpoints inför nästa gång",
      "",
      "1. Rensa upp i förslaget om aktörer/roller och ta med det till nästa träff (Josef)).",
      "2. Samla in fler åsikter om diarieföring så att vi kan runda av det med ett resonemang (alla).",
      "3. Måndagar passar dåligt för flera, så en Doodle-undersökning om alternativa tider skickas ut (Anna Berg).",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([
      ["Josef", "Rensa upp i förslaget om aktörer/roller och ta med det till nästa träff"],
      ["Anna Berg", "Måndagar passar dåligt för flera, så en Doodle-undersökning om alternativa tider skickas ut"],
    ]);
  });
});

describe("a task in a clause of its own", () => {
  it("reads someone and 'to' after a comma, a dash or a bracket", () => {
    const text = [
      "Committee meeting, 18 May 2005",
      "",
      "Present: John Lee, Jordi Roca, Dave Waltermire",
      "",
      "1. Repository",
      "IBM put code into the incubator repo, DAH to push code soon.",
      "",
      "2. Installfest",
      "Books for installfest from O'Reilly; two given away, rest in library - John to email and thank.",
      "",
      "3. Deliverables",
      "* D1.4 - May 2019 - Data Management Plan (need input, Jordi to contact Thomas to get a copy of the proposal)",
      "* Finalize the design of P4 with a focused design team (Dave Waltermire to lead this effort)",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "DAH", "push code soon"],
      [1, "John", "email and thank"],
      [2, "Jordi", "contact Thomas to get a copy of the proposal"],
      [2, "Dave Waltermire", "lead this effort"],
    ]);
  });
});

describe("a group tasked as one", () => {
  it("reads the group as the one who acts", () => {
    const parsed = parseMinutes(
      [
        "Minutes of the PMC, 13 March 2019",
        "",
        "1. Calendar",
        "Andy presented the calendar and asked all WP leaders to add their events to the calendar.",
        "WP leaders are requested to keep their WP plans up to date.",
        "",
        "2. Insurance",
        "We will ask the Building Committee to record the assets in the building.",
      ].join("\n"),
    );
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "all WP leaders", "add their events to the calendar"],
      [0, "WP leaders", "keep their WP plans up to date"],
      [1, "the Building Committee", "record the assets in the building"],
    ]);
  });
});

describe("a list of decisions that charges someone", () => {
  it("reads who is charged with what", () => {
    const parsed = parseMinutes(
      [
        "Protokoll fullmäktige 2017-03-28",
        "",
        "§ 5 Kårkaféerna",
        "Fullmäktige beslöt att",
        "• Uppmana ekonomidirektionen att fundera på vilka principer man kunde lyfta upp.",
        "• Ge ekonomidirektionen i ärendets första behandling fullmakt att uppta ett lån på 2,8 miljoner euro.",
        "• Ålägga fullmäktigeordförande att göra en videohälsning före varje möte.",
      ].join("\n"),
    );
    expect(parsed.mandates.map((m) => [m.assignee, m.task])).toEqual([
      ["ekonomidirektionen", "fundera på vilka principer man kunde lyfta upp"],
      ["ekonomidirektionen", "uppta ett lån på 2,8 miljoner euro"],
      ["fullmäktigeordförande", "göra en videohälsning före varje möte"],
    ]);
  });
});

describe("doers named with a title, an initial, or all of them", () => {
  it("reads who takes which task", () => {
    const parsed = parseMinutes(
      [
        "Minutes of the Parish Council, 12 March 2019",
        "",
        "1. Hall",
        "The Clerk and Cllr Jones to meet the contractor.",
        "J. Smith to circulate the report.",
        "",
        "2. Papers",
        "All to send comments by Friday.",
        "AGM is in September. All officers will need to complete reports by Aug 11th.",
        "All agreed.",
      ].join("\n"),
    );
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "The Clerk and Cllr Jones", "meet the contractor"],
      [0, "J. Smith", "circulate the report"],
      [1, "All", "send comments by Friday"],
      [1, "All officers", "complete reports by Aug 11th"],
    ]);
  });
});

// Sixteenth round (issue 13): what a secretary meets in short, plain minutes.
// - A municipality's news page tells of one meeting in running text; it was refused as "no minutes" though it names
//   what was decided. It is now read as one item under its headline, and the preview asks to check it.
// - A formal item written on one line with its answer after a colon or semicolon ("Val av justerare; Per Lind och
//   Eva Ek") kept the answer in its title; the title is now the election, the names its decision.
// - Minutes under plain headings the rules read ("Matters arising", "Any other business") lost the items whose headings are
//   the club's own ("Boat repairs."): the learned reading of headings now adds those it is surest of.
import { describe, expect, it } from "vitest";
import { headingUnits, SUREST } from "../../app/import/model/headings";
import { probability, train, type Example } from "../../app/import/model/logistic";
import { parseMinutes, structuredLines } from "../../app/import/parse";
import { verdict } from "../../app/import/review";

const newsPage = `Henrik Ek ny ordförande för Samordningsförbundet

Publicerad 2022-02-03

Vid årets första sammanträde den 1 februari valdes Henrik Ek till ordförande för Samordningsförbundet Norra Dal under 2022. Ny vice ordförande är Maria Lund från Bergs kommun.

Ordförandeskapet roterar årligen mellan kommunerna som ingår i förbundet.
`;

describe("a page that tells of one meeting", () => {
  it("is read as one item under its headline, with the meeting's day and what was decided, for review", () => {
    const parsed = parseMinutes(newsPage, {}, null);
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.meeting.title).toBe("Henrik Ek ny ordförande för Samordningsförbundet");
    expect(parsed.meeting.date).toBe("2022-02-01");
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0].title).toBe("Henrik Ek ny ordförande för Samordningsförbundet");
    expect(parsed.items[0].decision).toMatch(/^Vid årets första sammanträde den 1 februari valdes Henrik Ek till ordförande/u);
    expect(parsed.items[0].outcome).toBe("elected");
    // The page's head (the day it was published) is not the item's text.
    expect(parsed.items[0].background).toMatch(/Ordförandeskapet roterar/u);
    expect(parsed.items[0].background).not.toMatch(/Publicerad/u);
    expect(parsed.warnings).toContainEqual({ code: "one_meeting_page" });
    const v = verdict(parsed, newsPage);
    expect(v.status).toBe("needs_review");
    expect(v.reasons).toContainEqual({ code: "one_meeting_page" });
  });

  it("is still refused when it decides nothing, or is long, or lists who attended", () => {
    const story = newsPage.replace(/valdes Henrik Ek till ordförande/u, "talade Henrik Ek om");
    expect(parseMinutes(story, {}, null).isMinutes).toBe(false);
    const essay = `${newsPage}\n${"Förbundet arbetar med samverkan mellan kommunerna och regionen. ".repeat(120)}`;
    expect(parseMinutes(essay, {}, null).isMinutes).toBe(false);
    const lines = newsPage.split("\n");
    const withAttendance = [...lines.slice(0, 3), "Närvarande: Henrik Ek, Maria Lund, Per Holm", ...lines.slice(3)].join("\n");
    expect(parseMinutes(withAttendance, {}, null).items).not.toHaveLength(1);
  });

  it("is not how minutes with headings are read", () => {
    const minutes = `Protokoll styrelsemöte 2024-03-12\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Budget\nStyrelsen beslutade att anta budgeten.\n3. Mötets avslutande\n`;
    const parsed = parseMinutes(minutes, {}, null);
    expect(parsed.items.map((i) => i.title)).toEqual(["Mötets öppnande", "Budget", "Mötets avslutande"]);
    expect(parsed.warnings).not.toContainEqual({ code: "one_meeting_page" });
  });
});

describe("a formal item with its answer on the title's line", () => {
  const minutes = `Protokoll styrelsemöte Föreningen Ekbacken 2024-03-12

1. Mötets öppnande
Ordföranden öppnade mötet.
2. Val av sekreterare: Anna Berg
3. Val av justerare; Per Lind och Eva Ek
4. Tävlingsplanering; En cup i samband med vårens tävlingar anordnas.
5. Budget 2024 – slutlig fördelning
Styrelsen beslutade att anta budgeten.
6. Mötets avslutande
`;
  const parsed = parseMinutes(minutes, {}, null);
  const item = (n: string) => parsed.items.find((i) => i.number === n)!;

  it("is titled by the election, and the names are its decision", () => {
    expect(item("2")).toMatchObject({ title: "Val av sekreterare", decision: "Anna Berg", outcome: "elected" });
    expect(item("3")).toMatchObject({ title: "Val av justerare", decision: "Per Lind och Eva Ek", outcome: "elected" });
  });

  it("parts a short title from its text at a semicolon, and leaves a title with a dash whole", () => {
    expect(item("4").title).toBe("Tävlingsplanering");
    expect(item("4").background ?? item("4").decision).toMatch(/^En cup i samband med vårens tävlingar anordnas/u);
    expect(item("5").title).toBe("Budget 2024 – slutlig fördelning");
  });
});

describe("the learned reading of headings beside the rules' own", () => {
  // Three headings every meeting uses (the rules read them), and one of this club's own the rules do not know.
  const minutes = `Harbour Rowing Club
Committee Minutes 12 May 2023

Matters arising
The new boathouse key has been cut.

Minutes of the last meeting
The minutes were agreed as a true record.

Boat repairs.
The coastal four needs a new rigger. The committee agreed to buy one from the club funds.
Tom to order the rigger.

Any other business
None.
`;
  /** A model that has learnt one thing: "Boat repairs." heads an item, surely. */
  function sureModel() {
    const examples: Example[] = headingUnits(structuredLines(minutes)).map(({ line, features }) => ({ features, label: line.text === "Boat repairs." ? 1 : 0 }));
    const model = train(Array.from({ length: 10 }, () => examples).flat(), { dim: 1 << 12 });
    return { heading: { ...model, threshold: 0.5 } };
  }

  it("adds a heading the model is surest of to the rules' three or more, and the item takes its decision and task", () => {
    const rules = parseMinutes(minutes, {}, null).items.map((i) => i.title);
    expect(rules).toEqual(["Matters arising", "Minutes of the last meeting", "Any other business"]);
    const models = sureModel();
    const line = headingUnits(structuredLines(minutes)).find((u) => u.line.text === "Boat repairs.")!;
    expect(probability(models.heading, line.features)).toBeGreaterThanOrEqual(SUREST);
    const parsed = parseMinutes(minutes, {}, models);
    expect(parsed.items.map((i) => i.title)).toEqual(["Matters arising", "Minutes of the last meeting", "Boat repairs", "Any other business"]);
    expect(parsed.items[2].decision).toMatch(/The committee agreed to buy one from the club funds/u);
    expect(parsed.mandates.map((m) => [parsed.items[m.item].title, m.assignee])).toEqual([["Boat repairs", "Tom"]]);
  });

  it("leaves a heading it is less sure of to the rules, and numbered minutes as the rules read them", () => {
    const models = sureModel();
    const unsure = { heading: { ...models.heading, bias: models.heading.bias - 40 } };
    expect(parseMinutes(minutes, {}, unsure).items.map((i) => i.title)).toEqual(["Matters arising", "Minutes of the last meeting", "Any other business"]);
    const numbered = minutes.replace("Matters arising\n", "1. Matters arising\n").replace("Minutes of the last meeting\n", "2. Minutes of the last meeting\n").replace("Any other business\n", "3. Any other business\n");
    expect(parseMinutes(numbered, {}, models)).toEqual(parseMinutes(numbered, {}, null));
  });
});

describe("minutes that record no decision", () => {
  // A board's reports, each answered at the meeting, and no vote: minutes, not the agenda they follow.
  const reports = `As always, Board Members, please correct me if my notes don't match yours.

Old Business

A. Membership drive. The board felt more education about the Foundation is needed.

B. Board and Committee Reports.

  1. Secretary: No report
  2. Fundraising: No report, however Shelly noted that the Oysters & Art Committee is moving right along. Shelly will follow up to encourage the committee to post their progress.
  3. Foundation: No report, however there was discussion regarding donations. Carol Lynn will relay this discussion and follow up with Nancy.
`;

  it("are read as minutes when they tell what was said and who will do what, and give those tasks", () => {
    const parsed = parseMinutes(reports, {}, null);
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.documentKind).toBe("minutes");
    expect(parsed.mandates.map((m) => m.assignee)).toEqual(["Shelly", "Carol Lynn"]);
  });

  it("leave an agenda an agenda, though one of its items names who will present", () => {
    const agenda = `Board Meeting Agenda\n\n1. Approval of the minutes\n2. Treasurer's report\n3. Fundraising: Shelly will follow up on the Oysters & Art event\n4. Any other business\n`;
    const parsed = parseMinutes(agenda, {}, null);
    expect(parsed.documentKind).toBe("agenda");
    expect(parsed.mandates).toEqual([]);
  });
});

describe("a short title, its full stop, and its text in lower case", () => {
  it("is the title alone, and the text goes on under it", () => {
    const minutes = `Ramblers Committee, 7 October 2016\n\n1. Apologies. none received\n2. Xmas lunch. agreed 3rd December at Reed. David will lead the walk.\n3. Budget inkl. moms för 2017\n`;
    const parsed = parseMinutes(minutes, {}, null);
    expect(parsed.items.map((i) => i.title)).toEqual(["Apologies", "Xmas lunch", "Budget inkl. moms för 2017"]);
    expect(parsed.items[1].decision).toMatch(/^agreed 3rd December at Reed\./u);
  });
});

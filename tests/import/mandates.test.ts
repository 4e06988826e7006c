import { describe, expect, it } from "vitest";
import { canonicalAssignee, findDues, findMandate, findReportBackDue } from "../../app/import/mandates";

describe("mandates in decision text", () => {
  it("reads the ways a mandate is given, with its assignee and task", () => {
    expect(
      findMandate("ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”"),
    ).toEqual({
      assignee: "Projektenhet Kronoberg",
      task: "ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”",
      due: null,
    });
    expect(findMandate("Nämnden uppdrar åt förvaltningen att redovisa uppföljningen.")).toMatchObject({
      assignee: "förvaltningen",
      task: "redovisa uppföljningen",
    });
    expect(findMandate("Region Kronoberg får i uppdrag att ta fram en tidplan.")).toMatchObject({
      assignee: "Region Kronoberg",
      task: "ta fram en tidplan",
    });
    expect(findMandate("Förvaltningen ska återkomma med en kostnadsberäkning.")).toMatchObject({
      assignee: "Förvaltningen",
      task: "återkomma med en kostnadsberäkning",
    });
    expect(findMandate("Daniel återkommer till nästa möte med erfarenheter från Markaryd.")).toMatchObject({
      assignee: "Daniel",
      task: "återkomma med erfarenheter från Markaryd",
      due: { kind: "next_meeting", text: "till nästa möte" },
    });
    expect(findMandate("att ge förvaltningen i uppdrag att följa upp bidragen senast 2026-09-30,")).toMatchObject({
      assignee: "förvaltningen",
      task: "följa upp bidragen",
      due: { kind: "date", text: "senast 2026-09-30" },
    });
  });

  it("leaves the assignee empty when the text names no one", () => {
    expect(findMandate("Styrgruppen beslutar att ge i uppdrag att utreda förutsättningarna.")).toMatchObject({
      assignee: null,
      task: "utreda förutsättningarna",
    });
    expect(findMandate("Uppdrag ges att skriva ansökan i samverkan med kommunerna.")).toMatchObject({
      assignee: null,
      task: "skriva ansökan i samverkan med kommunerna",
    });
  });

  it("takes the due phrase out of the task, and a dangling 'och återkomma' with it", () => {
    expect(
      findMandate("Styrgruppen ger förbundschefen i uppdrag att ta fram en ansökan och återkomma till mötet den 23 april 2026."),
    ).toMatchObject({
      task: "ta fram en ansökan",
      due: { kind: "meeting", text: "till mötet den 23 april 2026", day: { year: 2026, month: 4, day: 23 } },
    });
  });

  it("reads no mandate in ordinary text", () => {
    expect(findMandate("Styrgruppen godkänner budgeten.")).toBeNull();
  });

  it("finds when the item's text says the unit reports back, not the application deadline before it", () => {
    const line =
      "Ansökan ska vara inne senast den 6 mars 2026 och Projektenheten avser att återkomma med ett förslag till projektdirektiv till mötet den 13 november 2025.";
    expect(findDues(line).map((d) => d.kind)).toEqual(["date", "meeting"]);
    expect(findReportBackDue(line)).toMatchObject({ kind: "meeting", text: "till mötet den 13 november 2025" });
    expect(findReportBackDue("Ansökan ska vara inne senast den 6 mars 2026.")).toBeNull();
  });

  it("names a known unit the same way every time", () => {
    const units = ["Projektenhet Kronoberg"];
    expect(canonicalAssignee("Projektenheten", units)).toBe("Projektenhet Kronoberg");
    expect(canonicalAssignee("projektenhet Kronoberg", units)).toBe("Projektenhet Kronoberg");
    expect(canonicalAssignee("förvaltningen", units)).toBe("förvaltningen");
    expect(canonicalAssignee(null, units)).toBeNull();
  });
});

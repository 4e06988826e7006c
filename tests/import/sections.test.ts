import { describe, expect, it } from "vitest";
import { toLines } from "../../app/import/lines";
import { headingKind, splitSections } from "../../app/import/sections";

describe("splitting into sections", () => {
  it("knows the section headings, whole lines only", () => {
    expect(headingKind("Beslutspunkter")).toBe("decision");
    expect(headingKind("RAPPORTER")).toBe("report");
    expect(headingKind("Informationsärenden:")).toBe("information");
    expect(headingKind("Per capsulam-beslut")).toBe("per_capsulam");
    expect(headingKind("B. Övriga frågor")).toBe("other");
    expect(headingKind("Dagordning")).toBeNull();
    expect(headingKind("Beslut")).toBeUndefined();
    expect(headingKind("Rapporter från projekten visar att")).toBeUndefined();
  });

  it("puts the title in the head, items under their heading, signatures in the footer", () => {
    const doc = splitSections(
      toLines(
        [
          "PROTOKOLL",
          "Styrgrupp ASK",
          "Dagordning",
          "1. Mötets öppnande",
          "Beslutspunkter",
          "2. Budget",
          "Styrgruppen godkänner budgeten.",
          "Rapporter",
          "3. Ekonomi",
          "Övriga frågor",
          "Inga.",
          "Vid protokollet",
          "Maria Nyström",
          "Nästa möte: 2025-12-04",
        ].join("\n"),
      ),
    );
    expect(doc.header.map((l) => l.text)).toEqual(["PROTOKOLL", "Styrgrupp ASK", "Dagordning"]);
    expect(doc.sections.map((s) => [s.kind, s.heading?.text ?? null, s.lines.length])).toEqual([
      [null, null, 1],
      ["decision", "Beslutspunkter", 2],
      ["report", "Rapporter", 1],
      ["other", "Övriga frågor", 1],
    ]);
    expect(doc.footer.map((l) => l.no)).toEqual([12, 13, 14]);
  });

  it("does not end the minutes at a sentence that merely mentions the chair", () => {
    const doc = splitSections(toLines("1. Val\nOrdförande för mötet är Eva Lind och hon leder det."));
    expect(doc.footer).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractItems } from "../../app/import/items";
import { toLines } from "../../app/import/lines";
import { itemStart } from "../../app/import/numbering";
import type { Section } from "../../app/import/sections";
import type { SectionKind } from "../../app/import/types";

const section = (kind: SectionKind | null, text: string, heading?: string): Section => ({
  kind,
  heading: heading ? { no: 0, raw: heading, text: heading } : null,
  lines: toLines(text),
});
const minutes = { agendaOnly: false };

describe("item numbering", () => {
  it("reads 1. 1) § 5 5 § §5. 5.1 and a) sub-items", () => {
    expect(itemStart("1. ASF Växjö")).toEqual({ number: "1", sub: false, title: "ASF Växjö" });
    expect(itemStart("2) Rapport")).toMatchObject({ number: "2", title: "Rapport" });
    expect(itemStart("§ 112 Val av justerare")).toMatchObject({ number: "112", title: "Val av justerare" });
    expect(itemStart("5 § Budget")).toMatchObject({ number: "5", title: "Budget" });
    expect(itemStart("§41. Skolplacering")).toMatchObject({ number: "41", title: "Skolplacering" });
    expect(itemStart("§ 5")).toMatchObject({ number: "5", title: "" });
    expect(itemStart("5.1 Föreningsbidrag")).toMatchObject({ number: "5.1", title: "Föreningsbidrag" });
    expect(itemStart("a) Handslaget")).toEqual({ number: "a", sub: true, title: "Handslaget" });
  });

  it("does not take dates, amounts or att-clauses for items", () => {
    expect(itemStart("15 oktober 2025 öppnar utlysningen")).toBeNull();
    expect(itemStart("1.5 miljoner kronor")).toBeNull();
    expect(itemStart("a) att godkänna budgeten")).toBeNull();
  });
});

describe("items", () => {
  it("splits an item into background and decision by its labels", () => {
    const [item] = extractItems(
      section(null, "§ 114 Delårsrapport\nBakgrund\nPrognosen visar ett underskott.\nBeslut\nKommunstyrelsen beslutar\natt godkänna rapporten"),
      minutes,
    );
    expect(item).toMatchObject({
      section: "decision",
      number: "114",
      title: "Delårsrapport",
      background: "Prognosen visar ett underskott.",
      decision: "Kommunstyrelsen beslutar\natt godkänna rapporten",
    });
  });

  it("takes a title phrased as a decision as the decision, as the ASK minutes do", () => {
    const [item] = extractItems(
      section(
        "decision",
        "1. ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att ta fram ett projektdirektiv.\n\nBakgrund; Text.",
      ),
      minutes,
    );
    expect(item.title).toBe("ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att ta fram ett projektdirektiv");
    expect(item.decision).toBe(item.title);
    expect(item.background).toBe("Text.");
  });

  it("keeps a quoted old mandate in a report's background and decides nothing", () => {
    const [item] = extractItems(
      section(
        "report",
        "1. ”För -handslaget”\nBakgrund:\nStyrgrupp ASK gav 2025-04-29 Projektenhet Kronoberg följande uppdrag:\nUppdra åt Projektenhet Kronoberg att ta fram projektdirektiv.",
      ),
      minutes,
    );
    expect(item.title).toBe("För-handslaget");
    expect(item.decision).toBeNull();
  });

  it("finds a decision sentence in the middle of a line", () => {
    const [item] = extractItems(section("report", "1. Ekonomi\nFörbundschefen redovisar utfallet. Rapporten läggs till handlingarna."), minutes);
    expect(item.background).toBe("Förbundschefen redovisar utfallet.");
    expect(item.decision).toBe("Rapporten läggs till handlingarna.");
  });

  it("turns decisions into proposals in a notice or agenda", () => {
    const [item] = extractItems(
      section(null, "2. Slutrapport\nFörslag till beslut: Styrgruppen godkänner slutrapporten."),
      { agendaOnly: true },
    );
    expect(item.decision).toBeNull();
    expect(item.proposal).toBe("Styrgruppen godkänner slutrapporten.");
  });

  it("numbers sub-items after their parent and gives them its kind", () => {
    const items = extractItems(section(null, "4. Rapporter\na) Jobbspår för alla\nb) Join 2.0"), minutes);
    expect(items.map((i) => [i.number, i.title, i.section])).toEqual([
      ["4", "Rapporter", "report"],
      ["4a", "Jobbspår för alla", "report"],
      ["4b", "Join 2.0", "report"],
    ]);
  });

  it("makes a heading without numbered items one item, so other business is kept", () => {
    const items = extractItems(section("other", "Inga övriga frågor.", "Övriga frågor"), minutes);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ section: "other", number: null, title: "Övriga frågor", background: "Inga övriga frågor." });
  });

  it("guesses the kind of an item under no heading from its title", () => {
    const items = extractItems(
      section(null, "§ 1 Mötets öppnande\n§ 2 Information om läget\n§ 3 Lägesrapport\nNämnden noterar informationen.\n§ 4 Övriga frågor"),
      minutes,
    );
    expect(items.map((i) => i.section)).toEqual(["other", "information", "report", "other"]);
  });
});

import { describe, expect, it } from "vitest";
import { decisionTense, isDecisionPhrase, startsDecision } from "../../app/import/decisions";

const lead = { inBackground: false, perCapsulam: false };
const background = { inBackground: true, perCapsulam: false };

describe("decision sentences", () => {
  it("recognises the ways minutes state a decision", () => {
    for (const text of [
      "ASK:s styrgrupp ger Projektenhet Kronoberg i uppdrag att ta fram ett projektdirektiv",
      "Kommunstyrelsen beslutar att godkänna delårsrapporten",
      "Nämnden godkände internkontrollplanen",
      "Kommunstyrelsen lägger informationen till handlingarna.",
      "Rapporten läggs till handlingarna.",
      "Dagordningen godkänns.",
      "Per Holm (M) utses att justera dagens protokoll.",
      "Arbetsutskottet tackar för informationen.",
      "Beslutades att anta planen.",
    ]) {
      expect(isDecisionPhrase(text), text).toBe(true);
    }
    expect(isDecisionPhrase("Projektenheten arbetar vidare och återkommer i frågan.")).toBe(false);
    expect(isDecisionPhrase("Uppdra åt Projektenhet Kronoberg att ta fram projektdirektiv")).toBe(false);
  });

  it("reads a dated past decision in a background as history, not as this meeting's decision", () => {
    const old = "Styrgrupp ASK uppdrog till Projektenhet Kronoberg 2025-04-29 att fortsätta det påbörjade arbetet.";
    expect(decisionTense(old)).toBe("past");
    expect(startsDecision(old, background)).toBe(false);
    expect(startsDecision(old, lead)).toBe(false);
    expect(startsDecision("Nuvarande riktlinjer antogs 2019 och behöver uppdateras.", background)).toBe(false);
  });

  it("accepts a past decision without a date after the verb outside a background", () => {
    expect(startsDecision("Nämnden beslutade att återremittera ärendet.", lead)).toBe(true);
    expect(startsDecision("Anteckningarna från den 10 september lades till handlingarna.", lead)).toBe(true);
    expect(startsDecision("Nämnden beslutade att återremittera ärendet.", background)).toBe(false);
  });

  it("accepts a dated past decision in a per-capsulam item", () => {
    const text = "Styrgruppen beslutade per capsulam 2026-01-20 att bevilja medfinansiering.";
    expect(startsDecision(text, lead)).toBe(false);
    expect(startsDecision(text, { inBackground: false, perCapsulam: true })).toBe(true);
  });

  it("takes an action phrase as a decision only outside a background", () => {
    expect(startsDecision("Daniel återkommer till nästa möte med erfarenheter.", lead)).toBe(true);
    expect(startsDecision("Projektenheten avser att återkomma med ett förslag.", lead)).toBe(false);
    expect(startsDecision("Region Kronoberg får i uppdrag att ta fram en tidplan.", background)).toBe(false);
  });
});

// The learned second reading (app/import/model): what a secretary importing old minutes notices.
// Where no rule knows the wording, the model still proposes the decision; it never reads one into an
// agenda, a report or history; and the committed models are what `npm run import:train` makes.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";
import { modelIsCurrent } from "../../scripts/import-train";

const minutes = `PROTOKOLL styrelsemöte 2024-03-05
Närvarande: Anna Berg, Olle Ek, Karin Ny

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Medlemsavgift
Avgiften diskuterades. Styrelsen enades om att höja avgiften till 200 kronor.

§ 3 Hemsidan
Hemsidan behöver ses över. Frågan bordläggs till nästa möte.
`;

describe("the learned reading of decisions", () => {
  it("finds a decision in a wording no rule knows, beside the rules' own", () => {
    const rulesOnly = parseMinutes(minutes, {}, null);
    expect(rulesOnly.items[1].decision).toBeNull();
    const parsed = parseMinutes(minutes);
    expect(parsed.items[1].decision).toBe("Styrelsen enades om att höja avgiften till 200 kronor.");
    expect(parsed.items[2].decision).toBe("Frågan bordläggs till nästa möte.");
    expect(parsed.items[2].outcome).toBe("tabled");
    // The opening of the meeting is no decision.
    expect(parsed.items[0].decision).toBeNull();
    // The preview says which decision is read from the wording alone, to be checked.
    expect(parsed.warnings).toContain("Beslutet i ärende 2 är tolkat ur texten utan ett känt beslutsuttryck: kontrollera.");
    expect(rulesOnly.warnings.join(" ")).not.toContain("tolkat");
  });

  it("reads nothing into an agenda, and leaves history alone", () => {
    const agenda = parseMinutes(minutes.replace("PROTOKOLL styrelsemöte", "KALLELSE till styrelsemöte"));
    expect(agenda.documentKind).toBe("agenda");
    expect(agenda.items.filter((i) => i.decision !== null)).toEqual([]);
    const history = parseMinutes(minutes.replace("Styrelsen enades om att höja", "Styrelsen beslutade 2023-05-01 att höja"));
    expect(history.items[1].decision).toBeNull();
  });

  it("ships the model that training on the dev corpus gives", () => {
    expect(modelIsCurrent(), "run `npm run import:train` and commit app/import/model/decision-model.json").toBe(true);
  }, 60_000);
});

// Sixth round (issue 13), wordings: Swedish ways of deciding and of giving tasks found on the seventh
// dev part, each shown on a text written here.
import { describe, expect, it } from "vitest";
import { startsDecision } from "../../app/import/decisions";
import { findMandate } from "../../app/import/mandates";
import { parseMinutes } from "../../app/import/parse";

const now = { inBackground: false, perCapsulam: false };

describe("decisions in a word", () => {
  it("reads a passive verb alone as the decision, and an agenda sent earlier as approved today", () => {
    expect(startsDecision("Bordlades.", now)).toBe(true);
    expect(startsDecision("Godkändes", now)).toBe(true);
    expect(startsDecision("Tidigare utsänd föredragningslista godkändes.", now)).toBe(true);
    // "tidigare" on its own still dates the decision.
    expect(startsDecision("Styrelsen beslutade tidigare att sälja huset.", now)).toBe(false);
  });
});

describe("who is given the task", () => {
  it("keeps a compound title whole and reads duties laid on someone", () => {
    expect(findMandate("Hälso- och sjukvårdsdirektören ges i uppdrag att genomföra en analys.")).toMatchObject({
      assignee: "Hälso- och sjukvårdsdirektören",
      task: "genomföra en analys",
    });
    expect(findMandate("Det ålades sekreteraren att hålla ledamöterna uppdaterade.")).toMatchObject({ assignee: "sekreteraren" });
    expect(findMandate("att be Pecca Wickman fotografera båtarna")).toMatchObject({ assignee: "Pecca Wickman", task: "fotografera båtarna" });
    expect(findMandate("Styrelsen ber om ursäkt för dröjsmålet.")).toBeNull();
  });

  it("reads who volunteers and who answers for what", () => {
    expect(findMandate("Hesse kollar vilka regler som gäller och återkommer med kostnadsberäkning.")).toMatchObject({ assignee: "Hesse" });
    expect(findMandate("Till tar på sig detta.")).toMatchObject({ assignee: "Till" });
    expect(findMandate("Johan ställer upp som stand-in.")).toMatchObject({ assignee: "Johan" });
    expect(findMandate("Enar återkommer om behovet i Göteborg.")).toMatchObject({ assignee: "Enar" });
    expect(findMandate("Ann-Sofie Weimarsson ansvarig för utskick och tryckning.")).toMatchObject({ assignee: "Ann-Sofie Weimarsson" });
  });
});

describe("the meeting concurs", () => {
  it("reads 'enades om' and 'instämmer i' as decisions", () => {
    expect(startsDecision("Mötet enades om att höja avgiften.", now)).toBe(true);
    expect(startsDecision("Styrgruppen instämmer i slutsatserna.", now)).toBe(true);
  });
});

describe("someone the minutes list, doing something", () => {
  it("is given a task when the verb does something, not when it reports", () => {
    const text = "Protokoll styrelsemöte 2016-01-12\nNärvarande: Olle, Henry, Karin\n\n§ 1 Byahuset\nOlle besöker Dorthe och tar mått på fönstren. Henry köper in saft och kakor.\n\n§ 2 Ekonomi\nKarin redovisar kassan.\n";
    const mandates = parseMinutes(text).mandates.map((m) => [m.assignee, m.task]);
    expect(mandates.sort()).toEqual([
      ["Henry", "köper in saft och kakor"],
      ["Olle", "besöker Dorthe och tar mått på fönstren"],
    ]);
  });
});

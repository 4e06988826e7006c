// Tenth round (issue 13): found on dev alone, each shown on a text written here. Who acts when a sentence
// opens with a conjunction ("Men verksamhetschefen fick i uppdrag att …"), when a council instructs or approves
// an officer ("instructed the Clerk to …", "approved the Town Manager to sign …"), when someone promises at the
// meeting ("Johan lovade att …"), "Uppdrages till X att …", arrows as the bullets of an action list
// ("=> koen to investigate …"), and a case number that is no day ("Dnr KS 15/6").
import { describe, expect, it } from "vitest";
import { namesMeetingDocument } from "../../app/import/header";
import { findMandate } from "../../app/import/mandates";
import { parseMinutes } from "../../app/import/parse";

const rulesOnly = (text: string, filename?: string) => parseMinutes(text, { filename }, null);

describe("who acts", () => {
  it("leaves out a conjunction that opens the sentence", () => {
    expect(findMandate("Men verksamhetschefen fick i uppdrag att undersöka möjligheterna till fortsatta studier.")?.assignee).toBe("verksamhetschefen");
  });

  it("reads 'Uppdrages till X att' as a mandate", () => {
    const found = findMandate("Uppdrages till Marianne S att boka möte med hälso- och sjukvårdsdirektören.");
    expect([found?.assignee, found?.task]).toEqual(["Marianne S", "boka möte med hälso- och sjukvårdsdirektören"]);
  });

  it("reads a council that instructs or approves an officer", () => {
    const text = `Minutes of the Parish Council meeting held on 4 March 2025

1. Footpaths

The Council instructed the Clerk to write to the landowner about the stile.

2. Seniors Plus Agreement

The Council approved the Town Manager to sign this agreement by a vote of 7-0.
`;
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "the Clerk", "write to the landowner about the stile"],
      [1, "the Town Manager", "sign this agreement by a vote of 7-0"],
    ]);
  });

  it("reads a promise made at the meeting as a task", () => {
    const text = `Protokoll styrelsemöte 4 mars 2025

1. Bryggorna

Kättingarna på A-bryggan behöver ses över. Johan lovade att hjälpa till att dyka.
`;
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([[0, "Johan", "hjälpa till att dyka"]]);
  });

  it("reads arrows as the bullets of an action list", () => {
    const text = `TSC meeting minutes, 11 September 2012

Present: Koen, Paul, Richard

1. Infrastructure

The build server is slow again.
=> Koen to investigate server & report back
=> Paul to document setup steps on wiki
`;
    const parsed = rulesOnly(text);
    expect(parsed.mandates.map((m) => [m.item, m.assignee, m.task])).toEqual([
      [0, "Koen", "investigate server & report back"],
      [0, "Paul", "document setup steps on wiki"],
    ]);
  });
});

describe("dates", () => {
  it("does not read a case number as a day", () => {
    const text = `Kommunstyrelsen, protokoll 5 maj 2015

§ 80 Budgetuppföljning
Dnr KS 15/6
Kommunstyrelsen godkänner uppföljningen.
`;
    const parsed = rulesOnly(text);
    expect(parsed.dates.map((d) => d.date)).not.toContain("2015-06-15");
    expect(parsed.meeting.date).toBe("2015-05-05");
  });
});

describe("structure", () => {
  it("reads a contents list set in two columns, numbers then titles, as giving way to the items", () => {
    const text = `Sydnärkes nämnd
Protokoll
2015-03-12
Ärendelista
§1
§2
§3
Val av justerare
Förvaltningschefen informerar
Verksamhetsberättelse 2014

§ 1 - Val av justerare
Beslut
Nämnden väljer Bo Rudolfsson till justerare.

§ 2 - Förvaltningschefen informerar
Beslut
Informationen noteras.

§ 3 - Verksamhetsberättelse 2014
Beslut
Nämnden godkänner verksamhetsberättelsen.
`;
    const parsed = rulesOnly(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Val av justerare"],
      ["2", "Förvaltningschefen informerar"],
      ["3", "Verksamhetsberättelse 2014"],
    ]);
    expect(parsed.items[2].decision).toBe("Nämnden godkänner verksamhetsberättelsen.");
  });

  it("reads a report from a council meeting ('Referat från …') as minutes", () => {
    const text = `Referat från kommunfullmäktiges sammanträde 21 mars 2019

Motion om arbetskläder i förskoleverksamheten

Tre ledamöter har lämnat in en motion om arbetskläder i förskoleverksamheten.

Kommunfullmäktiges beslut
Motionen remitteras till kommunstyrelsen.
`;
    const parsed = rulesOnly(text);
    expect(parsed.documentKind).toBe("minutes");
    expect(parsed.items[0].decision).toBe("Motionen remitteras till kommunstyrelsen.");
  });
});

describe("a flattened protocol", () => {
  it("reads the decision run on after the presenter's name", () => {
    const text = `Styrelsen Datum Tid Plats Deltagare Onsdagen den 23 september 2015
1 Fastställande av föredragningslista
Föredragande: Ulrika Stuart Hamilton Styrelsen fastställde förslaget till föredragningslista.
2 Anmälan av styrelseprotokoll
Föredragande: Ulrika Stuart Hamilton Styrelsens protokoll Sty 2015:5 lades till handlingarna.
3 Information
Föredragande: Staffan Forssell Generaldirektören informerade om budgetpropositionen.
`;
    const parsed = rulesOnly(text);
    expect(parsed.isMinutes).toBe(true);
    expect(parsed.items.map((i) => i.decision)).toEqual([
      "Styrelsen fastställde förslaget till föredragningslista.",
      "Styrelsens protokoll Sty 2015:5 lades till handlingarna.",
      null,
    ]);
  });

  it("knows minutes by the running head its first page opens with", () => {
    // A running head comes back on every page, so reflow takes it out of the head as page furniture; the text's
    // first words still say what the document is. Words further in do not ("… justerade protokollet").
    expect(namesMeetingDocument([], "LUNDS UNIVERSITET PROTOKOLL 1(4) Sammanträdesdag klockan 9.15")).toBe(true);
    expect(namesMeetingDocument([], "Styrelsen Datum Tid Plats Deltagare, som sedan justerade protokollet")).toBe(false);
  });
});

describe("what kind of document", () => {
  it("reads a page of a meeting's decisions as minutes, though it links the agenda", () => {
    const text = `Östersundomkommitténs beslut den 10 april 2018

Östersundomkommittén samlades den 10 april 2018 kl. 11.30. Föredragningslista för mötet (pdf)

Beslut under mötet:

1. Mötets laglighet och beslutsförhet

Enligt föredragningslistan

2. Val av protokolljusterare

Enligt föredragningslistan
`;
    const parsed = rulesOnly(text);
    expect(parsed.documentKind).toBe("minutes");
    // (Each item of a page of decisions is its own decision, its title and the text under it.)
    expect(parsed.items.map((i) => i.decision)).toEqual([
      "Mötets laglighet och beslutsförhet Enligt föredragningslistan",
      "Val av protokolljusterare Enligt föredragningslistan",
    ]);
  });

  it("reads a transcript that sets '$' for every space", () => {
    const text = `Brf$Torghusen$ $ $ P$R$O$T$O$K$O$L$L$ Ordinarie$föreningsstämma$7$maj$2015$
1.$Stämmans$öppnande$
Ordföranden$hälsade$alla$välkomna$och$förklarade$stämman$öppnad.$
2.$Godkännande$av$dagordningen$
Stämman$godkände$dagordningen.$
`;
    const parsed = rulesOnly(text);
    expect(parsed.meeting.date).toBe("2015-05-07");
    expect(parsed.items.map((i) => [i.title, i.decision])).toEqual([
      ["Stämmans öppnande", null],
      ["Godkännande av dagordningen", "Stämman godkände dagordningen."],
    ]);
  });
});

describe("decisions", () => {
  it("reads an election whose subject carries party letters and a substitute", () => {
    const text = `Protokoll, Nämnden för funktionshindrade, 2015-04-16

§ 46 Protokollsjusterare
Ärendebeskrivning
Marianne Hamp (M), med Emelie Jaxell (M) som ersättare, utses att justera dagens protokoll.
`;
    expect(rulesOnly(text).items[0]?.decision).toBe("Marianne Hamp (M), med Emelie Jaxell (M) som ersättare, utses att justera dagens protokoll.");
  });

  it("reads 'AND AGREED' under a proposer and a seconder as the label of what was agreed", () => {
    const text = `Minutes of January Ordinary Meeting of the County Council held on Monday 14th January, 2013

1. MINUTES OF THE BUDGET MEETING HELD ON 17TH DECEMBER 2012:
Proposed by Councillor M. Lyons
Seconded by Councillor M. Fleming
AND AGREED
“To confirm the minutes of the Annual Budget Meeting held on 17th December, 2012.”
`;
    expect(rulesOnly(text).items[0]?.decision).toContain("To confirm the minutes of the Annual Budget Meeting");
  });
});

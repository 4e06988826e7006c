// The structure mechanisms of issue 13's sixth round, each on a small text written here in the shape
// real minutes take (none copied from the corpus): numbering schemes and layouts that hid items, and
// the signs that tell minutes from an agenda without asking whether a decision was found.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";

const titles = (text: string, filename?: string) => parseMinutes(text, { filename }).items.map((i) => [i.number, i.title]);

describe("item numbering and layouts", () => {
  it("reads '§ 1/ text' (a slash after the paragraph number)", () => {
    const text = ["Protokoll styrelsemöte 2024-05-02", "", "§ 1/ Mötet öppnas.", "", "§ 2/ Till justerare valdes Eva.", "", "§ 3/ Ekonomin gicks igenom."].join("\n");
    expect(titles(text).map(([n]) => n)).toEqual(["1", "2", "3"]);
  });

  it("reads a number alone on its line over a short title", () => {
    const text = [
      "Protokoll styrelsemöte 2024-05-02",
      "1",
      "Mötets öppnande:",
      "Ordföranden hälsade välkommen.",
      "2",
      "Ekonomi:",
      "Kassören redogjorde för läget.",
      "3",
      "Övrigt:",
      "Inget.",
    ].join("\n");
    expect(titles(text)).toEqual([["1", "Mötets öppnande"], ["2", "Ekonomi"], ["3", "Övrigt"]]);
  });

  it("a table of contents whose entries name a section or the footer does not swallow the minutes", () => {
    const text = [
      "Styrelsemöte 3 mars 2024",
      "Dagordning:",
      "1. Mötets öppnande",
      "2. Ekonomi",
      "3. Övriga frågor",
      "4. Mötet avslutas",
      "1. Mötets öppnande",
      "Ordföranden öppnade mötet.",
      "2. Ekonomi",
      "Styrelsen godkände bokslutet.",
      "3. Övriga frågor",
      "Inga.",
    ].join("\n");
    const parsed = parseMinutes(text);
    // ("4. Mötet avslutas", listed and never written up, stays an item of its own, without text.)
    expect(parsed.items.map((i) => i.title)).toEqual(["Mötets öppnande", "Ekonomi", "Övriga frågor", "Mötet avslutas"]);
    expect(parsed.items[1].decision).toBe("Styrelsen godkände bokslutet.");
    expect(parsed.items[2].background).toBe("Inga.");
  });

  it("a protocol numbered by § keeps its cover page out of the items even when it holds one paragraph", () => {
    const text = [
      "Plats och tid Stadshuset, kl 14.00",
      "",
      "Utses att justera Anna Berg",
      "",
      "Sammanträdesdag 2024-09-26",
      "",
      "Justeringens plats och tid Stadshuset 2024-09-27",
      "",
      "§ 12",
      "",
      "Miljöpris 2024",
      "",
      "Beslut",
      "",
      "Nämnden utser Per Holm till mottagare av miljöpriset.",
    ].join("\n");
    const parsed = parseMinutes(text);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([["12", "Miljöpris 2024"]]);
    expect(parsed.meeting.date).toBe("2024-09-26");
    expect(parsed.dates.map((d) => d.date)).toContain("2024-09-27");
  });

  it("reads an outline whose headings are bullets and whose text is not", () => {
    const text = [
      "Protokoll styrelsemöte",
      "Datum: 22 april 2025",
      "- Mötets öppnande",
      "Mötet öppnades av ordföranden.",
      "- Konstituering av styrelsen",
      "- Val av övriga roller:",
      "- Emil rapporterar för ungdomskommittén.",
      "- Ekonomi",
      "Kassören redogjorde för läget.",
    ].join("\n");
    expect(titles(text).map(([, t]) => t)).toEqual(["Mötets öppnande", "Konstituering av styrelsen", "Val av övriga roller", "Ekonomi"]);
  });

  it("cuts decimal sub-items out of a flattened page", () => {
    const filler = "Texten fortsätter här med några ord om ärendet som behandlades. ".repeat(4);
    const text = `Protokoll styrelsemöte nr 2 Närvarande: Anna Berg, Per Holm 1 Inledande formalia 1.1 Mötets öppnande ${filler}1.2 Val av justerare ${filler}1.3 Föregående protokoll ${filler}2 Ekonomi ${filler}`;
    expect(titles(text).map(([n]) => n)).toEqual(expect.arrayContaining(["1.1", "1.2", "1.3"]));
  });

  it("in a flattened page, '1 …' and '2 Formalia' before a dotted sub-list are the top level", () => {
    const attendance = "Närvarande Anna Berg, ordförande Per Holm, sekreterare Eva Lind, kassör Olle Ek, ledamot Lisa Ek, ledamot Karl Berg, ledamot";
    const text = `Protokoll fört vid styrelsemöte ${attendance} 1 Mötets öppnande Ordföranden förklarade mötet öppnat. 2 Formalia 1. Val av mötesordförande Anna Berg valdes till mötesordförande. 2. Val av sekreterare Per Holm valdes till sekreterare. 3. Val av justerare Eva Lind valdes till justerare. 4. Fastställande av dagordningen Dagordningen fastställdes. 5. Föregående protokoll Protokollet lades till handlingarna.`;
    const found = titles(text).map(([, t]) => t);
    expect(found).toEqual(expect.arrayContaining(["Mötets öppnande", "Formalia", "Val av mötesordförande"]));
  });

  it("a flattened title is not cut after a function word ('Chairman of the Board', 'Fiskaretorget i Västervik')", () => {
    const filler = "Texten om ärendet fortsätter här med flera ord om vad som sades och gjordes på mötet. ".repeat(3);
    const text = `Ärendelista 11 maj 2015 1. Upprop och val av justerare ${filler}2. Sommaravstängning av torget i Västervik ${filler}3. Ansökan från Trafikkontoret om dispens ${filler}`;
    expect(titles(text).map(([, t]) => t)).toEqual(["Upprop och val av justerare", "Sommaravstängning av torget i Västervik", "Ansökan från Trafikkontoret om dispens"]);
  });

  it("reads an excerpt numbered on from earlier meetings when it opens the meeting", () => {
    const cover = "Ledamöterna från kommunens nämnder och från pensionärsföreningarna deltog i sammanträdet. ".repeat(4);
    const body = "Sjuksköterskan informerar om hur hemtjänsten arbetar med trygghetslarm och nattpatrull. ".repeat(4);
    const text = `1 Rådet 10 april (10) Plats och tid Stadshuset kl 13:00 Beslutande Anna Berg Per Holm ${cover}\n\n2 Rådet 10 april (10) 8 Öppnande, dagordning, justering Sammanträdet öppnas. Förslag till dagordning godkänns. 9 Information om hemtjänsten ${body}`;
    expect(titles(text).map(([n]) => n)).toEqual(["8", "9"]);
  });

  it("a short last page with the running head of a flattened PDF is cut like the others", () => {
    const cover = "Plats och tid Kommunhuset kl 13.00 Beslutande Anna Berg (S), ordförande Per Holm (M) Eva Lind (C) Olle Ek (S) Lisa Ek (M) Övriga närvarande Karl Berg, kommunchef Utses att justera Per Holm (M) Justeringens plats och tid Kommunhuset Paragrafer 136-137 Underskrifter Sekreterare Ordförande Justerare ".repeat(2);
    const text = [
      `1 KOMMUNEN SAMMANTRÄDESPROTOKOLL Sida Kommunstyrelsen ${cover}`,
      "",
      "2 Kommunstyrelsen [36] KS 136 Val av protokolljusterare Per Holm (M) utses att justera protokollet jämte ordföranden. Justeringen äger rum tisdagen den 10 september.",
      "",
      "3 Kommunstyrelsen [36] KS 137 Fastställande av dagordning Dagordningen fastställs med ett tillägg om digitalisering.",
    ].join("\n");
    expect(titles(text).map(([n]) => n)).toEqual(["136", "137"]);
  });

  it("splits paragraphs run together on one short line", () => {
    const text = ["Protokoll 2020-08-18", "§ 70/20 Budget", "Nämnden godkände budgeten.", "§ 71/20 Uppföljning av planen § 72/20 Övriga informationsärenden § 73/20 Övriga frågor"].join("\n");
    expect(titles(text).map(([n]) => n)).toEqual(["70", "71", "72", "73"]);
  });

  it("cuts minutes numbered within the year out of a flattened page", () => {
    const head = "Parish Council MINUTES OF THE FULL COUNCIL MEETING HELD ON THURSDAY, 11 APRIL 2013 Present: Cllr. Brown (Chairman) Cllr. Green Cllr. White Apologies: Cllr. Black ".repeat(2);
    const text = `${head}055/2013 Members' Declarations – none were made at this meeting. 056/2013 Apologies for Absence – Cllrs. Black and Grey sent their apologies. 057/2013 Outside Bodies – the reports were received and noted by the council.`;
    expect(titles(text).map(([n]) => n)).toEqual(["055", "056", "057"]);
  });

  it("reads paragraphs as page number, paragraph number and a heading in capitals", () => {
    const text = [
      "KOMMUN SAMMANTRÄDESPROTOKOLL Rådet",
      "2 17 UPPROP Ordföranden öppnar mötet.",
      "3 18 FÖREGÅENDE PROTOKOLL Att lägga protokollet till handlingarna.",
      "4 19 VAL AV JUSTERARE Att välja Anna Berg.",
    ].join("\n");
    expect(titles(text)).toEqual([["17", "UPPROP"], ["18", "FÖREGÅENDE PROTOKOLL"], ["19", "VAL AV JUSTERARE"]]);
  });

  it("reads tables: numbered rows, and a table of topics in Markdown or HTML", () => {
    const numbered = ["Committee Agenda 20.06.17", "No | Item |", "1 | Appointment of Chair |", "2 | Apologies |", "3 | Budget", "To review the budget. |"].join("\n");
    expect(titles(numbered)).toEqual([["1", "Appointment of Chair"], ["2", "Apologies"], ["3", "Budget"]]);
    const markdown = [
      "# Meeting Minutes 2024-02-02",
      "| Discussion Points | Notes | Responsible |",
      "| --- | --- | --- |",
      "| Governance Policy | The committee approved the policy. | Anna |",
      "| Communication | Pick a tool. | Per |",
    ].join("\n");
    expect(titles(markdown).map(([, t]) => t)).toEqual(["Governance Policy", "Communication"]);
    const html =
      "# Meeting Minutes 2024-07-22\n<table><thead><tr><th>Discussion Points</th><th>Notes</th></tr></thead><tbody><tr><td>Introduction &#x26; Quorum</td><td>Quorum achieved</td></tr><tr><td>Budget</td><td><p>The budget was approved.</p></td></tr></tbody></table>";
    expect(titles(html).map(([, t]) => t)).toEqual(["Introduction & Quorum", "Budget"]);
  });

  it("a bare number over a long title counts when it is one above the last counted, and a day is no item", () => {
    const text = [
      "Föredragningslista 2024-09-21",
      "",
      "17 november 2024",
      "",
      "2 Val av justerare",
      "",
      "3 Anmälan av föregående protokoll",
      "",
      "5 Tertialrapport",
      "",
      "6 Överklagande av beslut om klagomål över lukt och buller som lämnats utan åtgärd från konditoriet",
      "",
      "7 Ansökan om vite",
    ].join("\n");
    expect(titles(text).map(([n]) => n)).toEqual(["2", "3", "5", "6", "7"]);
  });
});

describe("more layouts", () => {
  it("reads cases numbered with a slash in a flattened page, and keeps a table's decimal rows", () => {
    const body = "Sektionen diskuterade ansökningarna som kommit in under sommaren och gick igenom reglerna. ".repeat(3);
    const text = `Protokoll sektionen nr 6 1. Mötets öppnande Ordföranden öppnar mötet. 2. Dispenser ${body}24/ Anna Berg ansöker om licens. Beslut: Ansökan avslås. 25/ Per Holm ansöker om licens. Beslut: Ansökan bifalls. 3. Övrigt Inget.`;
    expect(titles(text).map(([n]) => n)).toEqual(expect.arrayContaining(["24", "25"]));
    const table = ["Committee Agenda 20.06.17", "No | Item |", "1 | Apologies |", "2 | Play Areas |", "2.1 | To note the inspection. |", "2.2 | To agree actions. |", "3 | Any other business |"].join("\n");
    expect(titles(table).map(([n]) => n)).toEqual(["1", "2", "2.1", "2.2", "3"]);
  });

  it("a short title with a full stop counts when it continues the run; a marked-up attendance label is no item", () => {
    const text = ["Minutes of the Trustees Meeting 10 January 2010", "1 Apologies", "Anna Berg", "2 Minutes of the last meeting.", "The minutes were accepted.", "3 Budget", "The budget was approved."].join("\n");
    expect(titles(text).map(([n]) => n)).toEqual(["1", "2", "3"]);
    const md = ["# Meeting notes 2018-11-08", "# Roll call", "## Attending", "* Anna Berg", "* Per Holm", "## Budget", "The budget was approved.", "## Website", "Per will update the page."].join("\n");
    expect(titles(md).map(([, t]) => t)).toEqual(["Budget", "Website"]);
  });

  it("a list of attachments is no list of items, and a list under an agenda heading is no list of names", () => {
    const text = ["Protokoll styrelsemöte 2024-03-01", "Bilagor:", "1. Ekonomisk rapport", "2. Förslag till policy", "3. Verksamhetsplan", "", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet.", "§ 2 Ekonomi", "Rapporten lades till handlingarna."].join("\n");
    expect(titles(text)).toEqual([["1", "Mötets öppnande"], ["2", "Ekonomi"]]);
    const agenda = ["Meeting Minutes 2024-02-02", "• Old Business:", "1. Update on the budget (Anna)", "2. Update on the website (Per)", "• New Business:", "1. Ethics Rules (Per Holm)", "2. Delivery Assurance (Eva Lind)", "", "Notes follow."].join("\n");
    expect(titles(agenda).map(([, t]) => t)).toEqual(expect.arrayContaining(["Ethics Rules (Per Holm)", "Delivery Assurance (Eva Lind)"]));
  });

  it("a numbered list under an action heading holds tasks, not items; '# Sammanfattning DATE' is the title", () => {
    const text = ["# Sammanfattning 24-10-21", "", "Närvarande: Anna, Per", "", "## Budget", "", "- Budgeten diskuterades.", "", "## Hemsidan", "", "- Sidan ska göras om.", "", "## Actionpoints inför nästa möte", "", "1. Anna bokar lokal.", "2. Per skriver utkast."].join("\n");
    const found = titles(text).map(([, t]) => t);
    expect(found).toEqual(expect.arrayContaining(["Budget", "Hemsidan"]));
    expect(found).not.toContain("Anna bokar lokal.");
    expect(found).not.toContain("Sammanfattning 24-10-21");
    const next = ["Minutes 2014-02-17", "1. Budget - approved.", "2. Website - Per will look at it.", "", "Agenda for Next Meeting", "-----------------------", "", "1. Review the report", "2. Review tools"].join("\n");
    expect(titles(next).map(([n]) => n)).toEqual(["1", "2"]);
  });

  it("a labelled line ('Proposed by: X') is no heading", () => {
    const text = ["+++", "title = \"Board meeting\"", "+++", "", "## Agenda", "", "1. Adopt bylaws", "2. Elect officers", "", "## Adopt Bylaws", "", "Proposed by: Anna", "", "Unanimously approved.", "", "## Officers", "", "Proposed by: Per", "", "Unanimously approved."].join("\n");
    expect(titles(text).map(([, t]) => t)).not.toContain("Proposed by: Anna");
  });
});

describe("minutes or agenda", () => {
  const list = ["1. Opening", "2. Budget", "3. Any other business"];

  it("a numbered list with no decision and no sign of a meeting held is an agenda", () => {
    expect(parseMinutes(["Board meeting 2024-03-01", ...list].join("\n")).documentKind).toBe("agenda");
  });

  it("attendance, a quorum, checkers or action points make it minutes, whatever was decided", () => {
    for (const sign of ["Present: Anna Berg, Per Holm", "Quorum achieved.", "Utses att justera: Anna Berg", "Action items:"]) {
      // Action points come after the items (a numbered list right under "Action items:" is the tasks).
      const lines = sign.startsWith("Action") ? ["Board meeting 2024-03-01", ...list, "", sign, "Anna to book the hall."] : ["Board meeting 2024-03-01", sign, "", ...list];
      const parsed = parseMinutes(lines.join("\n"));
      expect(parsed.documentKind, sign).toBe("minutes");
      expect(parsed.items.filter((i) => i.decision !== null)).toEqual([]);
    }
  });

  it("the file's name decides when the head names both kinds", () => {
    const text = ["Committee Agenda 20.06.17", "Committee Minutes 20.06.17", ...list, "To approve the budget."].join("\n");
    const agenda = parseMinutes(text, { filename: "committee-agenda-2017-06-20.txt" });
    expect(agenda.documentKind).toBe("agenda");
    expect(agenda.items.filter((i) => i.decision !== null)).toEqual([]);
    expect(parseMinutes(text, { filename: "protokoll-2017-06-20.txt" }).documentKind).toBe("minutes");
  });
});

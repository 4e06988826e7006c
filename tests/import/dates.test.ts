import { describe, expect, it } from "vitest";
import { classifyDate, findDates, resolveDay } from "../../app/import/dates";

const one = (text: string) => {
  const [found] = findDates(text);
  return found ? { ...found, ...classifyDate(text, found) } : null;
};

describe("Swedish dates", () => {
  it("reads ISO, written-out, ordinal, day/month and compact dates", () => {
    expect(findDates("gav 2025-04-29 Projektenhet")[0].from).toEqual({ year: 2025, month: 4, day: 29 });
    expect(findDates("hade den 25 maj 2025 en workshop")[0]).toMatchObject({
      text: "den 25 maj 2025",
      from: { year: 2025, month: 5, day: 25 },
    });
    expect(findDates("senast den 1:a februari")[0].from).toEqual({ year: null, month: 2, day: 1 });
    expect(findDates("senast 3:e okt.")[0].from).toEqual({ year: null, month: 10, day: 3 });
    expect(findDates("senast 6/3")[0].from).toEqual({ year: null, month: 3, day: 6 });
    expect(findDates("Möte 251015")[0].from).toEqual({ year: 2025, month: 10, day: 15 });
    expect(findDates("Mötesanteckningar 20251015")[0].from).toEqual({ year: 2025, month: 10, day: 15 });
  });

  it("does not take case numbers, money or days that do not exist for dates", () => {
    expect(findDates("Dnr 2019/00501 och 23-063-S03")).toEqual([]);
    expect(findDates("budget 250000 kr och 150 000 kronor")).toEqual([]);
    expect(findDates("den 30 februari 2026")).toEqual([]);
    expect(findDates("1/2 tjänst")).toEqual([]);
  });

  it("reads ranges as one window, also with the odd spacing of the seed", () => {
    expect(one("POA1 2025-10-15 - 2026-03-06.")).toMatchObject({ kind: "window", text: "2025-10-15 - 2026-03-06" });
    const seed = one("Aktuell utlysning: POA2 2025-10-15 -2026-03-06");
    expect(seed?.from).toEqual({ year: 2025, month: 10, day: 15 });
    expect(seed?.to).toEqual({ year: 2026, month: 3, day: 6 });
    // The start takes its year from the end, one earlier over New Year.
    expect(one("öppen 15 oktober–6 mars 2026")?.from).toEqual({ year: 2025, month: 10, day: 15 });
    expect(one("perioden mellan 1 januari och 30 juni 2026")?.kind).toBe("window");
    expect(one("Arbetsmarknadsdagarna 14–15 april 2026")?.to).toEqual({ year: 2026, month: 4, day: 15 });
  });

  it("tells deadlines and meetings from plain references by the words before the date", () => {
    expect(one("Ansökan ska vara inne senast den 6 mars 2026 och")).toMatchObject({
      kind: "deadline",
      text: "senast den 6 mars 2026",
    });
    expect(one("återkomma med ett förslag till projektdirektiv till mötet den 13 november 2025.")).toMatchObject({
      kind: "meeting",
      text: "till mötet den 13 november 2025",
    });
    expect(one("Nästa möte: 2025-12-04 kl 9.00")).toMatchObject({ kind: "meeting" });
    expect(one("vid arbetsutskottets möte den 4 november")).toMatchObject({ kind: "meeting" });
    expect(one("Sista ansökningsdag: 2026-02-10")?.kind).toBe("deadline");
    expect(one("workshop som gruppen hade den 25 maj 2025")?.kind).toBe("reference");
    // A full stop after a month's full name ends the sentence; it is not part of the date.
    expect(one("utbildningsdagen den 20 november.")?.text).toBe("den 20 november");
  });

  it("gives a day without a year its year from the meeting day", () => {
    expect(resolveDay({ year: null, month: 3, day: 6 }, "2025-11-20", "forward")).toBe("2026-03-06");
    // A deadline may fall a little before the meeting ("anmäl förhinder senast den 12 mars").
    expect(resolveDay({ year: null, month: 3, day: 12 }, "2026-03-19", "forward")).toBe("2026-03-12");
    expect(resolveDay({ year: null, month: 9, day: 3 }, "2025-11-13", "nearest")).toBe("2025-09-03");
    expect(resolveDay({ year: null, month: 3, day: 24 }, "2026-02-12", "nearest")).toBe("2026-03-24");
    expect(resolveDay({ year: null, month: 3, day: 24 }, null, "nearest")).toBeNull();
  });
});

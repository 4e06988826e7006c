import { describe, expect, it } from "vitest";
import { detectDocumentKind, inferMeetingDate, meetingDay, meetingTitle } from "../../app/import/header";
import { toLines } from "../../app/import/lines";

describe("the document's head", () => {
  it("tells minutes from a notice or agenda", () => {
    expect(detectDocumentKind(toLines("PROTOKOLL\nKommunstyrelsen\nDagordning"))).toBe("minutes");
    expect(detectDocumentKind(toLines("KALLELSE\nStyrgrupp ASK\nDagordning"))).toBe("agenda");
    expect(detectDocumentKind(toLines("Föredragningslista"))).toBe("agenda");
    // The ASK seed says neither; it records decisions, so it is minutes.
    expect(detectDocumentKind(toLines(" Styrgrupp ASK 3 september"))).toBe("minutes");
  });

  it("takes the group's line for the title, not the document kind, a label or a date", () => {
    expect(meetingTitle(toLines("PROTOKOLL\nDatum: 2025-10-14\nKommunstyrelsen"))?.text).toBe("Kommunstyrelsen");
    expect(meetingTitle(toLines("Kallelse till styrgruppsmöte\nStyrgrupp för Handslaget"))?.text).toBe("Styrgrupp för Handslaget");
    expect(meetingTitle(toLines("Mötesanteckningar 20251015\nNätverket för vuxenutbildning"))?.text).toBe("Nätverket för vuxenutbildning");
    expect(meetingTitle(toLines("Protokoll styrgruppsmöte Kompetenslyft\n2025-09-18"))?.text).toBe("Protokoll styrgruppsmöte Kompetenslyft");
  });

  it("prefers a dated label line and skips the next meeting", () => {
    const day = meetingDay(toLines("Styrgrupp X\nNästa möte: 2025-12-04\nSammanträdesdatum: 2025-10-07"));
    expect(day?.day).toEqual({ year: 2025, month: 10, day: 7 });
  });

  it("puts a meeting without a year before what it plans", () => {
    const facts = [
      { date: "2025-10-15", kind: "window" as const },
      { date: "2026-03-06", kind: "deadline" as const },
      { date: "2025-11-13", kind: "meeting" as const },
      { date: "2025-04-29", kind: "reference" as const },
    ];
    expect(inferMeetingDate({ year: null, month: 9, day: 3 }, facts)).toBe("2025-09-03");
    expect(inferMeetingDate({ year: null, month: 12, day: 3 }, facts)).toBe("2024-12-03");
    // Only references: the meeting follows them.
    expect(inferMeetingDate({ year: null, month: 9, day: 3 }, [{ date: "2025-04-29", kind: "reference" }])).toBe("2025-09-03");
    expect(inferMeetingDate({ year: null, month: 9, day: 3 }, [])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { stockholmInstant } from "~/utils/dates";

describe("meeting times in the calendar feed", () => {
  it("turns Stockholm wall-clock time into the right instant in winter and in summer", () => {
    expect(new Date(stockholmInstant("2026-01-20", "13:00")).toISOString()).toBe("2026-01-20T12:00:00.000Z");
    expect(new Date(stockholmInstant("2026-06-10", "13:00")).toISOString()).toBe("2026-06-10T11:00:00.000Z");
    // The morning summer time begins (02:00 → 03:00 on 29 March 2026).
    expect(new Date(stockholmInstant("2026-03-29", "09:30")).toISOString()).toBe("2026-03-29T07:30:00.000Z");
  });
});

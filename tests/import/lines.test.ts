import { describe, expect, it } from "vitest";
import { joinLines, normaliseLine, toLines } from "../../app/import/lines";

describe("normalising lines", () => {
  it("keeps the source line number and the raw text beside the cleaned text", () => {
    const lines = toLines("Rubrik\r\n\r\n  Bakgrund;\u00a0text\t här ");
    expect(lines.map((l) => l.no)).toEqual([1, 2, 3]);
    expect(lines[2]).toEqual({ no: 3, raw: "  Bakgrund;\u00a0text\t här ", text: "Bakgrund; text här" });
  });

  it("writes every double quote as the Swedish ” and joins a word split by a stray space before a hyphen", () => {
    expect(normaliseLine("1. ”För -handslaget”")).toBe("1. ”För-handslaget”");
    expect(normaliseLine("“peer support” och \"kulturkunskap\"")).toBe("”peer support” och ”kulturkunskap”");
    // Spaces on both sides are a dash in prose, not a split word.
    expect(normaliseLine("industri och vård - men")).toBe("industri och vård - men");
  });

  it("turns any bullet marker into one kind", () => {
    expect(normaliseLine("· Ökad samverkan")).toBe("• Ökad samverkan");
    expect(normaliseLine("\uF0B7\tKartläggning")).toBe("• Kartläggning");
    expect(normaliseLine("- punkt")).toBe("• punkt");
    expect(normaliseLine("-2026-03-06")).toBe("-2026-03-06");
  });

  it("keeps paragraphs apart when joining lines", () => {
    expect(joinLines(toLines("a\nb\n\n\nc"))).toBe("a\nb\n\nc");
    expect(joinLines(toLines("\n\n"))).toBeNull();
  });
});

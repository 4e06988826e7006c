// The real-minutes corpus (tests/import/corpus/real): the figures `npm run import:eval`
// prints, held as a floor so that a change that loses ground on real minutes fails.
// The held-out floor is what the held-out set reached when it was first measured
// after tuning on dev only (see README, "Decisions: importing minutes").
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";
import { verdict } from "../../app/import/review";
import { addRealScores, precisionOf, recallOf, scoreReal, type RealExpected } from "../../app/import/score-real";
import { readSourceText } from "../../app/import/source.server";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "corpus/real");

function load(set: "dev" | "heldout") {
  const dir = path.join(root, set);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(path.join(dir, file), "utf8"),
      expected: JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/u, ".expected.json")), "utf8")) as RealExpected,
    }));
}
const total = (set: "dev" | "heldout") =>
  addRealScores(load(set).map(({ file, text, expected }) => scoreReal(expected, parseMinutes(text, { filename: file }))));

describe("the real-minutes corpus", () => {
  it("holds at least 40 documents from at least 15 organisations, split by organisation", () => {
    const dev = load("dev");
    const held = load("heldout");
    expect(dev.length + held.length).toBeGreaterThanOrEqual(40);
    const devOrgs = new Set(dev.map((d) => d.expected.organisation));
    const heldOrgs = new Set(held.map((d) => d.expected.organisation));
    expect(devOrgs.size + heldOrgs.size).toBeGreaterThanOrEqual(15);
    expect([...heldOrgs].filter((o) => devOrgs.has(o))).toEqual([]);
    expect(heldOrgs.size * 3).toBeGreaterThanOrEqual(devOrgs.size + heldOrgs.size);
    for (const d of [...dev, ...held]) expect(d.expected.file).toBe(d.file);
  });

  it("dev set: decisions, mandates, dates and meeting days stay where tuning left them", () => {
    const t = total("dev");
    expect(recallOf(t.items)).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(t.decisions)).toBeGreaterThanOrEqual(0.95);
    expect(precisionOf(t.decisions)).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(t.mandates)).toBeGreaterThanOrEqual(0.9);
    expect(precisionOf(t.dates)).toBeGreaterThanOrEqual(0.95);
    expect(recallOf(t.meetingDate)).toBeGreaterThanOrEqual(0.95);
    expect(t.inventedOnAgenda).toBe(0);
    expect(t.attendanceTitle).toBe(0);
  });

  // Measured once, after tuning on dev was closed (2026-12-02): the bar
  // (decision recall ≥ 90 %, mandate recall ≥ 80 %) is NOT met on the held-out set;
  // these assertions hold what it honestly reaches, so a change can only raise them.
  it("held-out set: what it reaches (the issue's bar is not met; see README)", () => {
    const t = total("heldout");
    expect(recallOf(t.decisions)).toBeGreaterThanOrEqual(0.57); // bar 0.90: not met
    expect(recallOf(t.mandates)).toBeGreaterThanOrEqual(0); // bar 0.80: not met (0 of 4)
    expect(precisionOf(t.dates)).toBeGreaterThanOrEqual(0.95); // bar 0.95: met (100 %)
    expect(t.inventedOnAgenda).toBe(0); // bar: met
    expect(recallOf(t.meetingDate)).toBeGreaterThanOrEqual(0.9);
    expect(precisionOf(t.meetingDate)).toBe(1);
    expect(t.attendanceTitle).toBe(0);
  });

  it("never invents a decision on an agenda, in either set", () => {
    for (const set of ["dev", "heldout"] as const) {
      for (const { file, text, expected } of load(set)) {
        if (expected.documentKind !== "agenda") continue;
        const parsed = parseMinutes(text, { filename: file });
        expect(parsed.items.filter((i) => i.decision !== null), file).toEqual([]);
        expect(parsed.mandates, file).toEqual([]);
      }
    }
  });

  it("reads the Word versions like their text", async () => {
    const dir = path.join(root, "docx");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".docx"))) {
      const source = await readSourceText({ filename: file, contentType: "", bytes: readFileSync(path.join(dir, file)) });
      expect(source.ok, file).toBe(true);
      if (!source.ok) continue;
      const expected = JSON.parse(readFileSync(path.join(root, "dev", file.replace(/\.docx$/u, ".expected.json")), "utf8")) as RealExpected;
      const s = scoreReal(expected, parseMinutes(source.text, { filename: file }));
      expect(s.decisions.correct, file).toBe(s.decisions.expected);
      expect(s.mandates.correct, file).toBe(s.mandates.expected);
      expect(s.meetingDate.correct, file).toBe(1);
    }
  });
});

describe("bad input", () => {
  it("refuses a PDF with a message that says why", async () => {
    const pdf = await readSourceText({ filename: "protokoll.pdf", contentType: "application/pdf", bytes: Buffer.from("%PDF-1.4\n…") });
    expect(pdf).toEqual({ ok: false, error: "pdf" });
    const renamed = await readSourceText({ filename: "protokoll.txt", contentType: "", bytes: Buffer.from("%PDF-1.7 binary") });
    expect(renamed).toEqual({ ok: false, error: "pdf" });
  });

  it("fails a text that is not minutes, and sends a half-parsed cover page to review", () => {
    const news = readFileSync(path.join(root, "../06-nyhet-inte-protokoll.txt"), "utf8");
    expect(verdict(parseMinutes(news), news).status).toBe("failed");
    const cover = readFileSync(path.join(root, "dev/ale-ks-2018-10-02.txt"), "utf8");
    const parsed = parseMinutes(cover, { filename: "ale-ks-2018-10-02.txt" });
    expect(parsed.meeting.date).toBe("2018-10-02");
    const judged = verdict(parsed, cover);
    expect(judged.status).toBe("needs_review");
    expect(judged.reasons.join(" ")).toContain("Inga ärenden");
  });

  it("takes the meeting's day from the file name only as a last resort", () => {
    const text = "PROTOKOLL\nStyrelsen\n\n1. Mötets öppnande\n2. Val av justerare\nAnna valdes.\n";
    expect(parseMinutes(text, { filename: "styrelsen-2024-03-05.txt" }).meeting.date).toBe("2024-03-05");
    expect(parseMinutes(`${text}`.replace("Styrelsen", "Styrelsen 2024-04-01"), { filename: "x-2024-03-05.txt" }).meeting.date).toBe("2024-04-01");
  });
});

// The real-minutes corpus (tests/import/corpus/real): the figures `npm run import:eval`
// prints, held as a floor so that a change that loses ground on real minutes fails.
// The held-out folder holds only what the lead adds after a round closes; its totals are
// printed by `npm run import:eval`, never asserted file by file here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../app/import/parse";
import { verdict } from "../../app/import/review";
import { addRealScores, precisionOf, recallOf, scoreReal, type RealExpected } from "../../app/import/score-real";
import { readSourceText } from "../../app/import/source.server";
import { loadRealSet } from "../../scripts/real-corpus";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "corpus/real");

const load = (set: "dev" | "heldout") => loadRealSet(set);
const total = (set: "dev" | "heldout") =>
  addRealScores(load(set).map(({ file, text, expected }) => scoreReal(expected, parseMinutes(text, { filename: file }))));

describe("the real-minutes corpus", () => {
  it("holds at least 40 documents from at least 15 organisations; a held-out set shares none with dev", () => {
    const dev = load("dev");
    const held = load("heldout");
    expect(dev.length + held.length).toBeGreaterThanOrEqual(40);
    const devOrgs = new Set(dev.map((d) => d.expected.organisation));
    const heldOrgs = new Set(held.map((d) => d.expected.organisation));
    expect(devOrgs.size + heldOrgs.size).toBeGreaterThanOrEqual(15);
    expect([...heldOrgs].filter((o) => devOrgs.has(o))).toEqual([]);
    for (const d of [...dev, ...held]) expect(d.expected.file).toBe(d.file);
  });

  // Dev holds the seven former held-out sets, the third round's 16 documents and the sixth round's 38
  // Swedish ones: 680 documents, 643 organisation names (SOURCES.md, ten parts). Floors at what the
  // latest round left it at.
  it("dev set: decisions, mandates, dates and meeting days stay where tuning left them", () => {
    const t = total("dev");
    // Ninth round closed (the seventh held-out set became the tenth part; lists of decisions under a lead, bulleted
    // minutes and agendas, nested Markdown lists, pages pasted one paragraph per line, MeetBot logs):
    // items 76.1 % / 84.2 %, decisions 72.2 % / 81.3 %, mandates 41.9 %, dates 81.4 % / 94.6 %, meeting day 92.8 % / 93.6 %.
    // Tenth round closed (dev alone; whole documents no longer refused or read as agendas, who acts in more wordings):
    // items 76.4 % / 84.2 %, decisions 73.3 % / 81.2 %, mandates 42.8 %, dates 81.9 % / 94.7 %, meeting day 93.4 % / 93.6 %.
    // Fifteenth round closed (a learned reading of headings where the rules found no structure; the meeting's own day
    // counted among the days an annotation names): items 80.4 % / 84.8 %, decisions 79.4 % / 82.9 %, mandates 52.1 %,
    // dates 84.1 % / 97.2 %, meeting day 95.5 % / 95.2 %.
    // Sixteenth round closed (the heading model's surest lines beside the rules' plain headings; a page about one
    // meeting read as one item): items 82.1 % / 84.4 %, decisions 80.0 % / 82.1 %, mandates 52.6 %, dates 85.1 % / 97.2 %,
    // meeting day 96.0 % / 95.1 %.
    expect(recallOf(t.items)).toBeGreaterThanOrEqual(0.81);
    expect(precisionOf(t.items)).toBeGreaterThanOrEqual(0.84);
    expect(recallOf(t.decisions)).toBeGreaterThanOrEqual(0.79);
    expect(precisionOf(t.decisions)).toBeGreaterThanOrEqual(0.81);
    expect(recallOf(t.mandates)).toBeGreaterThanOrEqual(0.51);
    expect(recallOf(t.dates)).toBeGreaterThanOrEqual(0.84);
    expect(precisionOf(t.dates)).toBeGreaterThanOrEqual(0.96);
    expect(recallOf(t.meetingDate)).toBeGreaterThanOrEqual(0.95);
    expect(precisionOf(t.meetingDate)).toBeGreaterThanOrEqual(0.94);
    expect(t.inventedOnAgenda).toBe(0);
    expect(t.attendanceTitle).toBe(0);
  });

  it("never invents a decision on an agenda of the dev set", () => {
    for (const { file, text, expected } of load("dev")) {
      if (expected.documentKind !== "agenda") continue;
      const parsed = parseMinutes(text, { filename: file });
      expect(parsed.items.filter((i) => i.decision !== null), file).toEqual([]);
      expect(parsed.mandates, file).toEqual([]);
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
    expect(judged.reasons).toContainEqual({ code: "no_items" });
  });

  it("takes the meeting's day from the file name only as a last resort", () => {
    const text = "PROTOKOLL\nStyrelsen\n\n1. Mötets öppnande\n2. Val av justerare\nAnna valdes.\n";
    expect(parseMinutes(text, { filename: "styrelsen-2024-03-05.txt" }).meeting.date).toBe("2024-03-05");
    expect(parseMinutes(`${text}`.replace("Styrelsen", "Styrelsen 2024-04-01"), { filename: "x-2024-03-05.txt" }).meeting.date).toBe("2024-04-01");
  });
});

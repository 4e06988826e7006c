// The import's notes (app/import/notes.ts) are said in the interface's language: every note the parser
// or the review gives has its words in Swedish and in English.
import { describe, expect, it } from "vitest";
import { en } from "../../app/i18n/en";
import { sv } from "../../app/i18n/sv";
import { noteText, sourceErrorText, type ImportNote, type NoteCode } from "../../app/import/notes";
import { parseMinutes } from "../../app/import/parse";
import { verdict } from "../../app/import/review";

/** One note of every code (the type makes a new code fail here until it has an example). */
const EVERY: { [C in NoteCode]: Extract<ImportNote, { code: C }> } = {
  not_minutes: { code: "not_minutes" },
  not_meeting_document: { code: "not_meeting_document" },
  no_items: { code: "no_items" },
  no_meeting_date: { code: "no_meeting_date" },
  days_unplaced: { code: "days_unplaced" },
  days_without_year: { code: "days_without_year" },
  mandate_without_assignee: { code: "mandate_without_assignee" },
  decisions_guessed: { code: "decisions_guessed", items: [{ number: "2", title: "Lokalen" }] },
  agenda: { code: "agenda" },
  paragraph_items: { code: "paragraph_items" },
  learned_headings: { code: "learned_headings" },
  one_meeting_page: { code: "one_meeting_page" },
  long_lines: { code: "long_lines" },
  long_title: { code: "long_title" },
  long_decision: { code: "long_decision" },
  number_gaps: { code: "number_gaps", numbers: [3] },
  no_decisions: { code: "no_decisions" },
};

describe("the import's notes", () => {
  it("has words for every note in Swedish and in English, and the English ones are English", () => {
    for (const note of Object.values(EVERY)) {
      const [swedish, english] = [noteText(note, sv), noteText(note, en)];
      expect(swedish, note.code).toMatch(/^\p{Lu}.{10,}[.?]$/u);
      expect(english, note.code).toMatch(/^\p{Lu}.{10,}[.?]$/u);
      expect(english, note.code).not.toBe(swedish);
      expect(english, note.code).not.toMatch(/[åäöÅÄÖ]/u);
    }
  });

  it("names the items and numbers they are about, in either language", () => {
    const guessed: ImportNote = { code: "decisions_guessed", items: [{ number: "2", title: "Lokal" }, { number: null, title: "Övriga frågor om lokalen och hyran för nästa år och året därpå" }] };
    // A title names its item by its first 40 characters.
    expect(noteText(guessed, sv)).toBe(
      "Beslutet i ärendena 2, ”Övriga frågor om lokalen och hyran för n” är tolkat ur texten utan ett känt beslutsuttryck: kontrollera.",
    );
    expect(noteText(guessed, en)).toBe(
      "The decisions in items 2, “Övriga frågor om lokalen och hyran för n” were read from the wording, not from a known decision phrase: please check them.",
    );
    expect(noteText(EVERY.decisions_guessed, sv)).toBe("Beslutet i ärende 2 är tolkat ur texten utan ett känt beslutsuttryck: kontrollera.");
    expect(noteText(EVERY.decisions_guessed, en)).toBe("The decision in item 2 was read from the wording, not from a known decision phrase: please check it.");
    expect(noteText({ code: "number_gaps", numbers: [3, 5] }, sv)).toBe("Numreringen hoppar över 3, 5: saknas ärenden?");
    expect(noteText({ code: "number_gaps", numbers: [3, 5] }, en)).toBe("The numbering skips 3, 5: are items missing?");
  });

  it("gives what the parser and the review find as notes, not sentences", () => {
    const text = "Protokoll styrelsemöte\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Budget\nStyrelsen beslutade att anta budgeten.\n4. Mötets avslutande\n";
    const parsed = parseMinutes(text, {}, null);
    expect(parsed.warnings).toEqual([{ code: "no_meeting_date" }]);
    expect(verdict(parsed, text).reasons).toEqual([{ code: "no_meeting_date" }, { code: "number_gaps", numbers: [3] }]);
  });

  it("says why a file cannot be read in either language", () => {
    expect(sourceErrorText("pdf", sv)).toBe(sv.meetingImport.errors.pdf);
    expect(sourceErrorText("pdf", en)).toMatch(/^A PDF cannot be imported/u);
  });
});

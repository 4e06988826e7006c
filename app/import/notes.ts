// What the import tells the user to look at: the parser's warnings (parse.ts)
// and the review's reasons (review.ts) are notes, a code with its data; their
// words live in app/i18n (`meetingImport.notes`), rendered here in the
// interface's language. The archive CLI renders them with the Swedish messages.
import type { Messages } from "~/i18n";
import type { SourceText } from "./source.server";

/** An item named in a note: by its number, else by its title. */
export type NotedItem = { number: string | null; title: string };

export type ImportNote =
  /** parse.ts: no items, not minutes or an agenda. */
  | { code: "not_minutes" }
  /** review.ts: a text that is not minutes, notes or an agenda (the failed verdict). */
  | { code: "not_meeting_document" }
  /** review.ts: no items (only a cover page?). */
  | { code: "no_items" }
  /** parse.ts and review.ts: the meeting's day could not be told. */
  | { code: "no_meeting_date" }
  /** parse.ts: days without their year that could not be placed. */
  | { code: "days_unplaced" }
  /** review.ts: days without their year. */
  | { code: "days_without_year" }
  /** parse.ts and review.ts: a mandate that names no one. */
  | { code: "mandate_without_assignee" }
  /** parse.ts: decisions the learned model read (model/decisions.ts), by item. */
  | { code: "decisions_guessed"; items: NotedItem[] }
  /** parse.ts: a notice or an agenda, no decisions read. */
  | { code: "agenda" }
  /** parse.ts: items read out of plain paragraphs (paragraphs.ts). */
  | { code: "paragraph_items" }
  /** parse.ts: items under headings the learned reading found (model/headings.ts). */
  | { code: "learned_headings" }
  /** parse.ts: a page read as one item under its headline (meeting-page.ts). */
  | { code: "one_meeting_page" }
  /** review.ts: lines of hundreds of characters (pasted out of a PDF?). */
  | { code: "long_lines" }
  /** review.ts: an item title too long to be one. */
  | { code: "long_title" }
  /** review.ts: a decision too long to be one. */
  | { code: "long_decision" }
  /** review.ts: whole numbers the items' numbering skips. */
  | { code: "number_gaps"; numbers: number[] }
  /** review.ts: minutes with items and no decision. */
  | { code: "no_decisions" };

export type NoteCode = ImportNote["code"];

/** Why a file cannot be read at all (source.server.ts). */
export type SourceError = Extract<SourceText, { ok: false }>["error"];

/** A title names an item in a note by its first 40 characters. */
const NAMED_TITLE = 40;

/** The note in the words of a locale's messages. */
export function noteText(note: ImportNote, messages: Messages): string {
  const notes = messages.meetingImport.notes;
  switch (note.code) {
    case "decisions_guessed":
      return notes.decisions_guessed(note.items.map((item) => ({ number: item.number, title: item.title.slice(0, NAMED_TITLE) })));
    case "number_gaps":
      return notes.number_gaps(note.numbers);
    default:
      return notes[note.code];
  }
}

/** The same note (the review repeats some of the parser's): shown once. */
export const sameNote = (a: ImportNote, b: ImportNote): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Why a file cannot be read, in the words of a locale's messages. */
export function sourceErrorText(error: SourceError, messages: Messages): string {
  const errors = messages.meetingImport.errors;
  return { too_large: errors.tooLarge, file_type: errors.fileType, pdf: errors.pdf, corrupt: errors.corrupt, empty: errors.empty }[error];
}

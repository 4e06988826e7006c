// Types shared by the stages of the minutes-import parser.
// The parser is pure: text in, structure out. No I/O, no clock.

/** The kind of agenda section an item belongs to (same words as the JSON export). */
export type SectionKind = "decision" | "report" | "per_capsulam" | "other" | "information";

/** What the document as a whole looks like. */
export type DocumentKind = "minutes" | "agenda" | "unknown";

/** Where in the source a thing was found: 1-based line number and that line as written. */
export type SourceRef = { line: number; text: string };

/** One line after normalisation, remembering where it came from. */
export type Line = {
  /** 1-based line number in the original text. */
  no: number;
  /** The line exactly as in the source (without the line break). */
  raw: string;
  /** Normalised text: quotes, dashes, bullets and whitespace cleaned, trimmed. */
  text: string;
  /** Set by structure.ts: where an item starts (null: not here). Undefined before that pass. */
  start?: import("./numbering").ItemStart | null;
  /** Set by structure.ts: text after the item's heading on its line, read as the item's first body line. */
  rest?: string;
  /** Set by structure.ts: the line belongs to an attendance list ("Närvarande", "Attendees"). */
  attendance?: boolean;
  /** Set by structure.ts: the line is an entry of a table of contents (the agenda listed before the minutes). */
  toc?: boolean;
  /** Set by structure.ts: an entry of that table whose item the minutes never wrote up, kept as an item without text. */
  unwritten?: boolean;
};

/** A calendar day that may lack its year ("den 6 mars"). */
export type PartialDay = { year: number | null; month: number; day: number };

export type DateKind = "deadline" | "window" | "meeting" | "reference";

/** What a decision did, read from its verb: "godkände" → approved, "valdes" → elected, "lades till handlingarna" → noted. */
export type DecisionOutcome = "approved" | "elected" | "noted" | "tabled" | "referred_back" | "rejected" | "decided";

export type ParsedItem = {
  section: SectionKind;
  /** The number as written, without punctuation: "1", "5", "7a". Null for an unnumbered item. */
  number: string | null;
  title: string;
  background: string | null;
  /** A proposal (förslag till beslut), kept apart from the decision. */
  proposal: string | null;
  decision: string | null;
  /** The outcome of the decision, null when there is none. */
  outcome: DecisionOutcome | null;
  /** The decision was read by the learned model from the wording alone (model/): to be checked. */
  decisionGuessed: boolean;
  source: SourceRef;
};

export type ParsedMandate = {
  /** Index into `items`. */
  item: number;
  /** The unit or person given the mandate; null when the text names no one. */
  assignee: string | null;
  task: string;
  dueDate: string | null;
  dueMeetingDate: string | null;
  /** The due phrase as written: "till mötet den 13 november 2025", "senast den 6 mars". */
  dueText: string | null;
  source: SourceRef;
};

export type ParsedDate = {
  /** YYYY-MM-DD, or null when no year could be inferred. */
  date: string | null;
  /** End of a window (YYYY-MM-DD), else null. */
  end: string | null;
  kind: DateKind;
  /** The phrase as written, with its cue: "senast den 6 mars 2026". */
  text: string;
  /** First occurrence. */
  source: SourceRef;
  /** Index into `items` of the first occurrence, or null (header, footer). */
  item: number | null;
  /** Every occurrence (the same date, end and kind are reported once). */
  occurrences: Array<SourceRef & { item: number | null }>;
};

export type ParsedMeeting = {
  title: string | null;
  /** YYYY-MM-DD or null. */
  date: string | null;
  /** Day and month as found in the header even when the year stayed unknown. */
  day: PartialDay | null;
  source: SourceRef | null;
};

export type ParsedMinutes = {
  /** False when the text does not look like minutes or an agenda at all. */
  isMinutes: boolean;
  documentKind: DocumentKind;
  meeting: ParsedMeeting;
  items: ParsedItem[];
  mandates: ParsedMandate[];
  dates: ParsedDate[];
  /** The next meeting's date when the text states it ("Nästa möte: 2025-12-04"). */
  nextMeetingDate: string | null;
  /** Organisation, attendance, checkers (justerare) and § range (facts.ts). */
  facts: import("./facts").MeetingFacts;
  /** Things a person should look at, as notes (notes.ts: the words are in app/i18n; shown in the import preview). */
  warnings: import("./notes").ImportNote[];
};

export type ParseOptions = {
  /** YYYY-MM-DD: the meeting the minutes belong to; wins over the header's date. */
  meetingDate?: string;
  groupName?: string;
  /** Unit names (e.g. "Projektenhet Kronoberg") used to name mandate assignees canonically. */
  knownUnits?: string[];
  /** The file's name: its date ("protokoll-2025-10-14.docx") is the meeting's date when the text gives none. */
  filename?: string;
};

/** The JSON shape of `npm run import -- FILE --json`. */
export type ImportJson = {
  file: string;
  meeting: { date: string | null; title: string | null };
  items: Array<{
    section: SectionKind;
    number: string | null;
    title: string;
    background: string | null;
    decision: string | null;
  }>;
  mandates: Array<{
    item: number;
    assignee: string | null;
    task: string;
    dueDate: string | null;
    dueMeetingDate: string | null;
    dueText: string | null;
  }>;
  dates: Array<{ date: string | null; end: string | null; kind: DateKind; text: string }>;
};

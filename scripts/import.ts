// npm run import -- FILE|DIR... [--group NAME] [--date YYYY-MM-DD] [--json] [--report PATH]
// A folder is read whole (its .docx, .txt and any .pdf, which is refused). Each
// file is parsed and judged (app/import/review.ts):
//   imported      saved as a meeting of the group, as the web import does after preview;
//   needs review  NOT saved: listed with its reasons, to be imported through the web preview;
//   failed        not minutes, a PDF, an unreadable file;
//   already imported  the same file (same bytes) is a meeting of the group already: nothing
//                 saved again, so a folder can be run again after some of its files were fixed.
// With --json: prints each file's structure and verdict and saves nothing.
// With more than one file: a progress bar, a summary and a report file (Markdown).
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../db/client";
import { migrateToLatest } from "../db/migrate";
import { parseMinutes, toImportJson } from "../app/import/parse";
import { sv } from "../app/i18n/sv";
import { noteText, sourceErrorText, type ImportNote } from "../app/import/notes";
import { verdict, type ImportStatus } from "../app/import/review";
import { readSourceText } from "../app/import/source.server";
import {
  AlreadyImportedError,
  draftFromParsed,
  findEarlierImport,
  listUnitNames,
  saveImportedMeeting,
  type EarlierImport,
} from "../app/models/meeting-import.server";
import { isCalendarDay } from "../app/utils/dates";

/** The review's notes, and why a file cannot be read, in Swedish as the web import says them (app/i18n/sv.ts). */
const say = (notes: ImportNote[]) => notes.map((note) => noteText(note, sv));

const USAGE = "Användning: npm run import -- FIL|MAPP... [--group NAMN] [--date ÅÅÅÅ-MM-DD] [--json] [--report FIL]";
const READABLE = /\.(?:docx|txt|pdf)$/iu;

function parseArgs(argv: string[]) {
  const inputs: string[] = [];
  let group: string | undefined;
  let date: string | undefined;
  let report: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--group") group = argv[++i];
    else if (arg === "--date") date = argv[++i];
    else if (arg === "--report") report = argv[++i];
    else if (arg.startsWith("--")) throw new Error(`Okänt val ${arg}. ${USAGE}`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw new Error(USAGE);
  if (date !== undefined && !isCalendarDay(date)) throw new Error(`--date ska vara ett datum ÅÅÅÅ-MM-DD, inte ${date}.`);
  if (!json && !group) throw new Error(`Ange --group för att spara. ${USAGE}`);
  const files = inputs.flatMap((input) => {
    if (!fs.existsSync(input)) throw new Error(`${input} finns inte.`);
    if (!fs.statSync(input).isDirectory()) return [input];
    return fs
      .readdirSync(input)
      .filter((name) => READABLE.test(name))
      .sort()
      .map((name) => path.join(input, name));
  });
  if (files.length === 0) throw new Error(`Inga .docx-, .txt- eller .pdf-filer i ${inputs.join(", ")}.`);
  const many = files.length > 1 || inputs.some((input) => fs.statSync(input).isDirectory());
  return { files, group, date, json, report, many };
}

type Status = ImportStatus | "already_imported";
type Row = { file: string; status: Status; reasons: string[]; meetingId?: number; items: number; decisions: number; mandates: number; date: string | null };

function progress(done: number, total: number, file: string) {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
  const line = `[${bar}] ${String(done).padStart(String(total).length)}/${total} ${path.basename(file)}`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(100).slice(0, 100)}${done === total ? "\n" : ""}`);
  else console.log(line);
}

const LABEL: Record<Status, string> = {
  imported: "importerad",
  already_imported: "redan importerad",
  needs_review: "behöver granskas",
  failed: "misslyckades",
};

/** "Importerade: 3, redan importerade: 2, behöver granskas: 1, misslyckades: 0 (av 6)." */
function summaryOf(rows: Row[]): string {
  const count = (s: Status) => rows.filter((r) => r.status === s).length;
  return `Importerade: ${count("imported")}, redan importerade: ${count("already_imported")}, behöver granskas: ${count("needs_review")}, misslyckades: ${count("failed")} (av ${rows.length}).`;
}

/** Said after an archive run that saved meetings. */
const UNCHECKED_NOTE = "De importerade mötena är markerade som inte granskade tills gruppens sekreterare har jämfört dem med originalen (knappen på mötessidan).";

const alreadyReason = (earlier: EarlierImport) => `Redan importerad som möte ${earlier.meetingId} (${earlier.title}, ${earlier.date}); inget sparat igen.`;

function writeReport(file: string, rows: Row[], group: string | undefined) {
  const lines = [
    `# Importrapport ${new Date().toISOString().slice(0, 19).replace("T", " ")}`,
    "",
    group ? `Grupp: ${group}` : "Ingenting sparades (--json).",
    "",
    summaryOf(rows),
    "",
    "Filer som behöver granskas är inte sparade: importera dem en i taget på sidan Importera protokoll och rätta förhandsgranskningen.",
    "",
    "| fil | resultat | datum | ärenden | beslut | uppdrag | möte | anmärkningar |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${path.basename(r.file)} | ${LABEL[r.status]} | ${r.date ?? "–"} | ${r.items} | ${r.decisions} | ${r.mandates} | ${r.meetingId ?? "–"} | ${r.reasons.join(" ").replace(/\|/gu, "/")} |`,
    ),
    "",
  ];
  fs.writeFileSync(file, lines.join("\n"));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const db = args.json ? null : createDb(process.env.DATABASE_URL);
  const rows: Row[] = [];
  try {
    if (db) await migrateToLatest(db);
    const knownUnits = db ? await listUnitNames(db) : ["Projektenhet Kronoberg"];
    const group = db
      ? await db
          .selectFrom("group")
          .select(["id", "name"])
          .where((eb) => eb.or([eb("name", "=", args.group!), eb("short_name", "=", args.group!)]))
          .executeTakeFirst()
      : null;
    if (db && !group) throw new Error(`Gruppen ${args.group} finns inte.`);
    const results: unknown[] = [];
    for (const [index, file] of args.files.entries()) {
      const row = await importOne(file);
      rows.push(row);
      if (args.many && !args.json) progress(index + 1, args.files.length, file);
      else if (!args.many && row.status !== "imported" && !args.json) console.error(`${file}: ${LABEL[row.status]}: ${row.reasons.join(" ")}${row.status === "already_imported" ? "" : " Inget sparat."}`);
    }

    async function importOne(file: string): Promise<Row> {
      const base = { file, items: 0, decisions: 0, mandates: 0, date: null };
      const source = await readSourceText({ filename: path.basename(file), contentType: "", bytes: fs.readFileSync(file) });
      if (!source.ok) return { ...base, status: "failed", reasons: [sourceErrorText(source.error, sv)] };
      const parsed = parseMinutes(source.text, {
        meetingDate: args.date,
        groupName: group?.name,
        knownUnits,
        filename: path.basename(file),
      });
      const judged = verdict(parsed, source.text);
      const draft = draftFromParsed(parsed);
      const date = args.date ?? draft.date;
      // A decision the learned model read is imported, and named in the report to be checked.
      const guessed = parsed.items.flatMap((item, i) => (item.decisionGuessed ? [item.number ?? String(i + 1)] : []));
      const row: Row = {
        ...base,
        ...judged,
        reasons: [
          ...say(judged.reasons),
          ...(guessed.length > 0 ? [`Beslut tolkade ur texten, kontrollera: ärende ${guessed.join(", ")}.`] : []),
          ...(source.wordNumbers ? [sv.meetingImport.wordNumbers] : []),
        ],
        date,
        items: parsed.items.length,
        decisions: parsed.items.filter((i) => i.decision !== null).length,
        mandates: parsed.mandates.length,
      };
      if (args.json) {
        results.push({ ...toImportJson(path.basename(file), parsed), status: judged.status, reasons: say(judged.reasons) });
        return row;
      }
      const earlier = await findEarlierImport(db!, group!.id, source.file.bytes);
      if (earlier) return { ...row, status: "already_imported", reasons: [alreadyReason(earlier)], meetingId: earlier.meetingId };
      if (judged.status !== "imported" || !date) return row;
      try {
        row.meetingId = await saveImportedMeeting(db!, {
          groupId: group!.id,
          userId: null,
          draft: { ...draft, date, title: draft.title || `${group!.name} ${date}` },
          original: { filename: source.file.filename, contentType: source.file.contentType, bytes: source.file.bytes, text: source.text },
          // No one has looked at it: the meeting says so until the secretary has checked it against the file.
          reviewed: false,
        });
      } catch (error) {
        // Saved meanwhile by someone else (the web import): the first save stands.
        if (!(error instanceof AlreadyImportedError)) throw error;
        return { ...row, status: "already_imported", reasons: [alreadyReason(error.earlier)], meetingId: error.earlier.meetingId };
      }
      if (!args.many) console.log(`${file}: sparat som möte ${row.meetingId} (${draft.items.length} ärenden, ${draft.mandates.length} uppdrag).`);
      return row;
    }

    if (args.json) console.log(JSON.stringify(results.length === 1 && !args.many ? results[0] : results, null, 2));
  } finally {
    await db?.destroy();
  }
  if (args.many) {
    const reportFile = args.report ?? `import-report-${new Date().toISOString().slice(0, 19).replace(/[:T]/gu, "-")}.md`;
    writeReport(reportFile, rows, args.group);
    const summary = `${summaryOf(rows)} Rapport: ${reportFile}`;
    (args.json ? console.error : console.log)(summary);
    // What was saved, no one has looked at yet: each meeting says so until its secretary has checked it.
    if (!args.json && rows.some((r) => r.status === "imported")) console.log(UNCHECKED_NOTE);
  }
  // A file already imported is done, not a failure: running a folder again ends in 0 when nothing is left.
  if (rows.some((r) => r.status === "needs_review" || r.status === "failed")) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});

// npm run import -- FILE... [--group NAME] [--date YYYY-MM-DD] [--json]
// With --json: prints each file's structure and saves nothing. Without: saves
// each file as a meeting of the group, as the web import does after preview.
import fs from "node:fs";
import path from "node:path";
import { createDb } from "../db/client";
import { migrateToLatest } from "../db/migrate";
import { parseMinutes, toImportJson } from "../app/import/parse";
import { readSourceText } from "../app/import/source.server";
import { draftFromParsed, listUnitNames, saveImportedMeeting } from "../app/models/meeting-import.server";
import { isCalendarDay } from "../app/utils/dates";

const USAGE = "Användning: npm run import -- FIL... [--group NAMN] [--date ÅÅÅÅ-MM-DD] [--json]";

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let group: string | undefined;
  let date: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--group") group = argv[++i];
    else if (arg === "--date") date = argv[++i];
    else if (arg.startsWith("--")) throw new Error(`Okänt val ${arg}. ${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error(USAGE);
  if (date !== undefined && !isCalendarDay(date)) throw new Error(`--date ska vara ett datum ÅÅÅÅ-MM-DD, inte ${date}.`);
  if (!json && !group) throw new Error(`Ange --group för att spara. ${USAGE}`);
  return { files, group, date, json };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const db = args.json ? null : createDb(process.env.DATABASE_URL);
  let failures = 0;
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
    for (const file of args.files) {
      const source = await readSourceText({ filename: path.basename(file), contentType: "", bytes: fs.readFileSync(file) });
      if (!source.ok) {
        failures++;
        console.error(`${file}: kan inte läsas (${source.error}).`);
        continue;
      }
      const parsed = parseMinutes(source.text, { meetingDate: args.date, groupName: group?.name, knownUnits });
      if (args.json) {
        results.push(toImportJson(path.basename(file), parsed));
        continue;
      }
      const draft = draftFromParsed(parsed);
      const date = args.date ?? draft.date;
      if (!parsed.isMinutes || !date) {
        failures++;
        console.error(`${file}: ${!parsed.isMinutes ? "ser inte ut som ett protokoll eller en dagordning" : "mötesdatum saknas, ange --date"}; inget sparat.`);
        continue;
      }
      const meetingId = await saveImportedMeeting(db!, {
        groupId: group!.id,
        userId: null,
        draft: { ...draft, date, title: draft.title || `${group!.name} ${date}` },
        original: { filename: source.file.filename, contentType: source.file.contentType, bytes: source.file.bytes, text: source.text },
      });
      console.log(`${file}: sparat som möte ${meetingId} (${draft.items.length} ärenden, ${draft.mandates.length} uppdrag).`);
    }
    if (args.json) console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  } finally {
    await db?.destroy();
  }
  if (failures) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});

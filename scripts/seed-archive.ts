// `npm run seed:archive [file]`: a realistic archive to measure on (issue 14).
// The ASK demo (its users, the 3 September 2025 meeting) plus 20 groups with
// fifteen years of approved meetings: ~3 000 meetings, ~45 000 items with
// rich-text background and decisions, ~15 000 mandates in every state with
// ~60 000 trail entries, per-capsulam decisions, calls and projects, and the
// members of every group. The database is DATABASE_URL, the first argument or
// data/archive.db; an existing file is replaced.
//
// Speed: one transaction of prepared better-sqlite3 statements. Order: the
// lock triggers of approved minutes (migration 2026_11_23_1100_minutes) refuse
// rows of an approved meeting once it has an approved approval row, so every
// group's meetings, items and mandates go in first and the approvals last.
import { refreshDueDays } from "../app/models/mandate-due.server";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createDb, openSqlite, sqlitePathFromUrl } from "../db/client";
import { migrateToLatest } from "../db/migrate";
import { seedDemo } from "../db/seed/demo";
import { rebuildSearchIndex } from "~/search/index.server";

const TODAY = process.env.STYRBORD_TODAY ?? "2026-11-23";
const FIRST_YEAR = 2011;
const YEARS = 15;
const GROUPS = 20;
const MEETINGS_PER_YEAR = 10;
const ITEMS_PER_MEETING = 15;

/** A small deterministic generator, so every archive is the same. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(14);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));

const PLACES = ["Växjö", "Ljungby", "Alvesta", "Älmhult", "Tingsryd", "Markaryd", "Lessebo", "Uppvidinge", "Jönköping", "Kalmar", "Karlskrona", "Värnamo"];
const AREAS = ["Arbetsmarknad", "Kompetens", "Integration", "Folkhälsa", "Skola", "Socialtjänst", "Näringsliv", "Digitalisering", "Kultur", "Miljö"];
const TOPICS = [
  "kamratstöd för unga vuxna",
  "långtidsarbetslösa kvinnor",
  "unga som varken arbetar eller studerar",
  "praktikplatser i offentlig sektor",
  "språkstöd på arbetsplatsen",
  "digital kompetens för äldre",
  "yrkesutbildning inom vård och omsorg",
  "psykisk hälsa bland elever",
  "samverkan med Arbetsförmedlingen",
  "validering av utländska utbildningar",
  "hållbar landsbygdsutveckling",
  "förebyggande arbete mot våld i nära relationer",
  "socialt företagande",
  "matchning mot bristyrken",
  "tidiga insatser för barn och familjer",
  "energieffektivisering i kommunala lokaler",
  "friskvård och rehabilitering",
  "studie- och yrkesvägledning",
];
const ITEM_KINDS = [
  "Projektdirektiv för", "Ansökan om medel för", "Förstudie om", "Slutrapport om", "Uppföljning av arbetet med",
  "Handlingsplan för", "Budget för insatser kring", "Utvärdering av", "Remissvar om", "Samverkansavtal om",
];
const REPORTS = ["Rapport från pågående projekt", "Ekonomisk uppföljning", "Information från kommunerna", "Rapport från verksamhetsgruppen", "Omvärldsbevakning"];
const BACKGROUND_SENTENCES = [
  "Styrgruppen gav vid föregående möte projektenheten i uppdrag att utreda frågan om {topic}.",
  "Uppdraget har genomförts tillsammans med kommunernas arbetsmarknadsenheter och Region Kronoberg.",
  "En workshop hölls i {place} där representanter för samtliga kommuner deltog.",
  "Kartläggningen visar att behovet av insatser inom {area} har ökat under året.",
  "Uppdragen från tidigare år har i huvudsak slutförts, men två uppdrag återstår.",
  "Projektenheten bedömer att en ansökan till ESF+ kan lämnas in under nästa utlysning.",
  "Finansieringen föreslås delas mellan kommunerna utifrån invånarantal.",
  "Erfarenheterna från tidigare projekt om {topic} visar att samverkan ger bättre resultat.",
  "Deltagarna i förstudien har lyft vikten av långsiktighet och tydliga målgrupper.",
  "Beslutsunderlaget har stämts av med kommunernas förvaltningschefer.",
  "Arbetet följer den regionala utvecklingsstrategin och dess mål för {area}.",
  "Under hösten genomfördes intervjuer med arbetsgivare i {place} och närliggande kommuner.",
  "Ett utkast till projektplan har skickats ut på remiss till medlemskommunerna.",
  "Uppdraget att ta fram underlag om {topic} redovisas i bilaga till ärendet.",
];
const DECISION_SENTENCES = [
  "Styrgruppen beslutar att godkänna projektdirektivet för {topic}.",
  "Styrgruppen ger projektenheten i uppdrag att ta fram en ansökan om {topic} till nästa möte.",
  "Styrgruppen beslutar att bordlägga ärendet till nästa möte.",
  "Styrgruppen beslutar att lägga rapporten till handlingarna.",
  "Styrgruppen beslutar att avslå förslaget om {topic} med hänvisning till budgetläget.",
  "Styrgruppen beslutar att uppdragen om {topic} ska följas upp vid årets sista möte.",
  "Styrgruppen uppdrar åt projektenheten att återkomma med en reviderad budget för {area}.",
];
const PROGRESS = [
  "Arbetet med uppdraget pågår enligt plan.",
  "Projektenheten har haft möten med kommunerna om uppdraget.",
  "Underlaget är försenat på grund av sjukdom; uppdraget beräknas vara klart till nästa möte.",
  "Uppdraget har samordnats med pågående projekt i regionen.",
  "En första version av rapporten har skickats till verksamhetsgruppen.",
];
const FIRST_NAMES = ["Karin", "Per", "Anna", "Jonas", "Eva", "Lars", "Maria", "Erik", "Sara", "Johan", "Lena", "Anders", "Emma", "Mikael", "Ida", "Fredrik", "Linnea", "Oskar", "Sofia", "Björn"];
const LAST_NAMES = ["Lindqvist", "Holmberg", "Berg", "Ek", "Andersson", "Nilsson", "Johansson", "Karlsson", "Svensson", "Gustafsson", "Persson", "Larsson", "Olsson", "Åberg", "Öberg", "Sjöström"];
const OUTCOMES = ["approved", "approved", "approved", "approved_as_amended", "rejected", "deferred", "noted"] as const;
const STATUSES = ["done", "done", "done", "done", "cancelled", "continued", "reported", "in_progress", "given"] as const;

function fill(template: string, topic: string): string {
  return template.replace("{topic}", topic).replace("{place}", pick(PLACES)).replace("{area}", pick(AREAS).toLowerCase());
}

/** Tiptap JSON and its plain-text copy, made directly (the seed's documents are simple). */
function richText(paragraphs: string[], bullets: string[] = []): { json: string; text: string } {
  const content: unknown[] = paragraphs.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] }));
  if (bullets.length) {
    content.push({
      type: "bulletList",
      content: bullets.map((b) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: b }] }] })),
    });
  }
  return { json: JSON.stringify({ type: "doc", content }), text: [...paragraphs, ...bullets].join("\n") };
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function main() {
  const file = sqlitePathFromUrl(process.argv[2] ?? process.env.DATABASE_URL ?? "data/archive.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const started = performance.now();
  const password = process.env.STYRBORD_DEMO_PASSWORD ?? "arkiv-demo-2026";

  const db = createDb(file);
  await migrateToLatest(db);
  await seedDemo(db, password);
  await db.destroy();

  const sqlite = openSqlite(file);
  const one = <T,>(query: string, ...params: unknown[]) => sqlite.prepare(query).get(...params) as T;
  const passwordHash = one<{ password_hash: string }>("select password_hash from user where email = 'ledamot@ask.example'").password_hash;
  const ask = one<{ id: number }>("select id from \"group\" where short_name = 'ASK'").id;
  const demoUnit = one<{ id: number }>("select id from unit order by id limit 1").id;
  const demoUsers = Object.fromEntries(
    (sqlite.prepare("select id, email from user").all() as Array<{ id: number; email: string }>).map((u) => [u.email, u.id]),
  );

  const ins = {
    unit: sqlite.prepare("insert into unit (name, short_name, organisation) values (?, ?, ?)"),
    user: sqlite.prepare("insert into user (email, name, title, password_hash, unit_id) values (?, ?, ?, ?, ?)"),
    group: sqlite.prepare("insert into \"group\" (name, short_name, kind, parent_group_id, description) values (?, ?, ?, ?, ?)"),
    membership: sqlite.prepare("insert or ignore into membership (group_id, user_id, role, represents) values (?, ?, ?, ?)"),
    call: sqlite.prepare("insert into funding_call (fund, code, title, programme_area, opens_on, closes_on, application_deadline, description) values (?, ?, ?, ?, ?, ?, ?, ?)"),
    project: sqlite.prepare(
      "insert into project (case_number, name, owner, fund, programme_area, period_start, period_end, total_budget, granted_support, status, group_id, call_id, summary_json, summary_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    deadline: sqlite.prepare("insert into deadline (kind, due_on, title, project_id, call_id, group_id) values (?, ?, ?, ?, ?, ?)"),
    meeting: sqlite.prepare(
      "insert into meeting (group_id, title, meeting_date, start_time, end_time, place, state, agenda_published_at, minutes_sent_at, minutes_approved_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    section: sqlite.prepare("insert into agenda_section (meeting_id, kind, title, position) values (?, ?, null, ?)"),
    item: sqlite.prepare(
      "insert into agenda_item (meeting_id, section_id, position, paragraph, title, presentation, presenter, background_json, background_text, proposal_json, proposal_text, decision_json, decision_text, outcome, per_capsulam_decision_id, call_id, project_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    perCapsulam: sqlite.prepare("insert into per_capsulam_decision (group_id, decided_on, title, decision_json, decision_text, participants, recorded_by) values (?, ?, ?, ?, ?, ?, ?)"),
    attendance: sqlite.prepare("insert into attendance (meeting_id, user_id, name, represents, status, substitute_for, is_checker) values (?, ?, ?, ?, ?, null, ?)"),
    mandate: sqlite.prepare(
      "insert into mandate (group_id, assignee_unit_id, task, given_by_item_id, given_on, due_date, due_meeting_id, due_text, status, call_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    entry: sqlite.prepare("insert into mandate_entry (mandate_id, entry_date, kind, meeting_id, agenda_item_id, body, status_after, author_id) values (?, ?, ?, ?, ?, ?, ?, ?)"),
    approval: sqlite.prepare("insert into approval (meeting_id, user_id, role, state, minutes_version, decided_at) values (?, ?, ?, 'approved', 1, ?)"),
  };
  const id = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid);
  const counts = { meetings: 0, items: 0, mandates: 0, entries: 0, users: 0, projects: 0, calls: 0, perCapsulam: 0 };

  sqlite.transaction(() => {
    // Units that receive mandates, each with two staff.
    const units = [demoUnit];
    const staffByUnit = new Map<number, number[]>([[demoUnit, [demoUsers["projektenhet@ask.example"]]]]);
    for (const [i, name] of ["Arbetsmarknadsenheten", "Folkhälsoenheten", "Utvecklingsenheten", "Kompetenscentrum", "Regionala enheten"].entries()) {
      const unitId = id(ins.unit.run(name, null, pick(PLACES) + " kommun"));
      units.push(unitId);
      const staff: number[] = [];
      for (let s = 0; s < 2; s++) {
        staff.push(id(ins.user.run(`handlaggare${i}-${s}@arkiv.example`, `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, "Handläggare", passwordHash, unitId)));
        counts.users++;
      }
      staffByUnit.set(unitId, staff);
    }

    // Calls: two a year.
    const calls: Array<{ id: number; year: number }> = [];
    for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS + 1; y++) {
      for (const code of ["POA1", "POA2"]) {
        const opens = isoDay(y, int(2, 9), int(1, 28));
        const closes = addDays(opens, int(60, 150));
        calls.push({ id: id(ins.call.run(y >= 2021 ? "ESF+" : "ESF", `${code}-${y}`, `Utlysning ${code} ${y}: ${pick(TOPICS)}`, pick(["A", "B", "C"]), opens, closes, closes, `Utlysningen riktar sig till insatser för ${pick(TOPICS)}.`)), year: y });
        counts.calls++;
      }
    }

    // Groups: ASK (the demo) and 19 more, each with its people.
    const groups: Array<{ id: number; short: string; name: string; secretary: number; chair: number; members: number[] }> = [];
    const askPeople = {
      secretary: demoUsers["sekreterare@ask.example"],
      chair: demoUsers["ordforande@ask.example"],
      members: [demoUsers["ledamot@ask.example"]],
    };
    groups.push({ id: ask, short: "ASK", name: "Styrgrupp ASK", ...askPeople });
    for (let g = 1; g < GROUPS; g++) {
      const place = PLACES[g % PLACES.length];
      const area = AREAS[g % AREAS.length];
      const short = `${area.slice(0, 3).toUpperCase()}${g}`;
      const name = `Styrgrupp ${area} ${place}`;
      const groupId = id(ins.group.run(name, short, g % 4 === 0 ? "verksamhetsgrupp" : "styrgrupp", g % 4 === 0 ? ask : null, `Samverkan om ${area.toLowerCase()} i ${place} med omnejd.`));
      const person = (role: string, n: number) => {
        const userId = id(ins.user.run(`${role}${n}.${short.toLowerCase()}@arkiv.example`, `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, null, passwordHash, null));
        counts.users++;
        return userId;
      };
      const secretary = person("sekreterare", 1);
      const chair = person("ordforande", 1);
      const members = [1, 2, 3, 4, 5, 6].map((n) => person("ledamot", n));
      ins.membership.run(groupId, secretary, "secretary", null);
      ins.membership.run(groupId, chair, "chair", null);
      for (const m of members) ins.membership.run(groupId, m, "member", `${pick(PLACES)} kommun`);
      // The demo people sit in a few other groups too, so their pages are archive-sized.
      if (g % 3 === 0) {
        ins.membership.run(groupId, demoUsers["sekreterare@ask.example"], "member", null);
        ins.membership.run(groupId, demoUsers["ledamot@ask.example"], "member", null);
        ins.membership.run(groupId, demoUsers["ordforande@ask.example"], "viewer", null);
      }
      groups.push({ id: groupId, short, name, secretary, chair, members });
    }

    // Projects: ten a group.
    for (const group of groups) {
      for (let p = 0; p < 10; p++) {
        const start = isoDay(FIRST_YEAR + int(0, YEARS - 1), int(1, 12), 1);
        const end = addDays(start, int(365, 1100));
        const budget = int(1, 30) * 500_000;
        const topic = pick(TOPICS);
        const summary = richText([`Projektet arbetar med ${topic} i ${pick(PLACES)}.`, fill(pick(BACKGROUND_SENTENCES), topic)]);
        const call = pick(calls);
        const projectId = id(
          ins.project.run(`${call.year}/${String(counts.projects + 100).padStart(5, "0")}`, `${topic[0].toUpperCase()}${topic.slice(1)} ${group.short} ${p + 1}`, `${pick(PLACES)} kommun`, call.year >= 2021 ? "ESF+" : "ESF", "A", start, end, budget, Math.floor(budget / 2), end < TODAY ? "closed" : pick(["running", "granted", "application"]), group.id, call.id, summary.json, summary.text),
        );
        counts.projects++;
        if (end >= TODAY) ins.deadline.run("final_report", addDays(end, 60), `Slutrapport ${topic}`, projectId, null, group.id);
      }
    }

    const approvalsLast: Array<[number, number, string, string]> = [];
    for (const group of groups) {
      // The group's meetings, first all of them: mandates are due at the next one.
      const years = group.id === ask ? YEARS - 1 : YEARS; // ASK's 2025 is the demo's
      const meetings: Array<{ id: number; date: string }> = [];
      for (let y = 0; y < years; y++) {
        const year = FIRST_YEAR + y;
        for (let m = 0; m < MEETINGS_PER_YEAR; m++) {
          const month = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11][m];
          const date = isoDay(year, month, int(2, 27));
          if (date >= TODAY) continue;
          const approvedAt = `${addDays(date, 10)}T09:00:00.000Z`;
          const meetingId = id(ins.meeting.run(group.id, `${group.name} ${date}`, date, "13:00", "15:00", pick(PLACES), "minutes_approved", `${addDays(date, -10)}T08:00:00.000Z`, `${addDays(date, 5)}T08:00:00.000Z`, approvedAt, group.secretary));
          meetings.push({ id: meetingId, date });
          counts.meetings++;
        }
      }
      let paragraphYear = "";
      let paragraph = 0;
      for (const [index, meeting] of meetings.entries()) {
        const next = meetings[index + 1] ?? null;
        const year = meeting.date.slice(0, 4);
        if (year !== paragraphYear) {
          paragraphYear = year;
          paragraph = 0;
        }
        const sections = {
          decision: id(ins.section.run(meeting.id, "decision", 1)),
          report: id(ins.section.run(meeting.id, "report", 2)),
          per_capsulam: id(ins.section.run(meeting.id, "per_capsulam", 3)),
          other: id(ins.section.run(meeting.id, "other", 4)),
        };
        const pcDay = addDays(meeting.date, -int(5, 25));
        const pcTopic = pick(TOPICS);
        const pcText = richText([`Styrgruppen har per capsulam beslutat att ställa sig bakom ansökan om ${pcTopic}.`]);
        const perCapsulam = id(ins.perCapsulam.run(group.id, pcDay, `Medfinansiering av ${pcTopic}`, pcText.json, pcText.text, "Samtliga ledamöter", group.secretary));
        counts.perCapsulam++;
        const layout: Array<[keyof typeof sections, number]> = [["decision", 7], ["report", 5], ["per_capsulam", 1], ["other", 2]];
        for (const [kind, count] of layout) {
          for (let position = 1; position <= count; position++) {
            paragraph++;
            const topic = pick(TOPICS);
            const isDecision = kind === "decision";
            const title = kind === "decision" ? `${pick(ITEM_KINDS)} ${topic}` : kind === "report" ? pick(REPORTS) : kind === "per_capsulam" ? "Per capsulam-beslut" : pick(["Övriga frågor", "Nästa möte", "Information om " + topic]);
            const sentences = Array.from({ length: int(3, 6) }, () => fill(pick(BACKGROUND_SENTENCES), topic));
            const background = kind === "per_capsulam" ? null : richText(sentences.slice(0, -1), rnd() < 0.4 ? [`Kommunerna i ${pick(PLACES)}`, `Region Kronoberg`, `Arbetsförmedlingen`] : []);
            const proposal = isDecision ? richText([fill(pick(DECISION_SENTENCES), topic)]) : null;
            const outcome = isDecision ? pick(OUTCOMES) : "noted";
            const decision = isDecision ? richText([fill(pick(DECISION_SENTENCES), topic), sentences[sentences.length - 1]]) : richText(["Informationen läggs till handlingarna."]);
            const itemId = id(
              ins.item.run(meeting.id, sections[kind], position, paragraph, title, isDecision ? null : "Muntlig rapport", pick(FIRST_NAMES) + " " + pick(LAST_NAMES), background?.json ?? null, background?.text ?? null, proposal?.json ?? null, proposal?.text ?? null, decision.json, decision.text, outcome, kind === "per_capsulam" ? perCapsulam : null, isDecision && rnd() < 0.2 ? pick(calls).id : null, null),
            );
            counts.items++;
            // Five mandates a meeting, given by decision items.
            if (isDecision && position <= 5) {
              const unitId = pick(units);
              const byMeeting = next !== null && rnd() < 0.5;
              const dueDate = byMeeting ? null : addDays(meeting.date, int(30, 240));
              const recent = meeting.date >= addDays(TODAY, -400);
              const status = recent ? pick(["given", "in_progress", "reported", "done"] as const) : pick(STATUSES);
              const mandateId = id(
                ins.mandate.run(group.id, unitId, `ta fram underlag om ${topic} och redovisa uppdraget för styrgruppen`, itemId, meeting.date, dueDate, byMeeting ? next!.id : null, byMeeting ? `till mötet den ${next!.date}` : null, status, null),
              );
              counts.mandates++;
              const staff = staffByUnit.get(unitId)![0];
              const dueDay = dueDate ?? next?.date ?? addDays(meeting.date, 90);
              ins.entry.run(mandateId, meeting.date, "given", meeting.id, itemId, null, "given", null);
              ins.entry.run(mandateId, addDays(meeting.date, int(10, 40)), "progress", null, null, pick(PROGRESS), "in_progress", staff);
              ins.entry.run(mandateId, addDays(meeting.date, int(41, 60)), "progress", null, null, pick(PROGRESS), "in_progress", staff);
              counts.entries += 3;
              if (status !== "given" && status !== "in_progress") {
                ins.entry.run(mandateId, dueDay < TODAY ? dueDay : addDays(meeting.date, 61), status === "reported" || status === "done" ? "reported" : "status", byMeeting ? next!.id : null, null, `Uppdraget om ${topic} redovisades för styrgruppen.`, status, staff);
                counts.entries++;
              }
            }
          }
        }
        const attendees = [group.chair, group.secretary, ...group.members];
        for (const [n, userId] of attendees.entries()) {
          ins.attendance.run(meeting.id, userId, `Deltagare ${n + 1}`, null, n === 4 ? "absent" : "present", n === 2 ? 1 : 0);
        }
        approvalsLast.push([meeting.id, group.chair, "chair", `${addDays(meeting.date, 10)}T09:00:00.000Z`]);
        approvalsLast.push([meeting.id, attendees[2], "checker", `${addDays(meeting.date, 9)}T09:00:00.000Z`]);
      }
      // Each group's next meeting, planned as a draft with its agenda.
      const upcoming = addDays(TODAY, 21 + (group.id % 14));
      if (group.id !== ask) {
        const meetingId = id(ins.meeting.run(group.id, `${group.name} ${upcoming}`, upcoming, "13:00", "15:00", pick(PLACES), "draft", null, null, null, group.secretary));
        counts.meetings++;
        const decisionSection = id(ins.section.run(meetingId, "decision", 1));
        ins.section.run(meetingId, "report", 2);
        for (let position = 1; position <= 4; position++) {
          const topic = pick(TOPICS);
          const background = richText([fill(pick(BACKGROUND_SENTENCES), topic)]);
          ins.item.run(meetingId, decisionSection, position, null, `${pick(ITEM_KINDS)} ${topic}`, null, null, background.json, background.text, null, null, null, null, null, null, null, null);
          counts.items++;
        }
      }
    }
    for (const approval of approvalsLast) ins.approval.run(...approval);
  })();
  sqlite.close();

  const indexDb = createDb(file);
  // The rows above were written directly: the mandates' stored due days, by the one rule.
  await refreshDueDays(indexDb, "all");
  const indexed = await rebuildSearchIndex(indexDb);
  await indexDb.destroy();

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const size = (fs.statSync(file).size / 1024 / 1024).toFixed(0);
  console.log(
    `Archive in ${file} (${size} MB, ${seconds} s): ${GROUPS} groups, ${counts.meetings} meetings, ${counts.items} items, ` +
      `${counts.mandates} mandates, ${counts.entries} trail entries, ${counts.perCapsulam} per-capsulam decisions, ` +
      `${counts.projects} projects, ${counts.calls} calls, ${counts.users} users; ${indexed} documents in the search index.`,
  );
  console.log(`Demo users (…@ask.example) sign in with the password ${password}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

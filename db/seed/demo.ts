// The demo data: the steering group ASK in Kronoberg as the seed documents in
// shared/seeds describe it. The 3 September 2025 minutes are held without loss;
// what the seeds do not say (names of people, times, places) is marked as demo.
// What happened after 3 September 2025 is invented, in ./living.ts.
import { refreshDueDays } from "~/models/mandate-due.server";
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { hashPassword } from "~/models/user.server";
import { carryOverIntoAgenda } from "~/models/agenda.server";
import { today as todayInStockholm } from "~/utils/dates";
import { plainTextToRichText } from "~/utils/rich-text.server";
import * as doc from "./documents";
import { liveOn, type LivingContext } from "./living";

export const DEMO_USERS = [
  { email: "sekreterare@ask.example", name: "Karin Lindqvist", title: "Sekreterare, ASK", role: "secretary" },
  { email: "ordforande@ask.example", name: "Per Holmberg", title: "Ordförande, ASK", role: "chair" },
  { email: "ledamot@ask.example", name: "Anna Berg", title: "Ledamot, ASK", role: "member" },
  { email: "projektenhet@ask.example", name: "Jonas Ek", title: "Projektledare, Projektenhet Kronoberg", role: "staff" },
  { email: "admin@ask.example", name: "Eva Andersson", title: "Administratör", role: "admin" },
] as const;

type Ids = Record<string, number>;

export type SeedOptions = {
  /**
   * The day the demo lives up to (default: today in Stockholm, or
   * STYRBORD_TODAY). `null`: the seed's history only, with 13 November 2025
   * as the planned meeting, the stable fixture of the model and route tests.
   */
  livingUntil?: string | null;
};

/**
 * The seed's history in one transaction, then the group's invented life from
 * 13 November 2025 up to `livingUntil` (db/seed/living.ts), through the app's
 * own model functions.
 */
export async function seedDemo(db: Kysely<Database>, password: string, options: SeedOptions = {}): Promise<void> {
  const livingUntil = options.livingUntil === undefined ? todayInStockholm() : options.livingUntil;
  const passwordHash = await hashPassword(password);
  const living = await db.transaction().execute(async (trx): Promise<LivingContext> => {
    const unit = await trx
      .insertInto("unit")
      .values({ name: "Projektenhet Kronoberg", short_name: "Projektenheten", organisation: "Kommunerna i Kronobergs län" })
      .returning("id")
      .executeTakeFirstOrThrow();

    const ask = await trx
      .insertInto("group")
      .values({ name: "Styrgrupp ASK", short_name: "ASK", kind: "styrgrupp", parent_group_id: null, description: "ASK:s styrgrupp beslutar om gemensamma projekt och ger uppdrag åt Projektenhet Kronoberg." })
      .returning("id")
      .executeTakeFirstOrThrow();
    const vg = await trx
      .insertInto("group")
      .values({ name: "ASK:s verksamhetsgrupp", short_name: "ASK VG", kind: "verksamhetsgrupp", parent_group_id: ask.id, description: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    const forum = await trx
      .insertInto("group")
      .values({ name: "Forum", short_name: "Forum", kind: "forum", parent_group_id: ask.id, description: null })
      .returning("id")
      .executeTakeFirstOrThrow();

    const users: Ids = {};
    for (const u of DEMO_USERS) {
      const row = await trx
        .insertInto("user")
        .values({
          email: u.email,
          name: u.name,
          title: u.title,
          password_hash: passwordHash,
          is_admin: u.role === "admin" ? 1 : 0,
          unit_id: u.role === "staff" ? unit.id : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      users[u.role] = row.id;
      if (u.role !== "admin") {
        await trx.insertInto("membership").values({ group_id: ask.id, user_id: row.id, role: u.role }).execute();
      }
    }
    // The verksamhetsgrupp and Forum: the staff member prepares, the others read.
    for (const group of [vg.id, forum.id]) {
      await trx.insertInto("membership").values({ group_id: group, user_id: users.staff, role: "secretary" }).execute();
      await trx.insertInto("membership").values({ group_id: group, user_id: users.member, role: "member" }).execute();
    }

    // ASK's standing items, which every new agenda starts with.
    await trx
      .insertInto("standing_item")
      .values([
        { group_id: ask.id, section_kind: "report", title: "Rapport från pågående projekt", presentation: "Muntlig rapport", position: 1 },
        { group_id: ask.id, section_kind: "per_capsulam", title: "Per capsulam-beslut", presentation: "Muntlig rapport", position: 2 },
        { group_id: ask.id, section_kind: "other", title: "Övriga frågor", presentation: null, position: 3 },
      ])
      .execute();

    // The ESF+ calls of the 3 September decisions.
    const calls: Ids = {};
    for (const code of ["POA1", "POA2"]) {
      const row = await trx
        .insertInto("funding_call")
        .values({
          fund: "ESF+",
          code,
          title: `ESF+ utlysning ${code}`,
          programme_area: "A",
          opens_on: "2025-10-15",
          closes_on: "2026-03-06",
          application_deadline: "2026-03-06",
          url: null,
          description: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      calls[code] = row.id;
    }

    const projects = await seedProjects(trx, ask.id);

    // 29 April 2025: known from the later minutes, which quote its two mandates.
    const april = await trx
      .insertInto("meeting")
      .values({
        group_id: ask.id,
        title: "Styrgrupp ASK 29 april 2025",
        meeting_date: "2025-04-29",
        start_time: null,
        place: null,
        state: "minutes_approved",
        minutes_approved_at: "2025-05-06T08:00:00.000Z",
        created_by: users.secretary,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const aprilSection = await section(trx, april.id, "decision", 1);
    await section(trx, april.id, "report", 2);
    await section(trx, april.id, "other", 3);
    const aprilItem1 = await item(trx, april.id, aprilSection, 1, {
      paragraph: 1,
      title: "Fortsatt arbete med projektidén om långtidsarbetslösa",
      decision: "Styrgrupp ASK uppdrar till Projektenhet Kronoberg att fortsätta det påbörjade arbetet med beaktande av de synpunkter som inkommit från kommunerna och genom Forum.",
    });
    const aprilItem2 = await item(trx, april.id, aprilSection, 2, {
      paragraph: 2,
      title: "Projektdirektiv till ”Förhandslaget”",
      decision: "Uppdra åt Projektenhet Kronoberg att ta fram projektdirektiv till ”Förhandslaget” som kan leda till en ansökan till ESF i september 2025.",
    });

    // 3 September 2025: the seed minutes, item by item.
    const september = await trx
      .insertInto("meeting")
      .values({
        group_id: ask.id,
        title: "Styrgrupp ASK 3 september 2025",
        meeting_date: "2025-09-03",
        start_time: null,
        place: null,
        state: "minutes_approved",
        minutes_sent_at: "2025-09-08T07:00:00.000Z",
        minutes_approved_at: "2025-09-12T09:30:00.000Z",
        created_by: users.secretary,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    // 13 November 2025, planned: the September mandates are due there, so the
    // meeting exists before they are given (as a year's meetings are planned ahead).
    // ./living.ts holds it, when the demo starts after that day.
    const november = await trx
      .insertInto("meeting")
      .values({ group_id: ask.id, title: "Styrgrupp ASK 13 november 2025", meeting_date: "2025-11-13", state: "draft", created_by: users.secretary, start_time: null, place: null })
      .returning("id")
      .executeTakeFirstOrThrow();

    const longTermUnemployed = await trx
      .insertInto("mandate")
      .values({
        group_id: ask.id,
        assignee_unit_id: unit.id,
        task: "fortsätta det påbörjade arbetet med projektidén om långtidsarbetslösa, med beaktande av de synpunkter som inkommit från kommunerna och genom Forum",
        given_by_item_id: aprilItem1,
        given_on: "2025-04-29",
        due_date: null,
        due_meeting_id: september.id,
        due_text: null,
        status: "continued",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const forhandslaget = await trx
      .insertInto("mandate")
      .values({
        group_id: ask.id,
        assignee_unit_id: unit.id,
        task: "ta fram projektdirektiv till ”Förhandslaget” som kan leda till en ansökan till ESF i september 2025",
        given_by_item_id: aprilItem2,
        given_on: "2025-04-29",
        due_date: null,
        due_meeting_id: september.id,
        due_text: null,
        status: "in_progress",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("mandate_entry")
      .values([
        { mandate_id: longTermUnemployed.id, entry_date: "2025-04-29", kind: "given", meeting_id: april.id, agenda_item_id: aprilItem1, body: null, status_after: "given", author_id: null },
        { mandate_id: forhandslaget.id, entry_date: "2025-04-29", kind: "given", meeting_id: april.id, agenda_item_id: aprilItem2, body: null, status_after: "given", author_id: null },
        { mandate_id: longTermUnemployed.id, entry_date: "2025-05-25", kind: "progress", meeting_id: null, agenda_item_id: null, body: "Projektidéerna diskuterades i ASK:s verksamhetsgrupps workshop. För långtidsarbetslösa formulerades de kortsiktiga målen ökad samverkan/kommunikation kring gruppen samt kartläggning av behov och efterfrågan.", status_after: "in_progress", author_id: users.staff },
      ])
      .execute();

    const decisionSection = await section(trx, september.id, "decision", 1);
    const reportSection = await section(trx, september.id, "report", 2);
    await section(trx, september.id, "other", 3);
    const decision1 = await item(trx, september.id, decisionSection, 1, {
      paragraph: 3,
      title: doc.decision1Title.trim(),
      background: doc.decision1Background,
      decision: doc.decision1Title.trim(),
      callId: calls.POA1,
    });
    const decision2 = await item(trx, september.id, decisionSection, 2, {
      paragraph: 4,
      title: doc.decision2Title.trim(),
      background: doc.decision2Background,
      decision: doc.decision2Title.trim(),
      callId: calls.POA2,
    });
    await item(trx, september.id, reportSection, 1, {
      paragraph: 5,
      title: "Rapport från pågående projekt",
      presentation: "Muntlig rapport",
      outcome: "noted",
      projectId: projects.handslaget,
    });
    const reportItem = await item(trx, september.id, reportSection, 2, {
      paragraph: 6,
      title: doc.forhandslagetTitle,
      background: doc.forhandslagetBackground,
      outcome: "noted",
      mandateId: forhandslaget.id,
    });
    await item(trx, september.id, reportSection, 3, { paragraph: 7, title: "Per Capsulam-beslut", presentation: "Muntlig rapport", outcome: "noted" });
    await item(trx, september.id, reportSection, 4, { paragraph: 8, title: "ASF Växjö", presentation: "Muntlig rapport", outcome: "noted" });

    // The För-handslaget report is an entry in that mandate's trail: no funding yet, the work goes on.
    await trx
      .insertInto("mandate_entry")
      .values({
        mandate_id: forhandslaget.id,
        entry_date: "2025-09-03",
        kind: "reported",
        meeting_id: september.id,
        agenda_item_id: reportItem,
        body: "Projektenheten har konstaterat att det inte finns ”traditionella” medel att söka till denna grupp (timanställda och vikarier) eftersom dessa i formell mening inte är arbetslösa. Projektenheten arbetar vidare med att hitta andra finansieringsmöjligheter och återkommer i frågan.",
        status_after: "in_progress",
        author_id: null,
      })
      .execute();

    const directives: number[] = [];
    const septemberMandates = [
      { itemId: decision1, callId: calls.POA1, task: "ta fram ett projektdirektiv inför kommande ansökan ”Handslaget 2”", continues: null, projectId: projects.handslaget },
      { itemId: decision2, callId: calls.POA2, task: "ta fram ett projektdirektiv inför kommande ansökan med inriktning på långtidsarbetslösa", continues: longTermUnemployed.id, projectId: null },
    ];
    for (const m of septemberMandates) {
      const mandate = await trx
        .insertInto("mandate")
        .values({
          group_id: ask.id,
          assignee_unit_id: unit.id,
          task: m.task,
          given_by_item_id: m.itemId,
          given_on: "2025-09-03",
          due_date: null,
          due_meeting_id: november.id,
          due_text: "till mötet den 13 november 2025",
          status: "given",
          continues_mandate_id: m.continues,
          call_id: m.callId,
          project_id: m.projectId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      directives.push(mandate.id);
      await trx
        .insertInto("mandate_entry")
        .values({ mandate_id: mandate.id, entry_date: "2025-09-03", kind: "given", meeting_id: september.id, agenda_item_id: m.itemId, body: null, status_after: "given", author_id: null })
        .execute();
      if (m.continues) {
        await trx
          .insertInto("mandate_entry")
          .values({ mandate_id: m.continues, entry_date: "2025-09-03", kind: "continued", meeting_id: september.id, agenda_item_id: m.itemId, body: null, status_after: "continued", author_id: null })
          .execute();
      }
    }

    // Who was there and who approved: the seed does not say; these are the demo people.
    await trx
      .insertInto("attendance")
      .values([
        { meeting_id: september.id, user_id: users.chair, name: "Per Holmberg", represents: null, status: "present", substitute_for: null, is_checker: 0 },
        { meeting_id: september.id, user_id: users.member, name: "Anna Berg", represents: null, status: "present", substitute_for: null, is_checker: 1 },
        { meeting_id: september.id, user_id: users.secretary, name: "Karin Lindqvist", represents: null, status: "present", substitute_for: null, is_checker: 0 },
        { meeting_id: september.id, user_id: users.staff, name: "Jonas Ek", represents: "Projektenhet Kronoberg", status: "present", substitute_for: null, is_checker: 0 },
      ])
      .execute();
    await trx
      .insertInto("approval")
      .values([
        { meeting_id: september.id, user_id: users.chair, role: "chair", state: "approved", minutes_version: 1, decided_at: "2025-09-10T12:14:00.000Z" },
        { meeting_id: september.id, user_id: users.member, role: "checker", state: "approved", minutes_version: 1, decided_at: "2025-09-12T09:30:00.000Z" },
      ])
      .execute();

    return {
      groupId: ask.id,
      unitId: unit.id,
      users: { secretary: users.secretary, chair: users.chair, member: users.member, staff: users.staff },
      novemberMeetingId: november.id,
      calls: { POA1: calls.POA1, POA2: calls.POA2 },
      directives: { handslaget2: directives[0], longTermUnemployed: directives[1] },
      forhandslaget: forhandslaget.id,
    };
  });
  // The history above was written row by row: its mandates' stored due days, by the one rule.
  await refreshDueDays(db, "all");

  // History only, or too early for a living story (before 20 November 2025):
  // 13 November stays the planned meeting, its draft agenda from the carry-over rule.
  if (livingUntil === null || !(await liveOn(db, living, livingUntil))) {
    await carryOverIntoAgenda(db, { id: living.novemberMeetingId, groupId: living.groupId, date: "2025-11-13" });
  }
  // The model functions queued notifications (notices, mandates, approval
  // rounds) as the demo's past was played; that past is not news to mail about.
  await db.deleteFrom("notification").execute();
}

async function section(trx: Kysely<Database>, meetingId: number, kind: "decision" | "report" | "other", position: number) {
  const row = await trx
    .insertInto("agenda_section")
    .values({ meeting_id: meetingId, kind, title: null, position })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

type ItemSeed = {
  paragraph: number;
  title: string;
  presentation?: string;
  background?: string;
  decision?: string;
  outcome?: "approved" | "noted";
  callId?: number;
  projectId?: number;
  mandateId?: number;
};

async function item(trx: Kysely<Database>, meetingId: number, sectionId: number, position: number, seed: ItemSeed) {
  const background = seed.background ? plainTextToRichText(seed.background) : null;
  const decision = seed.decision ? plainTextToRichText(seed.decision) : null;
  const row = await trx
    .insertInto("agenda_item")
    .values({
      meeting_id: meetingId,
      section_id: sectionId,
      position,
      paragraph: seed.paragraph,
      title: seed.title,
      presentation: seed.presentation ?? null,
      background_json: background?.json ?? null,
      background_text: background?.text ?? null,
      decision_json: decision?.json ?? null,
      decision_text: decision?.text ?? null,
      outcome: seed.outcome ?? (decision ? "approved" : null),
      call_id: seed.callId ?? null,
      project_id: seed.projectId ?? null,
      mandate_id: seed.mandateId ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

async function seedProjects(trx: Kysely<Database>, askId: number) {
  const summary = (text: string) => {
    const rich = plainTextToRichText(text);
    return { summary_json: rich.json, summary_text: rich.text };
  };
  const handslaget = await trx
    .insertInto("project")
    .values({
      case_number: "23-063-S03",
      name: "Handslaget Kronoberg",
      owner: "VÄXJÖ KOMMUN",
      owner_org_number: "2120000662",
      fund: "ESF+",
      programme_cci: "2021SE05SFPR",
      programme_area: "A",
      specific_objective: "A1A",
      intervention_type: "141",
      period_start: "2024-09-02",
      period_end: "2026-08-31",
      cofinancing_rate: 40,
      planned_participants: 650,
      country: "Sverige",
      region: "Småland & Öarna",
      nuts2_code: "SE21",
      beneficiary_postcode: "35112",
      beneficiary_city: "VÄXJÖ",
      strategic_importance: 0,
      child_poverty_theme: 0,
      partners: "Sju kommuner i Kronobergs län tillsammans med IF Metall",
      status: "running",
      group_id: askId,
      ...summary(doc.handslagetSummary),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("deadline")
    .values({ kind: "project_end", due_on: "2026-08-31", title: "Handslaget Kronoberg avslutas", project_id: handslaget.id, call_id: null, group_id: askId })
    .execute();
  await trx
    .insertInto("project")
    .values({
      case_number: "2019/00501",
      name: "JOIN 2.0",
      owner: "Gislaveds kommun, Arbetsmarknadsenheten",
      fund: "ESF",
      programme_area: "2",
      specific_objective: "2.3",
      intervention_type: "109",
      period_start: "2020-01-02",
      period_end: "2022-06-30",
      total_budget: 10926779,
      granted_support: 5243296,
      cofinancing_rate: 50,
      planned_participants: 52,
      region: "Småland & Öarna",
      beneficiary_postcode: "33280",
      contact_name: "Louise Moberg",
      contact_email: "louise.moberg@gislaved.se",
      status: "closed",
      ...summary(doc.join2Summary),
    })
    .execute();
  await trx
    .insertInto("project")
    .values({
      case_number: null,
      name: "Jobbspår för alla",
      owner: null,
      fund: "ESF",
      region: "Gnosjö och Vaggeryds kommuner",
      partners: "Kommunal utveckling, Regional utveckling, Gnosjö businessregion AB (BGR) samt utvalda arbetsgivare kopplade till jobbspåren i DUA-överenskommelsen",
      contact_name: "Kristina Dahlqvist",
      contact_title: "Sidansvarig",
      status: "closed",
      ...summary(doc.jobbsparSummary),
    })
    .execute();
  await trx
    .insertInto("project")
    .values({
      case_number: null,
      name: "Kompetens i Kronoberg",
      owner: "Region Kronoberg och kommunerna i Kronobergs län",
      fund: "ESF",
      granted_support: 3706566,
      other_funding: 1235522,
      other_funding_source: "Region Kronoberg",
      region: "Kronobergs län",
      contact_name: "Eddie Hansson",
      contact_title: "Näringslivsutvecklare, Älmhults kommun",
      contact_email: "eddie.hansson@almhult.se",
      contact_phone: "070-9100282",
      partners: "Alvesta kommun, Lessebo kommun, Markaryds kommun, Tingsryds kommun, Uppvidinge kommun, Växjö kommun, Älmhults kommun och Ljungby kommun",
      status: "granted",
      ...summary(doc.kompetensSummary),
    })
    .execute();
  return { handslaget: handslaget.id };
}

// The demo goes on from the seed to the day of first start. The seed's history
// (29 April and 3 September 2025) is what the real minutes say; everything in
// this file is INVENTED demo data: the meetings ASK would have held since, what
// they decided, the mandates, the notes, the per-capsulam decision and the call
// POA3. Dates are computed from "today" (the first start, or STYRBORD_TODAY),
// so the demo is alive on whatever day it starts: the 13 November 2025 meeting
// where both directives were reported, a meeting every two to three months,
// one held last week whose minutes wait for approval, and one a few weeks
// ahead whose agenda the carry-over rule has filled and whose notice went out
// yesterday.
//
// The meetings run through the app's own model functions (plan, publish, hold,
// attendance, decisions, follow-up, send, approve) with the clock set to the
// day each step happened, so the minutes are locked and numbered by the same
// rules as a real group's.
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { carryOverIntoAgenda } from "~/models/agenda.server";
import { addAgendaItem, getAgendaMeeting, isRefusal, listAgendaSections, publishAgenda } from "~/models/agenda-item.server";
import { approveMinutes } from "~/models/approval.server";
import { saveAttendance } from "~/models/attendance.server";
import { followUpMandate as followUpAtMeeting, recordDecision, type MandateInput } from "~/models/decision.server";
import { followUpMandate as postProgress } from "~/models/mandate.server";
import { holdMeeting, sendMinutesForApproval } from "~/models/minutes.server";
import { recordPerCapsulamDecision } from "~/models/per-capsulam.server";
import { defaultMeetingTitle } from "~/models/meeting-name";
import { getSessionUser } from "~/models/user.server";
import { atInstant } from "~/utils/clock";
import { addCalendarDays, daysBetween, formatDay, stockholmInstant } from "~/utils/dates";
import { plainTextToRichText } from "~/utils/rich-text.server";

export type LivingContext = {
  groupId: number;
  unitId: number;
  users: { secretary: number; chair: number; member: number; staff: number };
  novemberMeetingId: number;
  calls: { POA1: number; POA2: number };
  /** The two directive mandates of 3 September 2025, due at 13 November 2025. */
  directives: { handslaget2: number; longTermUnemployed: number };
  /** The 29 April 2025 "För-handslaget" mandate, still in progress after 3 September. */
  forhandslaget: number;
};

/** The first meeting after the seed: named in the seed minutes as the date both mandates are due. */
export const NOVEMBER_2025 = "2025-11-13";
const PLACE = "Växjö, Kommunhuset";

/** The Thursday on or before / on or after a day: ASK meets on Thursdays (demo). */
function thursdayOnOrBefore(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addCalendarDays(day, -((weekday - 4 + 7) % 7));
}
function thursdayOnOrAfter(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addCalendarDays(day, (4 - weekday + 7) % 7);
}

/**
 * The meetings from 13 November 2025 to a few weeks after today: every one
 * before today held, the last of them a week or more ago, and one upcoming.
 * Null when today is too close to 13 November 2025 for a living story: then
 * that meeting stays the planned one, as the seed has it.
 */
export function demoSchedule(today: string): { held: string[]; upcoming: string } | null {
  const recent = thursdayOnOrBefore(addCalendarDays(today, -7));
  if (recent < NOVEMBER_2025) return null;
  const upcoming = thursdayOnOrAfter(addCalendarDays(today, 14));
  const span = daysBetween(NOVEMBER_2025, recent);
  if (span < 35) return { held: [NOVEMBER_2025], upcoming };
  // About every eleven weeks in between.
  const between = Math.max(0, Math.round(span / 77) - 1);
  const held = [NOVEMBER_2025];
  for (let k = 1; k <= between; k += 1) {
    const day = thursdayOnOrBefore(addCalendarDays(NOVEMBER_2025, Math.round((span * k) / (between + 1))));
    if (day > held[held.length - 1] && daysBetween(day, recent) >= 21) held.push(day);
  }
  held.push(recent);
  return { held, upcoming };
}

/** What the meetings between November 2025 and the last one decide, in turn (invented). */
const THEMES: Array<{ title: string; background: string; decision: string; task: string; due: "next" | "date" }> = [
  {
    title: "Lägesbild: arbetsmarknaden i Kronobergs län",
    background: "Arbetslösheten i länet har ökat under året, främst bland unga och bland personer som varit utan arbete länge. Kommunerna efterfrågar en gemensam lägesbild som underlag för prioriteringar.",
    decision: "Styrgruppen ger Projektenhet Kronoberg i uppdrag att ta fram en lägesbild över arbetsmarknaden i länet till nästa möte.",
    task: "ta fram en lägesbild över arbetsmarknaden i Kronobergs län",
    due: "next",
  },
  {
    title: "Samverkan med Arbetsförmedlingen",
    background: "Arbetsförmedlingens nya uppdrag förändrar hur kommunerna och myndigheten arbetar tillsammans. Forum har lyft behovet av en gemensam överenskommelse för länet.",
    decision: "Styrgruppen ger Projektenhet Kronoberg i uppdrag att föreslå former för samverkan med Arbetsförmedlingen och återkomma till nästa möte.",
    task: "föreslå former för samverkan med Arbetsförmedlingen",
    due: "next",
  },
  {
    title: "Kompetensförsörjning inom vård och omsorg",
    background: "Flera kommuner har svårt att rekrytera undersköterskor. Verksamhetsgruppen föreslår att möjligheten till ett gemensamt projekt undersöks.",
    decision: "Styrgruppen ger Projektenhet Kronoberg i uppdrag att kartlägga kommunernas behov av kompetens inom vård och omsorg.",
    task: "kartlägga kommunernas behov av kompetens inom vård och omsorg",
    due: "next",
  },
  {
    title: "Projektidé: unga som varken arbetar eller studerar",
    background: "Antalet unga som varken arbetar eller studerar har ökat i fyra av länets kommuner. Idén är ett gemensamt projekt med det kommunala aktivitetsansvaret.",
    decision: "Styrgruppen ger Projektenhet Kronoberg i uppdrag att ta fram en projektidé om unga som varken arbetar eller studerar.",
    task: "ta fram en projektidé om unga som varken arbetar eller studerar",
    due: "next",
  },
];

type Step = { db: Kysely<Database>; ctx: LivingContext };

const at = (day: string, time: string) => new Date(stockholmInstant(day, time));

async function itemsOf(db: Kysely<Database>, meetingId: number) {
  return db
    .selectFrom("agenda_item")
    .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
    .select(["agenda_item.id", "agenda_item.title", "agenda_item.version", "agenda_item.mandate_id", "agenda_item.outcome", "agenda_section.kind"])
    .where("agenda_item.meeting_id", "=", meetingId)
    .orderBy("agenda_section.position")
    .orderBy("agenda_item.position")
    .execute();
}

async function addDecisionItem(db: Kysely<Database>, meetingId: number, userId: number, title: string, background: string | null, callId: number | null = null) {
  const meeting = (await getAgendaMeeting(db, meetingId))!;
  const sections = await listAgendaSections(db, meetingId);
  const section = sections.find((s) => s.kind === "decision")!;
  const result = await addAgendaItem(
    db,
    meeting,
    { sectionId: section.id, title, presentation: null, presenter: "Projektenhet Kronoberg", background: background ? plainTextToRichText(background) : null, proposal: null, mandateId: null, callId, projectId: null },
    userId,
  );
  if (isRefusal(result)) throw new Error(`demo: could not add "${title}": ${result.refused}`);
  return result.id;
}

const mandateTo = (ctx: LivingContext, task: string, due: MandateInput["due"], callId: number | null = null): MandateInput => ({ unitId: ctx.unitId, task, due, callId, projectId: null });

/**
 * One held meeting, from its notice to its minutes: the agenda the carry-over
 * rule made plus the decision items given, published a week ahead, held,
 * every item decided or followed up, the minutes sent, and (unless it is the
 * most recent meeting) approved by the chair and the checker.
 */
async function holdDemoMeeting(
  { db, ctx }: Step,
  meetingId: number,
  day: string,
  decisions: Array<{ title: string; background: string; decision: string; mandates: MandateInput[]; callId?: number | null }>,
  followUps: (mandateId: number) => { status: "reported" | "done" | "continued"; note: string; continuation?: MandateInput },
  approve: boolean,
) {
  const { secretary, chair, member, staff } = ctx.users;
  await atInstant(at(addCalendarDays(day, -21), "10:00"), () => carryOverIntoAgenda(db, { id: meetingId, groupId: ctx.groupId, date: day }));
  const added = new Map<number, (typeof decisions)[number]>();
  await atInstant(at(addCalendarDays(day, -10), "10:00"), async () => {
    for (const d of decisions) added.set(await addDecisionItem(db, meetingId, secretary, d.title, d.background, d.callId ?? null), d);
  });
  await atInstant(at(addCalendarDays(day, -8), "09:00"), async () => {
    const meeting = (await getAgendaMeeting(db, meetingId))!;
    await publishAgenda(db, meeting, secretary);
  });
  await atInstant(at(day, "13:00"), async () => {
    await holdMeeting(db, secretary, meetingId);
    await saveAttendance(db, secretary, meetingId, [
      { userId: chair, status: "present", isChecker: false },
      { userId: member, status: "present", isChecker: true },
      { userId: secretary, status: "present", isChecker: false },
      { userId: staff, status: "present", isChecker: false },
    ]);
  });
  await atInstant(at(day, "16:30"), async () => {
    for (const item of await itemsOf(db, meetingId)) {
      const decision = added.get(item.id);
      if (decision) {
        const rich = plainTextToRichText(decision.decision);
        await recordDecision(db, secretary, { meetingId, itemId: item.id, version: item.version, outcome: "approved", decision: rich, mandates: decision.mandates }, day);
      } else if (item.mandate_id !== null) {
        const f = followUps(item.mandate_id);
        await followUpAtMeeting(db, secretary, { meetingId, itemId: item.id, status: f.status, note: f.note, continuation: f.continuation ?? null }, day);
      } else if (!item.outcome) {
        await recordDecision(db, secretary, { meetingId, itemId: item.id, version: item.version, outcome: "noted", decision: null, mandates: [] }, day);
      }
    }
  });
  await atInstant(at(addCalendarDays(day, 4), "10:00"), () => sendMinutesForApproval(db, secretary, meetingId));
  if (!approve) return;
  const version = (await db.selectFrom("meeting").select("minutes_version").where("id", "=", meetingId).executeTakeFirstOrThrow()).minutes_version;
  await atInstant(at(addCalendarDays(day, 6), "14:10"), () => approveMinutes(db, chair, meetingId, version));
  await atInstant(at(addCalendarDays(day, 7), "09:20"), () => approveMinutes(db, member, meetingId, version));
}

async function insertMeeting(db: Kysely<Database>, ctx: LivingContext, day: string): Promise<number> {
  const { id } = await db
    .insertInto("meeting")
    .values({
      group_id: ctx.groupId,
      title: defaultMeetingTitle("Styrgrupp ASK", day),
      meeting_date: day,
      start_time: "13:00",
      end_time: "15:00",
      place: PLACE,
      state: "draft",
      created_by: ctx.users.secretary,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Runs the group's life from 13 November 2025 to `today`. Returns false (and
 * does nothing) when today is too early for it: 13 November then stays planned.
 */
export async function liveOn(db: Kysely<Database>, ctx: LivingContext, today: string): Promise<boolean> {
  const schedule = demoSchedule(today);
  if (!schedule) return false;
  const step: Step = { db, ctx };
  const { held, upcoming } = schedule;

  // The year's meetings are planned ahead, so "at the next meeting" has a meeting to point at.
  await db.updateTable("meeting").set({ start_time: "13:00", end_time: "15:00", place: PLACE }).where("id", "=", ctx.novemberMeetingId).execute();
  const ids = [ctx.novemberMeetingId];
  for (const day of held.slice(1)) ids.push(await insertMeeting(db, ctx, day));
  const upcomingId = await insertMeeting(db, ctx, upcoming);

  // A call window open today (invented): the next ESF+ call, POA3.
  const { id: poa3 } = await db
    .insertInto("funding_call")
    .values({
      fund: "ESF+",
      code: "POA3",
      title: "ESF+ utlysning POA3 (demo)",
      programme_area: "A",
      opens_on: addCalendarDays(today, -30),
      closes_on: addCalendarDays(today, 90),
      application_deadline: addCalendarDays(today, 90),
      url: null,
      description: "Påhittad utlysning i demodata: insatser för personer långt från arbetsmarknaden.",
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const last = held.length - 1;
  for (const [index, day] of held.entries()) {
    const meetingId = ids[index];
    const decisions: Parameters<typeof holdDemoMeeting>[3] = [];
    if (index === 0) {
      decisions.push({
        title: "Mötesplan för 2026",
        background: "Styrgruppen föreslås mötas fem gånger under 2026, på torsdagar i Växjö.",
        decision: "Styrgruppen fastställer mötesplanen för 2026.",
        mandates: [],
      });
    } else if (index < last) {
      const theme = THEMES[(index - 1) % THEMES.length];
      decisions.push({ title: theme.title, background: theme.background, decision: theme.decision, mandates: [mandateTo(ctx, theme.task, { kind: "next" })] });
    }
    if (index === Math.max(0, last - 1)) {
      // Due a few days ago and not yet reported: the one overdue mandate the demo shows.
      decisions.push({
        title: "Deltagarstatistik för Handslaget Kronoberg",
        background: "Styrgruppen vill följa hur många deltagare projektet når i varje kommun.",
        decision: `Styrgruppen ger Projektenhet Kronoberg i uppdrag att sammanställa deltagarstatistiken för Handslaget Kronoberg senast ${formatDay(addCalendarDays(today, -4))}.`,
        mandates: [mandateTo(ctx, "sammanställa deltagarstatistiken för Handslaget Kronoberg per kommun", { kind: "date", date: addCalendarDays(today, -4) })],
      });
    }
    if (index === last) {
      decisions.push({
        title: "Projektdirektiv inför ESF+ POA3",
        background: "Utlysningen POA3 är öppen. Projektenheten föreslår en ansökan som bygger vidare på erfarenheterna från Handslaget Kronoberg.",
        decision: `Styrgruppen ger Projektenhet Kronoberg i uppdrag att ta fram ett projektdirektiv inför ansökan till ESF+ POA3 och återkomma till mötet den ${formatDay(upcoming)}.`,
        mandates: [mandateTo(ctx, "ta fram ett projektdirektiv inför ansökan till ESF+ POA3", { kind: "meeting", meetingId: upcomingId }, poa3)],
        callId: poa3,
      });
    }

    const followUps = (mandateId: number) => {
      if (index === 0) {
        // 13 November 2025: both directives reported; each goes on as the application it asked for,
        // due on the calls' application day.
        const poa1 = mandateId === ctx.directives.handslaget2;
        return {
          status: "continued" as const,
          note: "Projektdirektivet redovisades och godkändes. Arbetet fortsätter med ansökan.",
          continuation: mandateTo(
            ctx,
            poa1 ? "ta fram och lämna in ansökan ”Handslaget 2” till ESF+ POA1" : "ta fram och lämna in ansökan med inriktning på långtidsarbetslösa till ESF+ POA2",
            { kind: "date", date: "2026-03-06" },
            poa1 ? ctx.calls.POA1 : ctx.calls.POA2,
          ),
        };
      }
      return { status: "done" as const, note: "Uppdraget redovisades vid mötet. Styrgruppen tackar för redovisningen." };
    };
    await holdDemoMeeting(step, meetingId, day, decisions, followUps, index !== last);
    if (index === 0) {
      // After November: För-handslaget found no funding and is closed by the project unit.
      const closedOn = addCalendarDays(day, 1);
      const staff = await getSessionUser(db, ctx.users.staff);
      await atInstant(at(closedOn, "10:00"), () =>
        postProgress(db, staff!, ctx.forhandslaget, { body: "Inga medel att söka har hittats för gruppen. Frågan avslutas och tas upp igen om en utlysning öppnar.", status: "done" }, closedOn),
      );
    }
  }

  // The upcoming meeting: its agenda from the carry-over rule, one decision item still without background.
  const planYear = Number(upcoming.slice(0, 4)) + (upcoming.slice(5, 7) >= "09" ? 1 : 0);
  await atInstant(at(addCalendarDays(today, -6), "09:00"), async () => {
    await carryOverIntoAgenda(db, { id: upcomingId, groupId: ctx.groupId, date: upcoming });
    await addDecisionItem(db, upcomingId, ctx.users.secretary, `Verksamhetsplan för ${planYear}`, null);
  });

  // Between meetings: a per-capsulam decision (it lands on that agenda) and a progress note from the project unit.
  const decidedOn = addCalendarDays(today, -5);
  await atInstant(at(decidedOn, "15:00"), () =>
    recordPerCapsulamDecision(
      db,
      ctx.users.secretary,
      {
        groupId: ctx.groupId,
        decidedOn,
        title: "Medfinansiering av förstudie om unga vuxna",
        decision: plainTextToRichText("Styrgruppen beslutar per capsulam att medfinansiera en förstudie om unga vuxna med 50 000 kronor."),
        participants: "Per Holmberg, Anna Berg",
        mandates: [],
      },
      decidedOn,
    ),
  );
  const directive = await db.selectFrom("mandate").select("id").where("due_meeting_id", "=", upcomingId).orderBy("id").executeTakeFirst();
  const staff = await getSessionUser(db, ctx.users.staff);
  if (directive && staff) {
    const noted = addCalendarDays(today, -2);
    await atInstant(at(noted, "11:15"), () =>
      postProgress(db, staff, directive.id, { body: "Första utkastet till projektdirektivet är klart och har skickats till verksamhetsgruppen för synpunkter.", status: "in_progress" }, noted),
    );
  }

  // Yesterday the notice went out, so members see the meeting too; the secretary still sees what is missing.
  await atInstant(at(addCalendarDays(today, -1), "10:00"), async () => {
    await publishAgenda(db, (await getAgendaMeeting(db, upcomingId))!, ctx.users.secretary);
  });
  return true;
}

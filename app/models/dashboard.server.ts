// The home page per role: staff see their unit's mandates and the dates ahead;
// the secretary what the next meeting still lacks; members what awaits them.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { listMinutesAwaitingApproval } from "./approval.server";
import { datesInRange, listTimelineItems, type TimelineLabels } from "./deadline.server";
import { listGroupsForUser } from "./group.server";
import { dueStateSql } from "./mandate-due";
import { dueSqlInputs, searchMandates } from "./mandate.server";
import { listMeetings } from "./meeting.server";
import type { SessionUser } from "./user.server";
import { addCalendarDays } from "~/utils/dates";
import { DEFAULT_FILTER } from "~/validation/mandate-filter";

export const DASHBOARD_DEADLINE_DAYS = 90;

export async function getDashboard(db: Kysely<Database>, user: SessionUser, today: string, labels: TimelineLabels) {
  const [groups, meetings] = await Promise.all([listGroupsForUser(db, user), listMeetings(db, user, today, { pastLimit: 3, upcomingLimit: 50 })]);
  const roles = new Set(groups.map((g) => g.role));
  const isStaff = user.unitId !== null;
  const secretaryGroupIds = groups.filter((g) => g.role === "secretary").map((g) => g.id);
  const isMember = roles.has("member") || roles.has("chair");

  const deadlines = async () =>
    datesInRange(
      await listTimelineItems(db, user, { from: today, to: addCalendarDays(today, DASHBOARD_DEADLINE_DAYS) }, today, labels),
      today,
      addCalendarDays(today, DASHBOARD_DEADLINE_DAYS),
    );

  const staff = isStaff
    ? await (async () => {
        const filter = { ...DEFAULT_FILTER, unitId: user.unitId, status: "open" as const };
        const [mandates, overdue, dates] = await Promise.all([
          searchMandates(db, user, filter, today, { size: 10 }),
          searchMandates(db, user, { ...filter, due: "overdue" }, today, { size: 1 }),
          deadlines(),
        ]);
        return { unitId: user.unitId!, unitName: user.unitName ?? "", mandates: mandates.rows, total: mandates.total, overdueCount: overdue.total, deadlines: dates };
      })()
    : null;

  const secretary = secretaryGroupIds.length
    ? await (async () => {
        const next = meetings.upcoming.find((m) => !m.cancelledAt && secretaryGroupIds.includes(m.groupId)) ?? null;
        const cutoff = next?.date ?? today;
        const state = dueStateSql(dueSqlInputs(today), today);
        const [missingBackground, dueWithoutReport] = await Promise.all([
          next
            ? db
                .selectFrom("agenda_item")
                .innerJoin("agenda_section", "agenda_section.id", "agenda_item.section_id")
                .select(["agenda_item.id", "agenda_item.title"])
                .where("agenda_item.meeting_id", "=", next.id)
                // Oral reports ("Muntlig rapport") and other business need no written background.
                .where("agenda_section.kind", "in", ["decision", "report", "custom"])
                .where("agenda_item.presentation", "is", null)
                .where((eb) => eb.or([eb("agenda_item.background_text", "is", null), eb(eb.fn("trim", ["agenda_item.background_text"]), "=", "")]))
                .orderBy("agenda_section.position")
                .orderBy("agenda_item.position")
                .execute()
            : Promise.resolve([]),
          // Due at or before the next meeting (or today) and not answered by a
          // report: the stored report_due_on says both (the one rule), by index.
          db
            .selectFrom("mandate")
            .innerJoin("group", "group.id", "mandate.group_id")
            .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
            .select(["mandate.id", "mandate.task", "mandate.due_date", "mandate.due_meeting_id", "mandate.due_on", "group.short_name", "unit.name as unit_name", state.as("due_state")])
            .where("mandate.group_id", "in", secretaryGroupIds)
            .where("mandate.report_due_on", "<=", cutoff)
            .orderBy("mandate.report_due_on")
            .orderBy("mandate.id")
            .limit(100)
            .execute(),
        ]);
        return {
          nextMeeting: next,
          missingBackground,
          // The stored due day is the meeting's current day when it is due at one.
          dueWithoutReport: dueWithoutReport.map(({ due_on, due_meeting_id, ...m }) => ({ ...m, due_meeting_date: m.due_date === null && due_meeting_id !== null ? due_on : null })),
        };
      })()
    : null;

  const member = isMember ? { awaitingApproval: await listMinutesAwaitingApproval(db, user) } : null;

  const fallback =
    !staff && !secretary
      ? {
          mandates: (await searchMandates(db, user, { ...DEFAULT_FILTER, status: "open" }, today, { size: 8, count: false })).rows,
          deadlines: await deadlines(),
        }
      : null;

  return {
    groups,
    nextMeeting: meetings.upcoming.find((m) => !m.cancelledAt) ?? null,
    latest: meetings.past.slice(0, 3),
    staff,
    secretary,
    member,
    fallback,
  };
}

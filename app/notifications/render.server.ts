// What each kind of notification says, written when the worker sends it, from
// the data as it is then. Null means there is nothing to say any more (the
// mandate was withdrawn, the minutes approved meanwhile): the row is skipped
// with that reason.
import type { Kysely, Selectable } from "kysely";
import type { Database, NotificationTable } from "../../db/schema";
import { messagesFor } from "~/i18n";
import { getAgendaMeeting, getAgendaView, listAgendaChanges } from "~/models/agenda-item.server";
import { CLOSED_STATUSES, formatDuePoint } from "~/models/mandate-due";
import { renderAgendaPdf } from "~/pdf/agenda-pdf.server";
import { formatDay, formatMeetingWhen } from "~/utils/dates";
import { calendarUid, installationId, meetingInvitation } from "./calendar.server";
import type { Content, Recipient } from "./compose.server";
import { notificationConfig } from "./config.server";
import { renderRoundNotification, roundLink } from "~/rounds/mail.server";

type Row = Selectable<NotificationTable>;
export type Rendered = Content | { skip: string };

const agendaPdfs = new Map<string, Buffer>();

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The page a notification is about (also the digest's link to it). */
export function linkFor(row: Pick<Row, "kind" | "meeting_id" | "mandate_id" | "call_id"> & { data_json?: string | null }): string {
  if (row.kind.startsWith("round_")) return roundLink(row.data_json ?? null);
  if (row.mandate_id) return `/mandates/${row.mandate_id}`;
  if (row.kind === "meeting_notice" && row.meeting_id) return `/meetings/${row.meeting_id}/agenda`;
  if (row.meeting_id) return `/meetings/${row.meeting_id}`;
  if (row.call_id) return `/deadlines#call-${row.call_id}`;
  if (row.kind === "overdue_digest") return "/mandates?due=overdue";
  return "/";
}

function organizerFrom(mailFrom: string, name: string) {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return { name, email: address };
}

export async function renderNotification(db: Kysely<Database>, row: Row, recipient: Recipient): Promise<Rendered> {
  const t = messagesFor(recipient.locale);
  const m = t.notifications.mail;
  const data = (row.data_json ? JSON.parse(row.data_json) : {}) as Record<string, unknown>;
  const link = linkFor(row);
  const locale = recipient.locale;

  switch (row.kind) {
    case "meeting_notice": {
      const meeting = await getAgendaMeeting(db, row.meeting_id!);
      if (!meeting) return { skip: "meeting removed" };
      const extra = await db.selectFrom("meeting").select(["calendar_sequence", "cancelled_at", "updated_at"]).where("id", "=", meeting.id).executeTakeFirstOrThrow();
      const earlier = await db
        .selectFrom("notification")
        .select("id")
        .where("kind", "=", "meeting_notice")
        .where("meeting_id", "=", meeting.id)
        .where("recipient_id", "=", recipient.id)
        .where("state", "=", "sent")
        .where("id", "!=", row.id)
        .executeTakeFirst();
      const cancelled = extra.cancelled_at !== null;
      if (cancelled && !earlier) return { skip: "cancelled before any notice reached this person" };
      if (!cancelled && meeting.state !== "agenda_published") return { skip: `meeting is ${meeting.state}` };
      const when = formatMeetingWhen(meeting, locale);
      const facts: [string, string][] = [
        [m.when, when],
        [m.place, meeting.place ?? m.noPlace],
      ];
      const invitation = meetingInvitation({
        uid: calendarUid(await installationId(db), { kind: "meeting", id: meeting.id }),
        sequence: extra.calendar_sequence,
        method: cancelled ? "CANCEL" : "REQUEST",
        title: meeting.title,
        description: `${meeting.groupName}\n${notificationConfig().publicUrl}${link}`,
        location: meeting.place,
        url: notificationConfig().publicUrl + link,
        date: meeting.date,
        startTime: meeting.startTime,
        endTime: meeting.endTime,
        organizer: organizerFrom(notificationConfig().mailFrom, meeting.groupName),
        attendee: { name: recipient.name, email: recipient.email },
      });
      const icalEvent = { method: cancelled ? ("CANCEL" as const) : ("REQUEST" as const), filename: "invite.ics", content: invitation };
      if (cancelled) {
        return { subject: m.noticeCancelledSubject(meeting.title), blocks: [{ kind: "p", text: m.noticeCancelledIntro(meeting.groupName) }, { kind: "facts", rows: facts }], link, icalEvent };
      }
      const [sections, changes] = await Promise.all([getAgendaView(db, meeting), listAgendaChanges(db, meeting)]);
      // One PDF per version of the agenda and language, not one per member.
      const pdfKey = `${meeting.id}:${locale}:${extra.updated_at}:${meeting.agendaRevision}`;
      let pdf = agendaPdfs.get(pdfKey);
      if (!pdf) {
        pdf = await renderAgendaPdf({ meeting, sections, changes, t, locale });
        agendaPdfs.set(pdfKey, pdf);
        if (agendaPdfs.size > 20) agendaPdfs.delete(agendaPdfs.keys().next().value!);
      }
      const filename = `${t.notifications.mail.agenda.toLowerCase()}-${meeting.groupShortName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${meeting.date}.pdf`;
      const blocks: Content["blocks"] = [
        { kind: "p", text: earlier ? m.noticeUpdatedIntro(meeting.groupName) : m.noticeIntro(meeting.groupName) },
        { kind: "facts", rows: facts },
      ];
      for (const section of sections) {
        if (!section.items.length) continue;
        blocks.push({ kind: "list", title: section.title ?? t.sections[section.kind], items: section.items.map((i) => ({ text: `${i.number}. ${i.title}${i.presentation ? ` (${i.presentation})` : ""}` })) });
      }
      blocks.push({ kind: "p", text: m.attachedPdf });
      return {
        subject: earlier ? m.noticeUpdatedSubject(meeting.title) : m.noticeSubject(meeting.title),
        blocks,
        link,
        attachments: [{ filename, content: pdf, contentType: "application/pdf" }],
        icalEvent,
      };
    }
    case "approval_requested":
    case "approval_reminder": {
      const meeting = await db.selectFrom("meeting").select(["id", "title", "state", "minutes_version"]).where("id", "=", row.meeting_id!).executeTakeFirst();
      if (!meeting || meeting.state !== "minutes_drafted") return { skip: "minutes no longer awaiting approval" };
      const approval = await db.selectFrom("approval").select(["role", "state", "minutes_version"]).where("meeting_id", "=", meeting.id).where("user_id", "=", recipient.id).executeTakeFirst();
      if (!approval) return { skip: "no longer asked to approve" };
      if (approval.state !== "pending" && approval.minutes_version === meeting.minutes_version) return { skip: `already ${approval.state}` };
      return {
        subject: row.kind === "approval_reminder" ? m.approvalReminderSubject(meeting.title) : m.approvalSubject(meeting.title),
        blocks: [{ kind: "p", text: m.approvalIntro(meeting.title, m.approvalRoles[approval.role]) }],
        link,
      };
    }
    case "approval_done":
    case "approval_returned": {
      const meeting = await db.selectFrom("meeting").select(["title"]).where("id", "=", row.meeting_id!).executeTakeFirst();
      if (!meeting) return { skip: "meeting removed" };
      if (row.kind === "approval_done") return { subject: m.approvalDoneSubject(meeting.title), blocks: [{ kind: "p", text: m.approvalDoneIntro(meeting.title) }], link };
      const by = await db.selectFrom("user").select("name").where("id", "=", Number(data.byUserId)).executeTakeFirst();
      return {
        subject: m.approvalReturnedSubject(meeting.title),
        blocks: [{ kind: "p", text: m.approvalReturnedIntro(by?.name ?? "?", meeting.title) }, { kind: "quote", text: String(data.comment ?? "") }],
        link,
      };
    }
    case "mandate_given":
    case "mandate_reminder":
    case "mandate_followed_up": {
      const mandate = await db
        .selectFrom("mandate")
        .innerJoin("group", "group.id", "mandate.group_id")
        .leftJoin("unit", "unit.id", "mandate.assignee_unit_id")
        .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
        .leftJoin("agenda_item", "agenda_item.id", "mandate.given_by_item_id")
        .leftJoin("meeting as given_meeting", "given_meeting.id", "agenda_item.meeting_id")
        .leftJoin("per_capsulam_decision as pc", "pc.id", "mandate.given_by_per_capsulam_id")
        .select([
          "mandate.id",
          "mandate.task",
          "mandate.status",
          "mandate.due_date",
          "mandate.due_text",
          "group.name as group_name",
          "unit.name as unit_name",
          "due_meeting.meeting_date as due_meeting_date",
          "agenda_item.title as item_title",
          "agenda_item.paragraph as item_paragraph",
          "given_meeting.title as given_meeting_title",
          "pc.title as pc_title",
          "pc.decided_on as pc_decided_on",
        ])
        .where("mandate.id", "=", row.mandate_id!)
        .executeTakeFirst();
      if (!mandate) return { skip: "mandate withdrawn" };
      const task = capitalise(mandate.task);
      const due = formatDuePoint({ dueDate: mandate.due_date, dueMeetingDate: mandate.due_meeting_date, dueText: mandate.due_text }, locale);
      const decision = mandate.item_title
        ? `${mandate.given_meeting_title}: ${mandate.item_paragraph ? `§ ${mandate.item_paragraph} ` : ""}${mandate.item_title}`
        : mandate.pc_title
          ? `${mandate.pc_title} (${formatDay(mandate.pc_decided_on!, locale)})`
          : "";
      const facts: [string, string][] = [[m.task, task], ...(decision ? [[m.decision, decision] as [string, string]] : []), [m.due, due]];
      if (row.kind === "mandate_given") {
        return { subject: m.mandateGivenSubject(task), blocks: [{ kind: "p", text: m.mandateGivenIntro(mandate.group_name, mandate.unit_name ?? "?") }, { kind: "facts", rows: facts }], link };
      }
      if (row.kind === "mandate_reminder") {
        if (CLOSED_STATUSES.includes(mandate.status) || mandate.status === "reported") return { skip: `mandate is ${mandate.status}` };
        const days = Number(data.days);
        return { subject: m.mandateReminderSubject(days, task), blocks: [{ kind: "p", text: m.mandateReminderIntro(days) }, { kind: "facts", rows: facts }], link };
      }
      const entry = await db
        .selectFrom("mandate_entry")
        .leftJoin("user", "user.id", "mandate_entry.author_id")
        .select(["mandate_entry.body", "mandate_entry.status_after", "user.name"])
        .where("mandate_entry.id", "=", Number(data.entryId))
        .executeTakeFirst();
      if (!entry) return { skip: "entry removed" };
      const name = entry.name ?? "?";
      const rows: [string, string][] = [[m.task, task], ...(entry.status_after ? [[m.status, t.mandateStatuses[entry.status_after]] as [string, string]] : [])];
      return {
        subject: m.followedUpSubject(name, task),
        blocks: [{ kind: "p", text: m.followedUpIntro(name) }, { kind: "facts", rows }, ...(entry.body ? [{ kind: "quote" as const, text: entry.body }] : [])],
        link,
      };
    }
    case "overdue_digest": {
      const ids = (data.mandateIds as number[] | undefined) ?? [];
      const mandates = ids.length
        ? await db
            .selectFrom("mandate")
            .leftJoin("meeting as due_meeting", "due_meeting.id", "mandate.due_meeting_id")
            .select(["mandate.id", "mandate.task", "mandate.status", "mandate.due_date", "mandate.due_text", "due_meeting.meeting_date as due_meeting_date"])
            .where("mandate.id", "in", ids)
            .orderBy("mandate.id")
            .execute()
        : [];
      const open = mandates.filter((x) => !CLOSED_STATUSES.includes(x.status) && x.status !== "reported");
      if (!open.length) return { skip: "nothing overdue any more" };
      return {
        subject: m.overdueSubject(open.length),
        blocks: [
          { kind: "p", text: m.overdueIntro },
          {
            kind: "list",
            items: open.map((x) => ({ text: `${capitalise(x.task)}, ${formatDuePoint({ dueDate: x.due_date, dueMeetingDate: x.due_meeting_date, dueText: x.due_text }, locale)}`, href: `/mandates/${x.id}` })),
          },
        ],
        link,
      };
    }
    case "call_reminder": {
      const call = await db.selectFrom("funding_call").select(["fund", "code", "title", "application_deadline", "closes_on"]).where("id", "=", row.call_id!).executeTakeFirst();
      if (!call) return { skip: "call removed" };
      const name = `${call.fund} ${call.code}`;
      const day = call.application_deadline ?? call.closes_on;
      return { subject: m.callSubject(name, Number(data.days)), blocks: [{ kind: "p", text: m.callIntro(name, formatDay(day, locale)) }, { kind: "p", text: call.title }], link };
    }
    case "round_asked":
    case "round_reminder":
    case "round_result":
      return renderRoundNotification(db, row.kind, Number(data.roundId), recipient, link);
    case "daily_digest": {
      const rows = await db.selectFrom("notification").select(["kind", "subject", "meeting_id", "mandate_id", "call_id", "data_json"]).where("digest_id", "=", row.id).orderBy("id").execute();
      if (!rows.length) return { skip: "empty digest" };
      return {
        subject: m.digestSubject(rows.length),
        blocks: [{ kind: "p", text: m.digestIntro }, { kind: "list", items: rows.map((r) => ({ text: r.subject ?? r.kind, href: linkFor(r) })) }],
        link: "/",
      };
    }
    default:
      return { skip: `unknown kind ${row.kind}` };
  }
}

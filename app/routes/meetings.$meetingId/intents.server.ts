// The meeting page's actions, one `intent` each: attendance, decisions and
// their mandates, follow-up of report-back items, stances, sending, approval
// and corrections. Each checks the role (403), parses its form (400 with the
// input kept), and calls one model function; refusals from the models and the
// database lock come back as Swedish messages (409).
import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database, Role } from "../../../db/schema";
import type { Messages } from "~/i18n";
import { approveMinutes, returnMinutes } from "~/models/approval.server";
import { addSubstitute, removeSubstitute, saveAttendance } from "~/models/attendance.server";
import { followUpMandate, markStance, recordDecision, withdrawMandate } from "~/models/decision.server";
import { markImportReviewed } from "~/models/meeting-import.server";
import { holdMeeting, recordCorrection, sendMinutesForApproval } from "~/models/minutes.server";
import { canCorrectMinutes, canMarkStance, canRecordDecisions, canSendMinutes } from "~/models/permissions";
import { forbidden, notFound } from "~/utils/auth.server";
import { today } from "~/utils/dates";
import { readRichText, refusalReply, richTextError, type MinutesActionData, withMandateRowsChanged } from "~/utils/minutes-form.server";
import {
  attendanceSchema,
  correctionSchema,
  decisionSchema,
  followUpSchema,
  returnSchema,
  stanceSchema,
  substituteSchema,
  toMandateInput,
} from "~/validation/minutes";

type IntentArgs = { db: Kysely<Database>; userId: number; meetingId: number; role: Role; t: Messages; formData: FormData };

export async function handleMeetingIntent({ db, userId, meetingId, role, t, formData }: IntentArgs) {
  const user = { id: userId };
  const intent = String(formData.get("intent") ?? "");
  const back = (anchor = "") => redirect(`/meetings/${meetingId}${anchor}`, 303);
  const require = (allowed: boolean) => {
    if (!allowed) throw forbidden();
  };

  const fail = (schemaIntent: string, itemId: number | null, result: MinutesActionData["result"], status = 400) =>
    data<MinutesActionData>({ intent: schemaIntent, itemId, result }, { status });

  switch (intent) {
    case "hold": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      try {
        await holdMeeting(db, user.id, meetingId);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back();
    }
    case "decision": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: decisionSchema(t) });
      const itemId = Number(formData.get("itemId")) || null;
      const change = formData.get("change");
      if (typeof change === "string") {
        // "Add a mandate" / "Remove this mandate": the form comes back with one row more or less.
        const initialValue = withMandateRowsChanged(submission.reply().initialValue, change, { dueKind: "next" });
        return data<MinutesActionData>({ intent, itemId, result: { initialValue } });
      }
      if (submission.status !== "success") return fail(intent, itemId, submission.reply(), submission.status === "error" ? 400 : 200);
      const rich = readRichText(submission.value.decision);
      if (!rich.ok) return fail(intent, itemId, submission.reply({ fieldErrors: { decision: [richTextError(t, rich.error)] } }));
      try {
        await recordDecision(
          db,
          user.id,
          { meetingId, itemId: submission.value.itemId, version: submission.value.version, outcome: submission.value.outcome, decision: rich.value, mandates: submission.value.mandates.map(toMandateInput) },
          today(),
        );
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, itemId);
      }
      return back(`#item-${submission.value.itemId}`);
    }
    case "followUp": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: followUpSchema(t) });
      const itemId = Number(formData.get("itemId")) || null;
      if (submission.status !== "success") return fail(intent, itemId, submission.reply(), submission.status === "error" ? 400 : 200);
      const { status, note, mandates } = submission.value;
      try {
        await followUpMandate(
          db,
          user.id,
          { meetingId, itemId: submission.value.itemId, status, note: note || null, continuation: status === "continued" && mandates[0] ? toMandateInput(mandates[0]) : null },
          today(),
        );
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, itemId);
      }
      return back(`#item-${submission.value.itemId}`);
    }
    case "withdrawMandate": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      const mandateId = Number(formData.get("mandateId"));
      const itemId = Number(formData.get("itemId")) || null;
      if (!Number.isInteger(mandateId) || mandateId <= 0) throw notFound();
      try {
        await withdrawMandate(db, user.id, meetingId, mandateId);
      } catch (error) {
        return refusalReply(t, error, submission.reply, "decision", itemId);
      }
      return back(itemId ? `#item-${itemId}` : "");
    }
    case "stance": {
      require(canMarkStance(role));
      const submission = parseWithZod(formData, { schema: stanceSchema(t) });
      const itemId = Number(formData.get("itemId")) || null;
      if (submission.status !== "success") return fail(intent, itemId, submission.reply());
      try {
        await markStance(db, user.id, { meetingId, itemId: submission.value.itemId, stance: submission.value.stance, reason: submission.value.reason ?? null });
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, itemId);
      }
      return back(`#item-${submission.value.itemId}`);
    }
    case "attendance": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: attendanceSchema(t) });
      if (submission.status !== "success") return fail(intent, null, submission.reply());
      const { person, status, checker } = submission.value;
      const rows = person
        .map((userId, index) => ({ userId, status: status[index], isChecker: checker.includes(userId) }))
        .filter((r): r is { userId: number; status: "present" | "absent"; isChecker: boolean } => r.status === "present" || r.status === "absent");
      try {
        await saveAttendance(db, user.id, meetingId, rows);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#attendance");
    }
    case "addSubstitute": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: substituteSchema(t) });
      if (submission.status !== "success") return fail(intent, null, submission.reply());
      try {
        await addSubstitute(db, user.id, meetingId, { name: submission.value.name, represents: submission.value.represents || null, substituteFor: submission.value.substituteFor });
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#attendance");
    }
    case "removeSubstitute": {
      require(canRecordDecisions(role));
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      const attendanceId = Number(formData.get("attendanceId"));
      if (!Number.isInteger(attendanceId) || attendanceId <= 0) throw notFound();
      try {
        await removeSubstitute(db, user.id, meetingId, attendanceId);
      } catch (error) {
        return refusalReply(t, error, submission.reply, "addSubstitute", null);
      }
      return back("#attendance");
    }
    case "send": {
      require(canSendMinutes(role));
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      try {
        await sendMinutesForApproval(db, user.id, meetingId);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#approval");
    }
    case "approve": {
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      const version = Number(formData.get("minutesVersion"));
      try {
        await approveMinutes(db, user.id, meetingId, Number.isInteger(version) ? version : -1);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#approval");
    }
    case "return": {
      const submission = parseWithZod(formData, { schema: returnSchema(t) });
      if (submission.status !== "success") return fail(intent, null, submission.reply());
      try {
        await returnMinutes(db, user.id, meetingId, submission.value.comment);
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#approval");
    }
    case "reviewImport": {
      // The secretary has compared the imported meeting with its original file.
      require(canCorrectMinutes(role));
      if (!(await markImportReviewed(db, { meetingId, userId }))) throw notFound();
      return back("#import-review");
    }
    case "correction": {
      require(canCorrectMinutes(role));
      const submission = parseWithZod(formData, { schema: correctionSchema(t) });
      if (submission.status !== "success") return fail(intent, null, submission.reply());
      try {
        await recordCorrection(db, user.id, { meetingId, itemId: submission.value.itemId ?? null, field: submission.value.field, after: submission.value.after, reason: submission.value.reason });
      } catch (error) {
        return refusalReply(t, error, submission.reply, intent, null);
      }
      return back("#corrections");
    }
    default: {
      const submission = parseWithZod(formData, { schema: returnSchema(t).pick({}) });
      return fail("unknown", null, submission.reply({ formErrors: [t.minutes.errors.badIntent] }));
    }
  }
}

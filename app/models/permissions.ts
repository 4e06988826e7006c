// Who may do what in a group: the one place for these rules. Loaders and
// actions ask here; components only hide what the server would refuse anyway.
import type { MeetingState, Role } from "../../db/schema";

const PREPARERS: Role[] = ["secretary", "chair"];

/** Drafts are the secretary's (and the chair's) until the agenda is published. */
export function canSeeMeeting(role: Role | null, state: MeetingState): boolean {
  if (!role) return false;
  return state !== "draft" || PREPARERS.includes(role);
}

export function canEditAgenda(role: Role | null): boolean {
  return role === "secretary";
}

/** The agenda can change until the meeting is held; then the minutes take over. */
export function agendaIsOpen(state: MeetingState): boolean {
  return state === "draft" || state === "agenda_published";
}

export function canPlanMeeting(role: Role | null): boolean {
  return role === "secretary";
}

/** Outcomes, decision texts and attendance during the meeting. */
export function canRecordDecisions(role: Role | null): boolean {
  return role === "secretary" || role === "chair";
}

export function canMarkStance(role: Role | null): boolean {
  return role === "chair" || role === "member";
}

/** Progress notes and status: staff of the assignee unit, and the group's secretary. */
export function canFollowUpMandate(
  role: Role | null,
  user: { unitId: number | null },
  assigneeUnitId: number | null,
): boolean {
  if (role === "secretary") return true;
  return assigneeUnitId !== null && user.unitId === assigneeUnitId;
}

/** Funding calls and project records: the unit staff who track them, any group's secretary, and admins. */
export function canManageCallsAndProjects(user: { isAdmin: boolean; unitId: number | null }, roles: Array<Role | null>): boolean {
  return user.isAdmin || user.unitId !== null || roles.includes("secretary");
}

/** Starting the meeting, sending the minutes, corrections, per-capsulam decisions: the secretary's. */
export function canSendMinutes(role: Role | null): boolean {
  return role === "secretary";
}

export function canCorrectMinutes(role: Role | null): boolean {
  return role === "secretary";
}

export function canRecordPerCapsulam(role: Role | null): boolean {
  return role === "secretary";
}

/** The meeting's history (audit log) is shown to the secretary. */
export function canSeeMeetingHistory(role: Role | null): boolean {
  return role === "secretary";
}

/**
 * The papers on an agenda item: the group's secretary, and the staff of the unit
 * that reports on the item (the assignee of the mandate it follows up).
 */
export function canManageItemDocuments(role: Role | null, user: { unitId: number | null }, reportingUnitId: number | null): boolean {
  if (role === "secretary") return true;
  return role !== null && reportingUnitId !== null && user.unitId === reportingUnitId;
}

/** An item's documents change until the minutes are approved; then they are locked with them. */
export function itemDocumentsAreOpen(state: MeetingState): boolean {
  return state !== "minutes_approved";
}

/** A group's members and their roles: the group's secretary (and administrators). */
export function canManageMembers(user: { isAdmin: boolean }, role: Role | null): boolean {
  return user.isAdmin || role === "secretary";
}

/** Per-capsulam rounds (app/rounds): the members asked by default when a round opens. */
export const ROUND_VOTING_ROLES: Role[] = ["chair", "member"];

/** Opening a round and setting the group's rule for rounds: the group's secretary, and administrators. */
export function canOpenRound(user: { isAdmin: boolean }, role: Role | null): boolean {
  return user.isAdmin || role === "secretary";
}

/** Everyone in the group sees its rounds (who is asked, who has answered) and, once closed, the result. */
export function canSeeRound(role: Role | null): boolean {
  return role !== null;
}

/** Only a member asked in the round answers, and only while it is open. */
export function canAnswerRound(asked: boolean, state: "open" | "passed" | "failed"): boolean {
  return asked && state === "open";
}

/** How others answered: once the round has closed, or while open when the group keeps answers open. */
export function canSeeRoundAnswers(state: "open" | "passed" | "failed", answersOpen: boolean): boolean {
  return state !== "open" || answersOpen;
}

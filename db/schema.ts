// The Database interface: one XTable interface per table, as Kysely's docs do.
// Calendar days are `YYYY-MM-DD` text; instants are ISO-8601 timestamps (UTC).
// Rich text is stored twice: Tiptap JSON (`*_json`) and a plain-text copy (`*_text`).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** An ISO timestamp the database fills in on insert. */
type CreatedAt = ColumnType<string, string | undefined, never>;
type UpdatedAt = ColumnType<string, string | undefined, string>;

export type GroupKind = "styrgrupp" | "verksamhetsgrupp" | "forum" | "other";
export type Role = "secretary" | "chair" | "member" | "staff" | "viewer";
export type MeetingState =
  | "draft"
  | "agenda_published"
  | "held"
  | "minutes_drafted"
  | "minutes_approved";
export type SectionKind = "decision" | "report" | "per_capsulam" | "other" | "custom";
export type Outcome = "approved" | "approved_as_amended" | "rejected" | "deferred" | "noted";
export type AttendanceStatus = "present" | "absent" | "substitute";
export type MandateStatus = "given" | "in_progress" | "reported" | "done" | "cancelled" | "continued";
export type MandateEntryKind = "given" | "progress" | "reported" | "status" | "continued" | "on_agenda";
export type ProjectStatus = "idea" | "directive" | "application" | "granted" | "running" | "closed";
export type DeadlineKind = "final_report" | "project_end" | "application" | "other";
export type Stance = "for" | "against" | "reservation";
export type ApprovalRole = "chair" | "checker";
export type ApprovalState = "pending" | "approved" | "returned";
/** How much of each item's background the minutes print (a group setting). */
export type MinutesBackground = "full" | "summary" | "none";

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  title: string | null;
  password_hash: string;
  is_admin: ColumnType<number, number | undefined, number>;
  unit_id: number | null;
  locale: string | null;
  calendar_token: string | null;
  /** Set when an administrator deactivates the person: no sign-in, their work stays attributed. */
  deactivated_at: string | null;
  /** The `sub` of their organisation's OpenID Connect account, linked at first OIDC sign-in. */
  oidc_subject: string | null;
  password_changed_at: string | null;
  created_at: CreatedAt;
}

export interface UnitTable {
  id: Generated<number>;
  name: string;
  short_name: string | null;
  organisation: string | null;
  created_at: CreatedAt;
}

export interface GroupTable {
  id: Generated<number>;
  name: string;
  short_name: string;
  kind: GroupKind;
  /** A verksamhetsgrupp or forum belongs to its steering group. */
  parent_group_id: number | null;
  description: string | null;
  /** How much of each item's background the minutes (protokoll) print. */
  minutes_background: ColumnType<MinutesBackground, MinutesBackground | undefined, MinutesBackground>;
  /** 1: approved minutes must be posted on a notice board (anslag), with the dates recorded. */
  posts_minutes: ColumnType<number, number | undefined, number>;
  /** Per-capsulam rounds: every asked member must agree (default), or a majority with a quorum. */
  round_rule: ColumnType<RoundRule, RoundRule | undefined, RoundRule>;
  /** Under the majority rule: at least this share (percent) of those asked must answer. */
  round_quorum_percent: ColumnType<number, number | undefined, number>;
  /** 1: members see how others answered while a round is open. */
  round_answers_open: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface MembershipTable {
  id: Generated<number>;
  group_id: number;
  user_id: number;
  role: Role;
  /** The organisation the person represents in the group, e.g. "Växjö kommun". */
  represents: string | null;
  created_at: CreatedAt;
}

/** Items every new agenda of the group starts with. */
export interface StandingItemTable {
  id: Generated<number>;
  group_id: number;
  section_kind: SectionKind;
  title: string;
  presentation: string | null;
  position: number;
}

export interface MeetingTable {
  id: Generated<number>;
  group_id: number;
  title: string;
  meeting_date: string;
  start_time: string | null;
  end_time: string | null;
  place: string | null;
  state: MeetingState;
  agenda_published_at: string | null;
  /** Bumped on each edit after publishing, so the agenda shows as revised. */
  agenda_revision: ColumnType<number, number | undefined, number>;
  minutes_sent_at: string | null;
  /** Bumped on each edit of the minutes; an approval is for one version. */
  minutes_version: ColumnType<number, number | undefined, number>;
  minutes_approved_at: string | null;
  /** The invitation's SEQUENCE: raised when the meeting moves or is cancelled. */
  calendar_sequence: ColumnType<number, number | undefined, number>;
  /** Set when the meeting is called off (the invitation goes out as METHOD:CANCEL). */
  cancelled_at: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AttendanceTable {
  id: Generated<number>;
  meeting_id: number;
  user_id: number | null;
  name: string;
  represents: string | null;
  status: AttendanceStatus;
  /** For a substitute: whom they stand in for. */
  substitute_for: string | null;
  /** Picked at the meeting to check the minutes (justerare). */
  is_checker: ColumnType<number, number | undefined, number>;
}

export interface AgendaSectionTable {
  id: Generated<number>;
  meeting_id: number;
  kind: SectionKind;
  /** Null for the built-in kinds: their title comes from app/i18n. */
  title: string | null;
  position: number;
}

export interface AgendaItemTable {
  id: Generated<number>;
  meeting_id: number;
  section_id: number;
  position: number;
  /** The § number, set when the minutes go to approval; runs through the group's year. */
  paragraph: number | null;
  title: string;
  /** Kind of presentation, e.g. "Muntlig rapport". */
  presentation: string | null;
  presenter: string | null;
  background_json: string | null;
  background_text: string | null;
  proposal_json: string | null;
  proposal_text: string | null;
  decision_json: string | null;
  decision_text: string | null;
  outcome: Outcome | null;
  /** A report-back item follows up this mandate. */
  mandate_id: number | null;
  /** Reports this per-capsulam decision at the meeting. */
  per_capsulam_decision_id: number | null;
  call_id: number | null;
  project_id: number | null;
  /** A deferred item carried over from an earlier meeting. */
  carried_from_item_id: number | null;
  /** Optimistic-lock counter: a save over a newer version is refused. */
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PerCapsulamDecisionTable {
  id: Generated<number>;
  group_id: number;
  decided_on: string;
  title: string;
  decision_json: string | null;
  decision_text: string;
  participants: string | null;
  recorded_by: number | null;
  created_at: CreatedAt;
}

export type RoundRule = "unanimous" | "majority";
export type RoundState = "open" | "passed" | "failed";
export type RoundAnswerKind = "agree" | "object" | "abstain";

/** A per-capsulam round: members asked to decide between meetings (issue 18). */
export interface RoundTable {
  id: Generated<number>;
  group_id: number;
  title: string;
  background_json: string | null;
  background_text: string | null;
  proposal_json: string;
  proposal_text: string;
  mandates_json: string;
  rule: RoundRule;
  quorum_percent: number;
  answers_open: number;
  closes_at: string;
  state: ColumnType<RoundState, RoundState | undefined, RoundState>;
  opened_by: number | null;
  opened_at: string;
  closed_at: string | null;
  closed_early: ColumnType<number, number | undefined, number>;
  version: ColumnType<number, number | undefined, number>;
  per_capsulam_decision_id: number | null;
  agenda_item_id: number | null;
}

export interface RoundAnswerTable {
  id: Generated<number>;
  round_id: number;
  user_id: number;
  answer: RoundAnswerKind | null;
  reason: string | null;
  answered_at: string | null;
}

export interface MandateTable {
  id: Generated<number>;
  group_id: number;
  assignee_unit_id: number | null;
  task: string;
  /** The agenda item whose decision gave the mandate, or … */
  given_by_item_id: number | null;
  /** … the per-capsulam decision that gave it. */
  given_by_per_capsulam_id: number | null;
  given_on: string;
  due_date: string | null;
  due_meeting_id: number | null;
  /** The words the decision used for the due point, kept as written. */
  due_text: string | null;
  status: MandateStatus;
  /** Kept by the model functions (storedDueDays, app/models/mandate-due.ts): the due date or the due meeting's day. */
  due_on: Generated<string | null>;
  /** The same day while a report-back is still awaited (open and not answered), else null. */
  report_due_on: Generated<string | null>;
  continues_mandate_id: number | null;
  call_id: number | null;
  project_id: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** The follow-up trail of a mandate. */
export interface MandateEntryTable {
  id: Generated<number>;
  mandate_id: number;
  entry_date: string;
  kind: MandateEntryKind;
  meeting_id: number | null;
  agenda_item_id: number | null;
  body: string | null;
  status_after: MandateStatus | null;
  author_id: number | null;
  created_at: CreatedAt;
}

export interface FundingCallTable {
  id: Generated<number>;
  fund: string;
  code: string;
  title: string;
  programme_area: string | null;
  opens_on: string;
  closes_on: string;
  application_deadline: string | null;
  url: string | null;
  description: string | null;
  created_at: CreatedAt;
}

/**
 * Dated obligations that no other record holds: a project's final report, say.
 * Call deadlines and mandate due dates live on their own rows and are joined in
 * by app/models/deadline.server.ts, so a date is never stored twice.
 */
export interface DeadlineTable {
  id: Generated<number>;
  kind: DeadlineKind;
  due_on: string;
  title: string;
  project_id: number | null;
  call_id: number | null;
  group_id: number | null;
  created_at: CreatedAt;
}

export interface ProjectTable {
  id: Generated<number>;
  case_number: string | null;
  name: string;
  owner: string | null;
  owner_org_number: string | null;
  fund: string | null;
  programme_cci: string | null;
  programme_area: string | null;
  specific_objective: string | null;
  intervention_type: string | null;
  period_start: string | null;
  period_end: string | null;
  /** Whole kronor. */
  total_budget: number | null;
  granted_support: number | null;
  other_funding: number | null;
  other_funding_source: string | null;
  /** Percent, 0–100. */
  cofinancing_rate: number | null;
  planned_participants: number | null;
  country: string | null;
  region: string | null;
  nuts2_code: string | null;
  beneficiary_postcode: string | null;
  beneficiary_city: string | null;
  strategic_importance: number | null;
  child_poverty_theme: number | null;
  contact_name: string | null;
  contact_title: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  partners: string | null;
  summary_json: string | null;
  summary_text: string | null;
  url: string | null;
  status: ProjectStatus;
  group_id: number | null;
  call_id: number | null;
  mandate_id: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface StanceTable {
  id: Generated<number>;
  agenda_item_id: number;
  user_id: number;
  stance: Stance;
  reason: string | null;
  created_at: CreatedAt;
}

export interface ApprovalTable {
  id: Generated<number>;
  meeting_id: number;
  user_id: number;
  role: ApprovalRole;
  state: ApprovalState;
  minutes_version: number | null;
  decided_at: string | null;
  comment: string | null;
  created_at: CreatedAt;
}

/** A recorded change of approved minutes: the only way they change. */
export interface CorrectionTable {
  id: Generated<number>;
  meeting_id: number;
  agenda_item_id: number | null;
  field: string;
  before_text: string | null;
  after_text: string | null;
  reason: string;
  made_by: number;
  made_at: string;
}

/** When approved minutes were posted on the notice board (anslag) and taken down. */
export interface MinutesPostingTable {
  meeting_id: number;
  posted_on: string;
  taken_down_on: string;
  recorded_by: number | null;
  recorded_at: UpdatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  entity: string;
  entity_id: number;
  action: string;
  meeting_id: number | null;
  before_json: string | null;
  after_json: string | null;
}

/** The original file of imported minutes, kept with the meeting made from it. */
export interface ImportedDocumentTable {
  id: Generated<number>;
  meeting_id: number;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  text: string;
  imported_by: number | null;
  created_at: CreatedAt;
  /** When the secretary checked the meeting against this file (the web import's preview is a check); null: not yet. */
  reviewed_at: string | null;
  reviewed_by: number | null;
}

/** One searchable thing (migration 2026_12_02_1100_search; app/search). */
export interface SearchDocumentTable {
  id: Generated<number>;
  kind: "item" | "per_capsulam" | "mandate" | "project" | "call";
  ref_id: number;
  group_id: number | null;
  meeting_id: number | null;
  unit_id: number | null;
  paragraph: number | null;
  day: string | null;
  title: string;
  body: string;
}

/** Rows written since they were last indexed, queued by triggers. */
export interface SearchPendingTable {
  kind: SearchDocumentTable["kind"];
  ref_id: number;
}

/** A paper behind an agenda item, or a mandate's deliverable (exactly one of the two). */
export interface DocumentTable {
  id: Generated<number>;
  agenda_item_id: number | null;
  mandate_id: number | null;
  title: string;
  position: number;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** Each upload of a document's file; the highest version is the current one. */
export interface DocumentVersionTable {
  id: Generated<number>;
  document_id: number;
  version: number;
  filename: string;
  content_type: string;
  /** What the content is, by its magic bytes: pdf, docx, doc, xlsx, xls, pptx, ppt, png, jpg, gif, webp. */
  kind: string;
  size: number;
  /** The blob's key in the store (app/documents/storage.server.ts). */
  sha256: string;
  uploaded_by: number | null;
  uploaded_at: CreatedAt;
}

/** A signed-in browser. `id` is the SHA-256 of the random id in the cookie. */
export interface SessionTable {
  id: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: string;
  user_agent: string | null;
}

export type AuthTokenKind = "setup" | "invitation" | "reset";

/** A single-use link: the first administrator's setup, an invitation, a password reset. */
export interface AuthTokenTable {
  id: Generated<number>;
  kind: AuthTokenKind;
  token_hash: string;
  user_id: number | null;
  created_by: number | null;
  created_at: CreatedAt;
  expires_at: string;
  used_at: string | null;
}

export type MailStatus = "kept" | "sent" | "failed";

/** Every mail the app wrote: sent through SMTP, or kept here when there is no SMTP_URL. */
export interface MailMessageTable {
  id: Generated<number>;
  template: string;
  to_address: string;
  locale: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: MailStatus;
  error: string | null;
  created_at: CreatedAt;
  sent_at: string | null;
  /** Sends tried so far (app/mail/retry.server.ts). */
  attempts: Generated<number>;
  /** When a failed invitation is tried again; NULL: not again. */
  next_attempt_at: string | null;
}

/** rate-limiter-flexible's store: points consumed per key until `expire` (ms since epoch). */
export interface RateLimitTable {
  key: string;
  points: number;
  expire: number | null;
}

/** This installation's id, part of every calendar UID so two installations never share one. */
export interface InstallationTable {
  id: string;
  created_at: CreatedAt;
}

export type NotificationState = "pending" | "sent" | "failed" | "skipped" | "digest";

/** The outbox: one row per mail to one person, written in the transaction of the change. */
export interface NotificationTable {
  id: Generated<number>;
  kind: string;
  recipient_id: number;
  meeting_id: number | null;
  mandate_id: number | null;
  call_id: number | null;
  data_json: string | null;
  dedupe_key: string | null;
  coalesce_key: string | null;
  state: ColumnType<NotificationState, NotificationState | undefined, NotificationState>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<string, string | undefined, string>;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  to_address: string | null;
  subject: string | null;
  body_text: string | null;
  /** "smtp", or "log" when no SMTP_URL is set. */
  transport: string | null;
  message_id: string | null;
  sent_at: string | null;
  /** For a row delivered in a daily digest: the digest's row. */
  digest_id: number | null;
  created_at: CreatedAt;
}

export interface NotificationAttemptTable {
  id: Generated<number>;
  notification_id: number;
  at: string;
  worker: string;
  outcome: string;
  detail: string | null;
}

export interface NotificationPreferenceTable {
  user_id: number;
  topic: string;
  delivery: string;
  updated_at: UpdatedAt;
}

/** A scheduled job's run in one time slot, claimed by the instance that runs it (issue 15). */
export interface JobRunTable {
  job: string;
  slot: string;
  instance: string;
  started_at: Generated<string>;
  finished_at: string | null;
  error: string | null;
}

export interface Database {
  user: UserTable;
  unit: UnitTable;
  group: GroupTable;
  membership: MembershipTable;
  standing_item: StandingItemTable;
  meeting: MeetingTable;
  attendance: AttendanceTable;
  agenda_section: AgendaSectionTable;
  agenda_item: AgendaItemTable;
  per_capsulam_decision: PerCapsulamDecisionTable;
  mandate: MandateTable;
  mandate_entry: MandateEntryTable;
  funding_call: FundingCallTable;
  deadline: DeadlineTable;
  project: ProjectTable;
  stance: StanceTable;
  approval: ApprovalTable;
  correction: CorrectionTable;
  audit_log: AuditLogTable;
  imported_document: ImportedDocumentTable;
  minutes_posting: MinutesPostingTable;
  search_document: SearchDocumentTable;
  search_pending: SearchPendingTable;
  document: DocumentTable;
  document_version: DocumentVersionTable;
  session: SessionTable;
  auth_token: AuthTokenTable;
  mail_message: MailMessageTable;
  rate_limit: RateLimitTable;
  installation: InstallationTable;
  notification: NotificationTable;
  notification_attempt: NotificationAttemptTable;
  notification_preference: NotificationPreferenceTable;
  round: RoundTable;
  round_answer: RoundAnswerTable;
  job_run: JobRunTable;
}

export type User = Selectable<UserTable>;
export type Group = Selectable<GroupTable>;
export type Meeting = Selectable<MeetingTable>;
export type NewMeeting = Insertable<MeetingTable>;
export type MeetingUpdate = Updateable<MeetingTable>;
export type AgendaItem = Selectable<AgendaItemTable>;
export type NewAgendaItem = Insertable<AgendaItemTable>;
export type Mandate = Selectable<MandateTable>;
export type NewMandate = Insertable<MandateTable>;
export type Project = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type FundingCall = Selectable<FundingCallTable>;

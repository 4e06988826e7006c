// A refusal from the minutes models: a code the routes turn into a message in
// the user's language (app/i18n, namespace `minutes.errors`), an HTTP status,
// and the form field it belongs to, if any. Thrown inside a transaction, it
// rolls back everything the action had done.
export type MinutesErrorCode =
  | "locked"
  | "notHeld"
  | "notSent"
  | "itemNotFound"
  | "staleItem"
  | "notDecisionItem"
  | "reservationReason"
  | "dueInPast"
  | "dueMeetingOtherGroup"
  | "dueMeetingNotLater"
  | "noNextMeeting"
  | "unitNotFound"
  | "callNotFound"
  | "projectNotFound"
  | "notReportBack"
  | "continuedNeedsMandate"
  | "noChair"
  | "noChecker"
  | "checkerNotPresent"
  | "notApprover"
  | "alreadyApproved"
  | "staleVersion"
  | "notApproved"
  | "decidedInFuture"
  | "mandateHasTrail"
  | "forbidden";

export class MinutesError extends Error {
  constructor(
    public code: MinutesErrorCode,
    public status = 409,
    public field?: string,
  ) {
    super(code);
    this.name = "MinutesError";
  }
}

/** SQLite's RAISE(ABORT) from the lock triggers, as a MinutesError. */
export function fromDatabaseError(error: unknown): MinutesError | null {
  if (error instanceof MinutesError) return error;
  const message = error instanceof Error ? error.message : "";
  if (message.includes("Protokollet är justerat och låst")) return new MinutesError("locked", 409);
  return null;
}

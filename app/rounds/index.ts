// Per-capsulam rounds (issue 18): members decide between meetings. Outside
// callers (routes, the scheduler, the outbox's renderer) use this index.
export { openRound, answerRound, closeDueRounds, enqueueRoundReminders, runRoundJobs, getRoundSettings, saveRoundSettings, listAskableMembers, putFailedRoundOnAgenda, RoundError, type RoundErrorCode, type RoundSettings, type OpenRoundInput, type AnswerInput } from "./round.server";
export { getRoundView, listGroupRounds, listRoundsToAnswer, type RoundView } from "./view.server";
export { renderRoundNotification, roundLink } from "./mail.server";
export { decided, atClose, tally, quorumFor, type Tally } from "./rule";

// Accounts: sessions on the server, passwords, one-time links, sign-in limits,
// OpenID Connect. Outside callers import from here.
export { createSession, endSession, endUserSessions, listUserSessions, resolveSession, idleLimitMs, pruneIdleSessions } from "./sessions.server";
export { signInLimiter, ACCOUNT_FAILURES_PER_MINUTE } from "./rate-limit.server";
export { hashPassword, isCommonPassword, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from "./passwords.server";

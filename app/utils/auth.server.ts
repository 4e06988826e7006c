// Sign-in state. Every loader and action starts here: anonymous requests go to
// /login with their way back, and group actions check the role on the server.
// The cookie holds a server session's id (app/auth/sessions.server.ts).
import { redirect } from "@remix-run/node";
import type { Role } from "../../db/schema";
import { createSession, endSession, resolveSession } from "~/auth/sessions.server";
import { getRole } from "~/models/group.server";
import { getSessionUser, type SessionUser } from "~/models/user.server";
import { getDb } from "./db.server";
import { getSession, sessionStorage } from "./session.server";

/** Only same-site paths: `//evil.example` and absolute URLs fall back to "/". */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

/** The session id the request's cookie carries (whether or not it is still valid). */
export async function sessionToken(request: Request): Promise<string | undefined> {
  const sid = (await getSession(request)).get("sid");
  return typeof sid === "string" ? sid : undefined;
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  const sid = await sessionToken(request);
  if (!sid) return null;
  const userId = await resolveSession(getDb(), sid);
  if (userId === null) return null;
  return getSessionUser(getDb(), userId);
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  const session = await getSession(request);
  session.unset("sid");
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`, {
    headers: { "Set-Cookie": await sessionStorage().commitSession(session) },
  });
}

/** Administrators only: 403 for everyone else. */
export async function requireAdmin(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!user.isAdmin) throw forbidden();
  return user;
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

export function notFound(): Response {
  return new Response("Not Found", { status: 404, statusText: "Not Found" });
}

/**
 * The user's role in the group. Someone outside the group gets 404 (the group
 * is none of their business, as for its meetings and mandates); a member whose
 * role is not one of `allowed` gets 403.
 */
export async function requireGroupRole(user: SessionUser, groupId: number, allowed: Role[]): Promise<Role> {
  const role = await getRole(getDb(), user, groupId);
  if (!role) throw notFound();
  if (!allowed.includes(role)) throw forbidden();
  return role;
}

/** Signs the user in with a new server session (a new id at every sign-in) and ends the one the cookie held. */
export async function createUserSession(request: Request, userId: number, redirectTo: string, headers: HeadersInit = {}) {
  const session = await getSession(request);
  const old = session.get("sid");
  if (typeof old === "string") await endSession(getDb(), old);
  session.set("sid", await createSession(getDb(), userId, request.headers.get("User-Agent")));
  const responseHeaders = new Headers(headers);
  responseHeaders.append("Set-Cookie", await sessionStorage().commitSession(session));
  return redirect(safeRedirect(redirectTo), { headers: responseHeaders });
}

export async function logout(request: Request) {
  const session = await getSession(request);
  const sid = session.get("sid");
  if (typeof sid === "string") await endSession(getDb(), sid);
  session.unset("sid");
  return redirect("/login", {
    headers: { "Set-Cookie": await sessionStorage().commitSession(session) },
  });
}

/** The client's address as server.js passes it (Express's req.ip), for rate limits. */
export function clientAddress(context: unknown): string | null {
  const address = (context as { clientAddress?: unknown } | undefined)?.clientAddress;
  return typeof address === "string" && address ? address : null;
}

/** Parses a route id param; anything but a positive integer is a 404. */
export function parseId(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) throw notFound();
  return Number(value);
}

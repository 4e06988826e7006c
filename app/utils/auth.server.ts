// Sign-in state. Every loader and action starts here: anonymous requests go to
// /login with their way back, and group actions check the role on the server.
import { redirect } from "@remix-run/node";
import type { Role } from "../../db/schema";
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

export async function getUser(request: Request): Promise<SessionUser | null> {
  const session = await getSession(request);
  const userId = session.get("userId");
  if (typeof userId !== "number") return null;
  return getSessionUser(getDb(), userId);
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  const session = await getSession(request);
  session.unset("userId");
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`, {
    headers: { "Set-Cookie": await sessionStorage().commitSession(session) },
  });
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

export function notFound(): Response {
  return new Response("Not Found", { status: 404, statusText: "Not Found" });
}

/** The user's role in the group; throws 403 unless it is one of `allowed`. */
export async function requireGroupRole(user: SessionUser, groupId: number, allowed: Role[]): Promise<Role> {
  const role = await getRole(getDb(), user, groupId);
  if (!role || !allowed.includes(role)) throw forbidden();
  return role;
}

export async function createUserSession(request: Request, userId: number, redirectTo: string) {
  const session = await getSession(request);
  session.set("userId", userId);
  return redirect(safeRedirect(redirectTo), {
    headers: { "Set-Cookie": await sessionStorage().commitSession(session) },
  });
}

export async function logout(request: Request) {
  const session = await getSession(request);
  session.unset("userId");
  return redirect("/login", {
    headers: { "Set-Cookie": await sessionStorage().commitSession(session) },
  });
}

/** Parses a route id param; anything but a positive integer is a 404. */
export function parseId(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) throw notFound();
  return Number(value);
}

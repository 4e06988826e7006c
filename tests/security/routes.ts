// Walking app/routes: every route module, its URL for a set of ids, and the
// action intents its source names. Shared by the authorization matrix and the
// fuzzer, so a new route (or a new intent) is found by both.
import fs from "node:fs";
import path from "node:path";
import type { Things } from "./world";

export const ROUTES_DIR = path.resolve("app/routes");

export type RouteModule = {
  loader?: (args: { request: Request; params: Record<string, string>; context: unknown }) => unknown;
  action?: (args: { request: Request; params: Record<string, string>; context: unknown }) => unknown;
};

/** Route ids as Remix names them: file name without extension, or the folder of a route.tsx. */
export function routeIds(): string[] {
  return fs
    .readdirSync(ROUTES_DIR, { withFileTypes: true })
    .flatMap((entry) => {
      if (entry.isDirectory()) return fs.existsSync(path.join(ROUTES_DIR, entry.name, "route.tsx")) ? [entry.name] : [];
      return /\.(tsx|ts)$/.test(entry.name) && !entry.name.includes(".server.") ? [entry.name.replace(/\.(tsx|ts)$/, "")] : [];
    })
    .sort();
}

export function routeSource(id: string): string {
  const file = path.join(ROUTES_DIR, `${id}.tsx`);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
  const dir = path.join(ROUTES_DIR, id);
  return fs
    .readdirSync(dir)
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
}

export async function importRoute(id: string): Promise<RouteModule> {
  const file = fs.existsSync(path.join(ROUTES_DIR, `${id}.tsx`)) ? `${id}.tsx` : `${id}/route.tsx`;
  return import(/* @vite-ignore */ path.join(ROUTES_DIR, file));
}

/** The intents a route's action distinguishes, as its source names them (form buttons, comparisons, switch cases, zod literals). */
export function intentsOf(id: string): string[] {
  const src = routeSource(id);
  const found = new Set<string>();
  const patterns = [
    /name="intent"\s+value="([\w-]+)"/g,
    /intent\s*===\s*"([\w-]+)"/g,
    /get\("intent"\)\s*===\s*"([\w-]+)"/g,
    /case\s+"([\w-]+)"\s*:/g,
    /intent:\s*z\.literal\("([\w-]+)"\)/g,
  ];
  for (const pattern of patterns) for (const m of src.matchAll(pattern)) found.add(m[1]);
  return [...found].sort();
}

/** The params a route id takes ("$meetingId" → meetingId, "$" → "*"). */
export function paramNames(id: string): string[] {
  return [...id.matchAll(/\$([A-Za-z0-9]*)/g)].map((m) => m[1] || "*");
}

/** The URL of a route for params, e.g. meetings.$meetingId_.items.$itemId.documents → /meetings/7/items/9/documents. */
export function urlOf(id: string, params: Record<string, string>): string {
  const segments = id.replace(/\[\.\]/g, "\u0000").split(".");
  const parts = segments
    .map((s) => s.replace(/\u0000/g, "."))
    .filter((s) => s !== "_index" && !s.startsWith("_"))
    .map((s) => s.replace(/_$/, ""))
    .map((s) => {
      if (s === "$") return params["*"] ?? "x";
      return s.replace(/\$(\w+)/g, (_, name: string) => params[name] ?? "x");
    });
  return "/" + parts.join("/");
}

/** The default id for each param name: the published ASK meeting and its things. */
export function defaultParams(things: Things): Record<string, string> {
  return {
    meetingId: String(things.meetingId),
    itemId: String(things.itemId),
    mandateId: String(things.mandateId),
    callId: String(things.callId),
    projectId: String(things.projectId),
    groupId: String(things.askGroupId),
    unitId: String(things.unitId),
    userId: String(things.userId),
    documentId: String(things.documentId),
    roundId: String(things.roundId),
    token: "no-such-token",
    "*": "no-such-page",
  };
}

// The authorization matrix (tests/security/authorization-matrix.ts) against
// every route module in app/routes: each loader and each action intent, asked
// by each kind of visitor on a fresh copy of the same world. A route or intent
// without a row fails with the row to add; a 5xx fails always.
//
// SECURITY_MATRIX_PRINT=1 prints what the app answers today, in the table's
// own syntax, for a new route's rows.
import { beforeAll, describe, expect, it } from "vitest";
import { MATRIX, type Expect, type Row } from "./authorization-matrix";
import { defaultParams, importRoute, intentsOf, paramNames, routeIds, urlOf } from "./routes";
import { buildWorld, VISITORS, type Visitor, type World } from "./world";

let world: World;
/** An action may have written: the next question gets a fresh copy of the world. Loaders only read (a copy is shared). */
let dirty = true;
beforeAll(async () => {
  world = await buildWorld();
}, 60_000);

type Observed = Expect | "error";

export function classify(result: unknown): Observed {
  if (result instanceof Response) {
    const location = result.headers.get("Location") ?? "";
    if (result.status >= 300 && result.status < 400 && location.startsWith("/login")) return "login";
    if (result.status === 403) return 403;
    if (result.status === 404) return 404;
    if (result.status >= 500) return "error";
    return "ok";
  }
  if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit") {
    const status = (result as { init?: { status?: number } }).init?.status ?? 200;
    if (status === 403) return 403;
    if (status === 404) return 404;
    if (status >= 500) return "error";
  }
  return "ok";
}

/** Asks one route as one visitor, on a fresh copy of the world. */
export async function ask(row: Pick<Row, "route" | "kind" | "intent" | "params" | "form">, visitor: Visitor): Promise<{ observed: Observed; detail: string }> {
  if (dirty) world.fresh();
  dirty = row.kind === "action";
  const params = { ...defaultParams(world.things), ...(row.params?.(world.things) ?? {}) };
  const usedParams = Object.fromEntries(paramNames(row.route).map((name) => [name, params[name]]));
  const url = "http://localhost" + urlOf(row.route, usedParams);
  const headers = new Headers();
  const cookie = world.cookies[visitor];
  if (cookie) headers.set("Cookie", cookie);
  let request: Request;
  if (row.kind === "loader") {
    request = new Request(url, { headers });
  } else {
    const body = new URLSearchParams();
    if (row.intent) body.set("intent", row.intent);
    for (const [k, v] of Object.entries(row.form?.(world.things) ?? {})) body.set(k, v);
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    request = new Request(url, { method: "POST", body, headers });
  }
  const mod = await importRoute(row.route);
  const fn = row.kind === "loader" ? mod.loader : mod.action;
  if (!fn) return { observed: "error", detail: `no ${row.kind} exported` };
  try {
    const result = await fn({ request, params: usedParams, context: {} });
    return { observed: classify(result), detail: result instanceof Response ? `${result.status} ${result.headers.get("Location") ?? ""}` : "data" };
  } catch (thrown) {
    if (thrown instanceof Response) return { observed: classify(thrown), detail: `${thrown.status} ${thrown.headers.get("Location") ?? ""}` };
    return { observed: "error", detail: thrown instanceof Error ? thrown.stack ?? thrown.message : String(thrown) };
  }
}

/** What the table must hold for a route: its loader, and its action once per intent (or once without). */
async function requiredRows(route: string): Promise<Array<{ kind: "loader" | "action"; intent?: string }>> {
  const mod = await importRoute(route);
  const rows: Array<{ kind: "loader" | "action"; intent?: string }> = [];
  if (mod.loader) rows.push({ kind: "loader" });
  if (mod.action) {
    const intents = intentsOf(route);
    if (intents.length === 0) rows.push({ kind: "action" });
    for (const intent of intents) rows.push({ kind: "action", intent });
  }
  return rows;
}

function rowSyntax(route: string, kind: string, intent: string | undefined, answers: Record<string, Observed>): string {
  const cells = VISITORS.map((v) => `${v}: ${typeof answers[v] === "number" ? answers[v] : JSON.stringify(answers[v] ?? "ok")}`).join(", ");
  return `  { route: ${JSON.stringify(route)}, kind: "${kind}"${intent ? `, intent: ${JSON.stringify(intent)}` : ""}, expect: { ${cells} } },`;
}

describe("the authorization matrix", () => {
  it("has a row for every loader and every action intent of every route in app/routes", async () => {
    const missing: string[] = [];
    for (const route of routeIds()) {
      for (const need of await requiredRows(route)) {
        const has = MATRIX.some((r) => r.route === route && r.kind === need.kind && (r.intent ?? undefined) === need.intent);
        if (!has) missing.push(rowSyntax(route, need.kind, need.intent, {}));
      }
    }
    expect(
      missing,
      `Routes without a row in tests/security/authorization-matrix.ts. Add these rows (the expected answer per visitor: "ok", "login", 403 or 404; ` +
        `run SECURITY_MATRIX_PRINT=1 npx vitest run --config tests/vitest.config.ts --project unit tests/security/authorization.test.ts to see what the app answers today):\n${missing.join("\n")}`,
    ).toEqual([]);
  });

  it("names only routes that exist", () => {
    const ids = new Set(routeIds());
    expect(MATRIX.filter((r) => !ids.has(r.route)).map((r) => r.route)).toEqual([]);
  });

  if (process.env.SECURITY_MATRIX_PRINT === "1") {
    it("prints what the app answers today", { timeout: 600_000 }, async () => {
      const lines: string[] = [];
      for (const route of routeIds()) {
        for (const need of await requiredRows(route)) {
          const answers: Record<string, Observed> = {};
          for (const visitor of VISITORS) answers[visitor] = (await ask({ route, ...need }, visitor)).observed;
          lines.push(rowSyntax(route, need.kind, need.intent, answers));
        }
      }
      console.log(lines.join("\n"));
    });
  }

  for (const row of MATRIX) {
    const name = `${row.route} ${row.kind}${row.intent ? ` (${row.intent})` : ""}${row.case ? ` – ${row.case}` : ""}`;
    it(name, async () => {
      const wrong: string[] = [];
      for (const visitor of VISITORS) {
        const { observed, detail } = await ask(row, visitor);
        if (observed !== row.expect[visitor]) wrong.push(`${visitor}: expected ${row.expect[visitor]}, got ${observed} (${detail.split("\n").slice(0, 3).join(" ")})`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

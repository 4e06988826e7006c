// Chromium from the @sparticuz/chromium npm package (unpacked once by the global
// setup) through playwright-core, axe on every page a test visits, and
// screenshots in tests/.artifacts/screenshots to look at.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { DEMO_PASSWORD, startAppServer, type AppServer } from "./app-server";

export const SCREENSHOT_DIR = path.resolve("tests/.artifacts/screenshots");

let app: AppServer | undefined;
let browser: Browser | undefined;

/**
 * Call once at the top of a browser-test file: a fresh app server (own demo
 * database) and a browser for the file's tests, both closed afterwards.
 */
export function useApp(extraEnv: Record<string, string> = {}) {
  beforeAll(async () => {
    app = await startAppServer(inject("root"), extraEnv);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error("useApp: browser not started");
      return browser;
    },
    get server(): AppServer {
      if (!app) throw new Error("useApp: server not started");
      return app;
    },
  };
}

export function baseURL(): string {
  if (!app) throw new Error("useApp() must run first");
  return app.baseURL;
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = inject("chromium");
  return chromium.launch({ executablePath, headless: true, args });
}

export async function newContext(browser: Browser, options: { mobile?: boolean; javaScript?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseURL(),
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
  });
}

/** Signs in on the sign-in page (staying on it, with its way back, when already there). */
export async function signIn(page: Page, email: string): Promise<void> {
  if (!page.url().includes("/login")) await page.goto("/login");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.getByRole("button", { name: "Logga in" }).click()]);
}

/** Axe on the current page: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Visit, check with axe, take a screenshot: what every page a test opens gets. */
export async function visit(page: Page, url: string, name: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), `${url} status`).toBeLessThan(400);
  await expectAccessible(page);
  await screenshot(page, name);
}

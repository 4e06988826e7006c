// The security headers and cookies of the real production server (server.js,
// NODE_ENV=production), a cross-site form post refused, and the pages still
// working under the Content-Security-Policy: scripts hydrate with the nonce and
// nothing is blocked.
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "./app-server";
import { baseURL, newContext, signIn, useApp } from "./browser";

const app = useApp();

async function signInByFetch(extraHeaders: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseURL()}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...extraHeaders },
    body: new URLSearchParams({ email: "sekreterare@ask.example", password: DEMO_PASSWORD, redirectTo: "/" }),
  });
}

describe("security headers", () => {
  it("sends a nonce CSP, HSTS, nosniff, a referrer policy and no framing on pages, files and errors", async () => {
    const nonces = new Set<string>();
    for (const path of ["/login", "/healthz", "/no-such-page", "/favicon.ico"]) {
      const response = await fetch(baseURL() + path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(csp, path).not.toContain("unsafe-inline'; script");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(response.headers.get("strict-transport-security"), path).toMatch(/max-age=\d{7,}/);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("same-origin");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("x-powered-by"), path).toBeNull();
      nonces.add(/'nonce-([^']+)'/.exec(csp)![1]);
    }
    expect(nonces.size, "a new nonce for every response").toBe(4);
  });

  it("puts this response's nonce on every script of the page, and no script without it", async () => {
    const response = await fetch(`${baseURL()}/login`);
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1];
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("sets the session cookie HttpOnly, Secure (production) and SameSite=Lax", async () => {
    const response = await signInByFetch();
    expect(response.status).toBe(302);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith("styrbord_session="));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
  });
});

describe("cross-site form posts", () => {
  it("refuses a post whose Origin is another site, or that the browser marks cross-site, with a Swedish page", async () => {
    const cases: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Origin: "null" }, { "Sec-Fetch-Site": "cross-site" }];
    for (const headers of cases) {
      const response = await signInByFetch(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await response.text()).toContain("Formuläret skickades från en annan webbplats");
    }
  });

  it("accepts the same site's own posts and clients that send no Origin", async () => {
    expect((await signInByFetch({ Origin: baseURL(), "Sec-Fetch-Site": "same-origin" })).status).toBe(302);
    expect((await signInByFetch()).status).toBe(302);
  });
});

describe("pages under the CSP", () => {
  it("hydrate and run the app's scripts with no CSP violation", async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`Refused to run: CSP violation ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await signIn(page, "sekreterare@ask.example");
    for (const path of ["/", "/meetings", "/mandates", "/projects", "/deadlines", "/profile", "/search?q=handslaget"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    // A form page hydrates: Remix's client state is there (its inline script ran with the nonce).
    await page.goto("/meetings/new");
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => typeof (window as unknown as { __remixContext?: unknown }).__remixContext)).toBe("object");
    // Client-side navigation (hydrated Remix) still works.
    await page.getByRole("link", { name: "Uppdrag" }).first().click();
    await page.waitForURL(/\/mandates/);
    expect(await page.evaluate(() => typeof (window as unknown as { __remixContext?: unknown }).__remixContext), "no full reload").toBe("object");
    expect(violations).toEqual([]);
    await context.close();
  });
});

// Sign-in with the organisation's account through a real OpenID Provider
// (oidc-provider, started here) in the browser: click the button, sign in at
// the provider, land signed in. Forged callbacks and uninvited people are refused.
import type { Server } from "node:http";
import net from "node:net";
import Provider from "oidc-provider";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, newContext, screenshot, useApp, visit } from "./browser";

const env: Record<string, string> = { OIDC_CLIENT_ID: "styrbord", OIDC_CLIENT_SECRET: "styrbord-test-secret", OIDC_ALLOWED_DOMAINS: "kommun.example" };
let issuerPort = 0;
let server: Server | undefined;

beforeAll(async () => {
  issuerPort = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  env.OIDC_ISSUER = `http://localhost:${issuerPort}`;
});
const app = useApp(env);

// The provider needs the app's callback address, known once the app listens.
beforeAll(async () => {
  const provider = new Provider(env.OIDC_ISSUER, {
    clients: [
      {
        client_id: "styrbord",
        client_secret: "styrbord-test-secret",
        redirect_uris: [`${app.server.baseURL}/auth/oidc/callback`],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The login typed at the provider is the account: its e-mail address.
    findAccount: (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: () => ({ sub, email: sub, email_verified: true, name: sub.split("@")[0] }),
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["oidc-test-key"] },
  });
  server = provider.listen(issuerPort);
});
afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
});

/** Clicks the organisation button, signs in at the provider and consents; returns where the browser lands. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto("/login");
  await Promise.all([page.waitForURL((u) => u.port === String(issuerPort)), page.getByRole("button", { name: "Logga in med organisationens konto" }).click()]);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((u) => u.port !== String(issuerPort));
}

describe("sign-in with the organisation's account", () => {
  it("shows the button, signs an invited person in through the provider, and links the account", { timeout: 90_000 }, async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await visit(page, "/login", "oidc-login");
    await signInAtProvider(page, "sekreterare@ask.example");
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.locator(".signed-in").textContent()).toContain("Inloggad som");
    await expectAccessible(page);
    await screenshot(page, "oidc-signed-in");
    await context.close();
  });

  it("lets in a new person from an allowed domain, and refuses an address nobody invited with 403", { timeout: 90_000 }, async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await signInAtProvider(page, "ny.person@kommun.example");
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.locator(".signed-in").textContent()).toContain("ny.person");
    await context.close();

    const other = await newContext(app.browser, { mobile: true });
    const p = await other.newPage();
    const responses: number[] = [];
    p.on("response", (r) => {
      if (r.url().includes("/auth/oidc/callback")) responses.push(r.status());
    });
    await signInAtProvider(p, "okand@annanstans.example");
    expect(responses).toEqual([403]);
    expect(await p.getByRole("alert").textContent()).toContain("har inte bjudits in");
    await expectAccessible(p);
    await screenshot(p, "oidc-not-invited-mobile");
    await other.close();
  });

  it("refuses a forged callback: wrong state, wrong issuer, or no sign-in started", { timeout: 90_000 }, async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    // No sign-in was started in this browser.
    expect((await page.goto("/auth/oidc/callback?code=forged&state=forged"))?.status()).toBe(400);
    expect(await page.getByRole("alert").textContent()).toContain("kunde inte slutföras");

    // Started, then answered with another state, or from another issuer.
    await page.goto("/login");
    await Promise.all([page.waitForURL((u) => u.port === String(issuerPort)), page.getByRole("button", { name: "Logga in med organisationens konto" }).click()]);
    const state = new URL(page.url()).searchParams.get("state") ?? (await page.evaluate(() => document.location.href));
    expect((await page.goto("/auth/oidc/callback?code=forged&state=not-the-state"))?.status()).toBe(400);
    await page.goto("/login");
    await Promise.all([page.waitForURL((u) => u.port === String(issuerPort)), page.getByRole("button", { name: "Logga in med organisationens konto" }).click()]);
    const started = new URL(page.url());
    const realState = started.searchParams.get("state");
    const wrongIssuer = `/auth/oidc/callback?code=forged&state=${realState ?? state}&iss=${encodeURIComponent("https://evil.example")}`;
    expect((await page.goto(wrongIssuer))?.status()).toBe(400);
    expect(await page.locator(".signed-in").count()).toBe(0);
    await context.close();
  });
});

// Sign-in with the organisation's account: OpenID Connect authorization code
// flow with PKCE (openid-client 6). State, nonce and the PKCE verifier wait in
// a short-lived signed cookie; openid-client checks state, the issuer (`iss`),
// the ID token's signature, audience, nonce and expiry.
import { createCookie } from "@remix-run/node";
import type { Kysely } from "kysely";
import * as client from "openid-client";
import type { Database } from "../../db/schema";
import { recordAudit } from "~/models/audit.server";
import { isProduction, publicUrl, sessionSecret } from "~/utils/config.server";
import { oidcSettings, type OidcSettings } from "./oidc-config.server";
import { retireTokens } from "./tokens.server";

let cached: { key: string; config: Promise<client.Configuration> } | undefined;

/** The provider's configuration, discovered once. Plain http is allowed only for a provider on this machine. */
function providerConfig(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  if (cached?.key === key) return cached.config;
  const issuer = new URL(settings.issuer);
  const local = issuer.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(issuer.hostname);
  const config = client.discovery(issuer, settings.clientId, settings.clientSecret, settings.clientSecret ? undefined : client.None(), {
    execute: local ? [client.allowInsecureRequests] : [],
  });
  cached = { key, config };
  config.catch(() => (cached = undefined));
  return config;
}

type Pending = { state: string; nonce: string; verifier: string; redirectTo: string };

const pendingCookie = () =>
  createCookie("styrbord_oidc", {
    httpOnly: true,
    sameSite: "lax",
    path: "/auth/oidc",
    secure: isProduction() && process.env.STYRBORD_INSECURE_COOKIE !== "1",
    secrets: [sessionSecret()],
    maxAge: 600,
  });

function callbackUrl(request: Request): string {
  return `${publicUrl(request)}/auth/oidc/callback`;
}

/** Where to send the browser, and the cookie that remembers what to check on its way back. */
export async function startOidcSignIn(request: Request, redirectTo: string): Promise<{ url: string; setCookie: string } | null> {
  const settings = oidcSettings();
  if (!settings) return null;
  const config = await providerConfig(settings);
  const pending: Pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), redirectTo };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(request),
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: "S256",
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url: url.href, setCookie: await pendingCookie().serialize(pending) };
}

export type OidcIdentity = { issuer: string; subject: string; email: string | null; emailVerified: boolean; name: string | null };

export type OidcCallback = { ok: true; identity: OidcIdentity; redirectTo: string; clearCookie: string } | { ok: false; clearCookie: string };

/** Checks the provider's answer; anything forged, replayed or mismatched is `ok: false`. */
export async function finishOidcSignIn(request: Request): Promise<OidcCallback> {
  const cookie = pendingCookie();
  const clearCookie = await cookie.serialize("", { maxAge: 0 });
  const settings = oidcSettings();
  const pending = (await cookie.parse(request.headers.get("Cookie"))) as Pending | null;
  if (!settings || !pending?.state || !pending.nonce || !pending.verifier) return { ok: false, clearCookie };
  try {
    const config = await providerConfig(settings);
    const current = new URL(callbackUrl(request));
    current.search = new URL(request.url).search;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return { ok: false, clearCookie };
    let email = typeof claims.email === "string" ? claims.email : null;
    let verified = claims.email_verified !== false;
    let name = typeof claims.name === "string" ? claims.name : null;
    if (!email) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = typeof info.email === "string" ? info.email : null;
      verified = info.email_verified !== false;
      name ??= typeof info.name === "string" ? info.name : null;
    }
    return {
      ok: true,
      identity: { issuer: claims.iss, subject: claims.sub, email: email?.toLowerCase() ?? null, emailVerified: verified, name },
      redirectTo: pending.redirectTo,
      clearCookie,
    };
  } catch (error) {
    console.warn("OIDC callback refused:", error instanceof Error ? error.message : error);
    return { ok: false, clearCookie };
  }
}

export type OidcSignIn = { ok: true; userId: number } | { ok: false; reason: "notAllowed" | "noEmail" };

/**
 * Who the identity is in Styrbord: the person already linked to it; else the
 * person with its (verified) e-mail, invited by an administrator; else a new
 * person when the e-mail's domain is in OIDC_ALLOWED_DOMAINS. Deactivated
 * people are refused.
 */
export async function signInWithOidc(db: Kysely<Database>, identity: OidcIdentity, allowedDomains: string[]): Promise<OidcSignIn> {
  const link = `${identity.issuer}#${identity.subject}`;
  return db.transaction().execute(async (trx): Promise<OidcSignIn> => {
    const linked = await trx.selectFrom("user").select(["id", "deactivated_at"]).where("oidc_subject", "=", link).executeTakeFirst();
    if (linked) return linked.deactivated_at ? { ok: false, reason: "notAllowed" } : { ok: true, userId: linked.id };
    if (!identity.email || !identity.emailVerified) return { ok: false, reason: "noEmail" };
    const known = await trx.selectFrom("user").select(["id", "deactivated_at", "oidc_subject"]).where("email", "=", identity.email).executeTakeFirst();
    if (known) {
      if (known.deactivated_at || known.oidc_subject) return { ok: false, reason: "notAllowed" };
      await trx.updateTable("user").set({ oidc_subject: link }).where("id", "=", known.id).execute();
      await retireTokens(trx, known.id, ["invitation"]);
      await recordAudit(trx, { userId: known.id, entity: "user", entityId: known.id, action: "link_oidc", after: { issuer: identity.issuer } });
      return { ok: true, userId: known.id };
    }
    const domain = identity.email.split("@")[1] ?? "";
    if (!allowedDomains.includes(domain)) return { ok: false, reason: "notAllowed" };
    const { id } = await trx
      .insertInto("user")
      .values({ email: identity.email, name: identity.name || identity.email.split("@")[0], title: null, password_hash: "", is_admin: 0, unit_id: null, locale: "sv", oidc_subject: link })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { userId: id, entity: "user", entityId: id, action: "create_oidc", after: { email: identity.email, issuer: identity.issuer } });
    return { ok: true, userId: id };
  });
}

export { oidcSettings };

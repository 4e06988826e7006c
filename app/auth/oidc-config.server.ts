// OpenID Connect settings from the environment: OIDC_ISSUER, OIDC_CLIENT_ID,
// OIDC_CLIENT_SECRET and OIDC_ALLOWED_DOMAINS. Without the first two the
// sign-in page shows no organisation button.
export type OidcSettings = { issuer: string; clientId: string; clientSecret: string | undefined; allowedDomains: string[] };

export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID) return null;
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    allowedDomains: (env.OIDC_ALLOWED_DOMAINS ?? "")
      .split(",")
      .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
      .filter(Boolean),
  };
}

export function oidcEnabled(): boolean {
  return oidcSettings() !== null;
}

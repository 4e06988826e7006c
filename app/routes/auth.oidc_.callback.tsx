// Where the provider sends the browser back. A forged or replayed answer
// (wrong state, nonce or issuer) is a 400 with a clear message; a person who
// was not invited is a 403.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { finishOidcSignIn, oidcSettings, signInWithOidc } from "~/auth/oidc.server";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { createUserSession } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.login.title);

export async function loader({ request }: LoaderFunctionArgs) {
  const result = await finishOidcSignIn(request);
  const headers = { "Set-Cookie": result.clearCookie };
  if (!result.ok) return data({ reason: "failed" as const }, { status: 400, headers });
  const signIn = await signInWithOidc(getDb(), result.identity, oidcSettings()?.allowedDomains ?? []);
  if (!signIn.ok) return data({ reason: signIn.reason }, { status: 403, headers });
  return createUserSession(request, signIn.userId, result.redirectTo, headers);
}

export default function OidcCallbackPage() {
  const { reason } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="narrow">
      <h1>{t.login.title}</h1>
      <p className="form-error" role="alert">
        {t.accounts.oidc[reason]}
      </p>
      <p>
        <Link to="/login">{t.accounts.links.toLogin}</Link>
      </p>
    </div>
  );
}

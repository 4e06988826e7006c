// Starts the sign-in with the organisation's account (a plain form post).
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { startOidcSignIn } from "~/auth/oidc.server";
import { notFound, safeRedirect } from "~/utils/auth.server";
import { readForm } from "~/utils/forms.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  let start;
  try {
    start = await startOidcSignIn(request, safeRedirect(form.get("redirectTo")));
  } catch (error) {
    console.warn("OIDC provider unreachable:", error instanceof Error ? error.message : error);
    return redirect("/login?oidc=failed");
  }
  if (!start) throw notFound();
  return redirect(start.url, { headers: { "Set-Cookie": start.setCookie } });
}

export async function loader() {
  return redirect("/login");
}

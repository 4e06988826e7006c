import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { isLocale } from "~/i18n";
import { safeRedirect } from "~/utils/auth.server";
import { readForm } from "~/utils/forms.server";
import { getSession, sessionStorage } from "~/utils/session.server";

/** Switches the UI language; works as a plain form post. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const locale = form.get("locale");
  const session = await getSession(request);
  if (isLocale(locale)) session.set("locale", locale);
  return redirect(safeRedirect(form.get("redirectTo")), {
    headers: { "Set-Cookie": await sessionStorage().commitSession(session) },
  });
}

export async function loader() {
  return redirect("/");
}

// Saves the e-mail choices of /profile (the form lives there).
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { readPreferenceForm, savePreferences } from "~/notifications";
import { requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";

export async function loader() {
  return redirect("/profile#notifications");
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const prefs = readPreferenceForm(await readForm(request));
  // Only a crafted request lacks a choice: every radio group starts checked.
  if (!prefs) throw new Response("Bad Request", { status: 400, statusText: "Bad Request" });
  await savePreferences(getDb(), user.id, prefs);
  return redirect("/profile?notifications=saved#notifications", 303);
}

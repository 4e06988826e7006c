// The loader and action behind both password links: an invitation and a reset.
// Same rules: a link works once, until it expires; the password is checked;
// setting it ends every session and signs in with a new one.
import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import { messagesFor } from "~/i18n";
import { createUserSession } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { setPasswordSchema } from "~/validation/accounts";
import { checkPasswordLink, setPasswordWithLink } from "./accounts.server";
import { oidcEnabled } from "./oidc-config.server";
import { isCommonPassword } from "./passwords.server";

type Kind = "invitation" | "reset";

export type LinkState = { state: "ready"; name: string; email: string; oidc: boolean } | { state: "unknown" | "expired" | "used" | "inactive" };

function statusFor(reason: string): number {
  return reason === "unknown" ? 404 : 410;
}

export async function passwordLinkLoader(kind: Kind, _request: Request, token: string | undefined) {
  const check = await checkPasswordLink(getDb(), kind, token ?? "");
  if (!check.ok) return data({ link: { state: check.reason } as LinkState }, { status: statusFor(check.reason) });
  return data({ link: { state: "ready", name: check.name!, email: check.email!, oidc: kind === "invitation" && oidcEnabled() } as LinkState });
}

export async function passwordLinkAction(kind: Kind, request: Request, token: string | undefined) {
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: setPasswordSchema(t, isCommonPassword) });
  const hide = { hideFields: ["password", "confirm"] };
  if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
  const result = await setPasswordWithLink(getDb(), kind, token ?? "", submission.value.password);
  if (!result.ok) return data(submission.reply({ ...hide, formErrors: [t.accounts.links[result.reason]] }), { status: statusFor(result.reason) });
  return createUserSession(request, result.userId, "/");
}

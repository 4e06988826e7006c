// A password-reset link from the "forgot password" mail.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/meta";
import { passwordLinkAction, passwordLinkLoader } from "~/auth/password-link.server";
import { PasswordLinkPage } from "~/components/password-link-page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.reset.title);

export const loader = ({ request, params }: LoaderFunctionArgs) => passwordLinkLoader("reset", request, params.token);
export const action = ({ request, params }: ActionFunctionArgs) => passwordLinkAction("reset", request, params.token);

export default function ResetPasswordPage() {
  return <PasswordLinkPage kind="reset" />;
}

// An invitation (or the command line's one-time sign-in link): the person
// chooses a password, or signs in with their organisation's account.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { pageTitle } from "~/i18n/meta";
import { passwordLinkAction, passwordLinkLoader } from "~/auth/password-link.server";
import { PasswordLinkPage } from "~/components/password-link-page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.invite.title);

export const loader = ({ request, params }: LoaderFunctionArgs) => passwordLinkLoader("invitation", request, params.token);
export const action = ({ request, params }: ActionFunctionArgs) => passwordLinkAction("invitation", request, params.token);

export default function InvitePage() {
  return <PasswordLinkPage kind="invitation" />;
}

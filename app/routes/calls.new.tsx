import { parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { FundingCallForm } from "~/components/funding-call-form";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { mayManageCallsAndProjects } from "~/models/follow-up-access.server";
import { saveFundingCall } from "~/models/funding-call.server";
import { forbidden, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { mergeFieldErrors } from "~/utils/form-errors";
import { callCrossErrorsFromForm, fundingCallSchema } from "~/validation/funding-call";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.followUp.callForm.newTitle);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!(await mayManageCallsAndProjects(getDb(), user))) throw forbidden();
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  if (!(await mayManageCallsAndProjects(getDb(), user))) throw forbidden();
  const t = messagesFor(await getLocale(request));
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: fundingCallSchema(t) });
  if (submission.status !== "success") {
    return data(submission.reply({ fieldErrors: mergeFieldErrors(submission.error ?? undefined, callCrossErrorsFromForm(t, form)) }), { status: 400 });
  }
  const id = await saveFundingCall(getDb(), user.id, null, submission.value);
  return redirect(`/deadlines#call-${id}`);
}

export default function NewCallPage() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <h1>{t.followUp.callForm.newTitle}</h1>
      <FundingCallForm lastResult={lastResult} defaultValue={{ fund: "ESF+" }} />
    </>
  );
}

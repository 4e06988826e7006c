import { parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { FundingCallForm } from "~/components/funding-call-form";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { getCall } from "~/models/deadline.server";
import { mayManageCallsAndProjects } from "~/models/follow-up-access.server";
import { saveFundingCall } from "~/models/funding-call.server";
import { forbidden, notFound, parseId, requireUser } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { mergeFieldErrors } from "~/utils/form-errors";
import { callCrossErrorsFromForm, fundingCallSchema } from "~/validation/funding-call";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => t.followUp.callForm.editTitle(data?.call.code ?? ""));

async function load(request: Request, callId: string | undefined) {
  const user = await requireUser(request);
  const call = await getCall(getDb(), parseId(callId));
  if (!call) throw notFound();
  if (!(await mayManageCallsAndProjects(getDb(), user))) throw forbidden();
  return { user, call };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { call } = await load(request, params.callId);
  return { call };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, call } = await load(request, params.callId);
  const t = messagesFor(await getLocale(request));
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: fundingCallSchema(t) });
  if (submission.status !== "success") {
    return data(submission.reply({ fieldErrors: mergeFieldErrors(submission.error ?? undefined, callCrossErrorsFromForm(t, form)) }), { status: 400 });
  }
  await saveFundingCall(getDb(), user.id, call.id, submission.value);
  return redirect(`/deadlines#call-${call.id}`);
}

export default function EditCallPage() {
  const { call } = useLoaderData<typeof loader>();
  const t = useT();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <h1>{t.followUp.callForm.editTitle(call.code)}</h1>
      <FundingCallForm
        lastResult={lastResult}
        defaultValue={{
          fund: call.fund,
          code: call.code,
          title: call.title,
          programmeArea: call.programme_area ?? undefined,
          opensOn: call.opens_on,
          closesOn: call.closes_on,
          applicationDeadline: call.application_deadline ?? undefined,
          url: call.url ?? undefined,
          description: call.description ?? undefined,
        }}
      />
    </>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { pageTitle } from "~/i18n/meta";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { verifyLogin } from "~/models/user.server";
import { signInLimiter } from "~/auth";
import { oidcEnabled } from "~/auth/oidc-config.server";
import { clientAddress, createUserSession, getUser, safeRedirect } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { loginSchema } from "~/validation/login";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.login.title);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) {
    throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  }
  const error = new URL(request.url).searchParams.get("oidc");
  const known = ["notAllowed", "noEmail", "failed"] as const;
  return { oidc: oidcEnabled(), oidcError: known.find((k) => k === error) ?? null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const t = messagesFor(await getLocale(request));
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: loginSchema(t) });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const limiter = signInLimiter(getDb());
  const address = clientAddress(context);
  // Counted per address typed, known or not: the answer tells nothing about the account.
  const wait = await limiter.retryAfter(email, address);
  if (wait > 0) {
    return data(submission.reply({ formErrors: [t.accounts.login.tooMany], hideFields: ["password"] }), {
      status: 429,
      headers: { "Retry-After": String(wait) },
    });
  }
  const userId = await verifyLogin(getDb(), email, password);
  if (!userId) {
    await limiter.recordFailure(email, address);
    // One message for both wrong e-mail and wrong password: no hint which.
    return data(submission.reply({ formErrors: [t.login.invalid], hideFields: ["password"] }), { status: 401 });
  }
  await limiter.recordSuccess(email);
  return createUserSession(request, userId, safeRedirect(redirectTo));
}

export default function LoginPage() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const { oidc, oidcError } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(loginSchema(t)),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema(t) }),
  });
  return (
    <div className="narrow">
      <h1>{t.login.title}</h1>
      <p>{t.login.intro}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        {form.errors ? (
          <p className="form-error" role="alert" id={form.errorId}>
            {form.errors.join(" ")}
          </p>
        ) : null}
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField field={fields.email} label={t.login.email} type="email" autoComplete="username" />
        <TextField field={fields.password} label={t.login.password} type="password" autoComplete="current-password" />
        <button type="submit" className="button">
          {t.login.submit}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t.accounts.login.forgot}</Link>
      </p>
      {oidcError ? (
        <p className="form-error" role="alert">
          {t.accounts.oidc[oidcError]}
        </p>
      ) : null}
      {oidc ? (
        <>
          <p className="divider">{t.accounts.login.or}</p>
          <Form method="post" action="/auth/oidc">
            <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
            <button type="submit" className="button button--secondary">
              {t.accounts.login.oidc}
            </button>
          </Form>
        </>
      ) : null}
      <p className="hint">{t.login.demoHint}</p>
    </div>
  );
}

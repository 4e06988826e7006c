// The one-time setup page: the first administrator of an empty Styrbord,
// reached through the link with a token that the server prints at first start.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { completeSetup, hasUsers } from "~/auth/accounts.server";
import { isCommonPassword } from "~/auth";
import { checkToken } from "~/auth/tokens.server";
import { TextField } from "~/components/form-field";
import { NewPasswordFields } from "~/components/password-fields";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { createUserSession } from "~/utils/auth.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { setupSchema } from "~/validation/accounts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.setup.title);

type State = "ready" | "done" | "unknown" | "expired" | "used";

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (await hasUsers(getDb())) return data({ state: "done" as State, token: "" }, { status: 404 });
  const check = await checkToken(getDb(), "setup", token);
  if (!check.ok) return data({ state: check.reason as State, token: "" }, { status: check.reason === "unknown" ? 404 : 410 });
  return { state: "ready" as State, token };
}

export async function action({ request }: ActionFunctionArgs) {
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: setupSchema(t, isCommonPassword) });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password", "confirm"] }), { status: 400 });
  const { name, email, password } = submission.value;
  // The token stays in the page's address; the form posts back to it.
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await completeSetup(getDb(), token, { name, email, password });
  if (!result.ok) {
    const message = result.reason === "done" ? t.accounts.setup.done : t.accounts.links[result.reason];
    return data(submission.reply({ formErrors: [message], hideFields: ["password", "confirm"] }), { status: result.reason === "unknown" ? 404 : 410 });
  }
  return createUserSession(request, result.userId, "/admin");
}

export default function SetupPage() {
  const { state } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const t = useT();
  const s = t.accounts.setup;
  const [form, fields] = useForm<{ name: string; email: string; password: string; confirm: string }>({
    lastResult,
    // Checked on the server only: the common-password list stays there, and one answer names every problem.
  });
  if (state !== "ready") {
    return (
      <div className="narrow">
        <h1>{s.title}</h1>
        <p className="form-error" role="alert">
          {state === "done" ? s.done : t.accounts.links[state]}
        </p>
        <p>
          <Link to="/login">{t.accounts.links.toLogin}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        {form.errors ? (
          <p className="form-error" role="alert" id={form.errorId}>
            {form.errors.join(" ")}
          </p>
        ) : null}
        <TextField field={fields.name} label={s.name} autoComplete="name" />
        <TextField field={fields.email} label={t.login.email} type="email" autoComplete="username" />
        <NewPasswordFields fields={fields} />
        <button type="submit" className="button">
          {s.submit}
        </button>
      </Form>
    </div>
  );
}

import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { requestPasswordReset } from "~/auth/accounts.server";
import { TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useT } from "~/i18n/use-t";
import { sendMail } from "~/mail";
import { publicUrl } from "~/utils/config.server";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { forgotPasswordSchema } from "~/validation/accounts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.accounts.forgot.title);

export async function action({ request }: ActionFunctionArgs) {
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: forgotPasswordSchema(t) });
  if (submission.status !== "success") return data({ sent: false, reply: submission.reply() }, { status: 400 });
  const db = getDb();
  await requestPasswordReset(db, submission.value.email, publicUrl(request), (to, url) =>
    sendMail(db, { to: to.email, locale: to.locale, template: "reset-password", data: { name: to.name, url } }),
  );
  // The same answer for every address.
  return { sent: true, reply: submission.reply() };
}

export default function ForgotPasswordPage() {
  const result = useActionData<typeof action>();
  const t = useT();
  const f = t.accounts.forgot;
  const [form, fields] = useForm({
    lastResult: result?.reply,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema(t) }),
  });
  return (
    <div className="narrow">
      <h1>{f.title}</h1>
      {result?.sent ? (
        <p className="notice notice--ok" role="status">
          {f.sent}
        </p>
      ) : (
        <>
          <p>{f.intro}</p>
          <Form method="post" {...getFormProps(form)} className="stack">
            <TextField field={fields.email} label={t.login.email} type="email" autoComplete="username" />
            <button type="submit" className="button">
              {f.submit}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/login">{t.accounts.links.toLogin}</Link>
      </p>
    </div>
  );
}

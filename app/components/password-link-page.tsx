// The page behind an invitation or reset link: choose a password (or, for an
// invitation, sign in with the organisation's account).
import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { LinkState } from "~/auth/password-link.server";
import { NewPasswordFields } from "~/components/password-fields";
import { useT } from "~/i18n/use-t";

export function PasswordLinkPage({ kind }: { kind: "invitation" | "reset" }) {
  const { link } = useLoaderData<{ link: LinkState }>();
  const lastResult = useActionData<never>();
  const t = useT();
  const a = t.accounts;
  const [form, fields] = useForm<{ password: string; confirm: string }>({
    lastResult,
    // Checked on the server only: the common-password list stays there, and one answer names every problem.
  });
  const title = kind === "invitation" ? a.invite.title : a.reset.title;
  if (link.state !== "ready") {
    return (
      <div className="narrow">
        <h1>{title}</h1>
        <p className="form-error" role="alert">
          {a.links[link.state]}
        </p>
        <p>
          <Link to={kind === "reset" ? "/forgot-password" : "/login"}>{kind === "reset" ? a.forgot.title : a.links.toLogin}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{title}</h1>
      <p>{kind === "invitation" ? a.invite.intro(link.name) : a.reset.intro(link.email)}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        {form.errors ? (
          <p className="form-error" role="alert" id={form.errorId}>
            {form.errors.join(" ")}
          </p>
        ) : null}
        <input type="email" name="username" value={link.email} autoComplete="username" readOnly hidden />
        <NewPasswordFields fields={fields} />
        <button type="submit" className="button">
          {kind === "invitation" ? a.invite.submit : a.reset.submit}
        </button>
      </Form>
      {link.oidc ? (
        <>
          <p className="divider">{a.invite.orOidc}</p>
          <Form method="post" action="/auth/oidc">
            <button type="submit" className="button button--secondary">
              {a.login.oidc}
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}

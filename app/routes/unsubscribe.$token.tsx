// One-click unsubscribe (RFC 8058): a mail client POSTs
// "List-Unsubscribe=One-Click" here; a person who opens the link gets a page
// with one button (a GET never changes anything, so link scanners cannot
// unsubscribe anyone). A forged or altered token is a 404 that says so.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { isLocale, messagesFor, type Locale } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { readUnsubscribeToken, unsubscribe, type Topic } from "~/notifications";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.notifications.unsubscribe.title);

type PageData = { state: "confirm" | "done" | "invalid"; topic: Topic | null; locale: Locale };

async function localeOf(request: Request, userId: number | null): Promise<Locale> {
  if (userId !== null) {
    const row = await getDb().selectFrom("user").select("locale").where("id", "=", userId).executeTakeFirst();
    if (row && isLocale(row.locale)) return row.locale;
  }
  return getLocale(request);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const read = readUnsubscribeToken(params.token ?? "");
  const locale = await localeOf(request, read?.userId ?? null);
  if (!read) return data<PageData>({ state: "invalid", topic: null, locale }, { status: 404 });
  return data<PageData>({ state: "confirm", topic: read.topic, locale });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const done = await unsubscribe(getDb(), params.token ?? "");
  const locale = await localeOf(request, done?.userId ?? null);
  if (!done) return data<PageData>({ state: "invalid", topic: null, locale }, { status: 404 });
  return data<PageData>({ state: "done", topic: done.topic, locale });
}

export default function UnsubscribePage() {
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const page = acted ?? loaded;
  // The recipient's language (from the token's person), whatever the browser's session says.
  const u = messagesFor(page.locale).notifications;
  const topic = page.topic ? u.topics[page.topic] : "";
  return (
    <div className="form-page" lang={page.locale}>
      <h1>{u.unsubscribe.title}</h1>
      {page.state === "invalid" ? (
        <p role="alert">{u.unsubscribe.invalid}</p>
      ) : page.state === "done" ? (
        <p role="status">{u.unsubscribe.done(topic)}</p>
      ) : (
        <Form method="post" className="stack card">
          <p>{u.unsubscribe.confirm(topic)}</p>
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit" className="button">
            {u.unsubscribe.button}
          </button>
        </Form>
      )}
      <p>
        <Link to="/profile#notifications">{u.mail.preferences}</Link>
      </p>
    </div>
  );
}

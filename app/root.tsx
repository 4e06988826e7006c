import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, useLocation, useMatches, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { messagesFor, type Locale } from "~/i18n";
import { useNonce } from "~/security/nonce";
import { getUser } from "~/utils/auth.server";
import { getLocale } from "~/utils/session.server";
import stylesheet from "~/styles/app.css";
import followUpStylesheet from "~/styles/follow-up.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "stylesheet", href: followUpStylesheet },
];

export const meta: MetaFunction = () => [{ title: "Styrbord" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getUser(request), getLocale(request)]);
  return { locale, user: user ? { name: user.name, isAdmin: user.isAdmin } : null };
}

type RootData = Awaited<ReturnType<typeof loader>>;

/**
 * A route that only reads says `handle = { hydrate: false }` (or a function of
 * its data): its page ships no JavaScript at all, since every form and link
 * works without it. Every other page hydrates as before (issue 14).
 */
export type HydrateHandle = { hydrate?: boolean | ((data: unknown) => boolean) };

function useHydrate(): boolean {
  return useMatches().every((match) => {
    const hydrate = (match.handle as HydrateHandle | undefined)?.hydrate;
    return typeof hydrate === "function" ? hydrate(match.data) : hydrate !== false;
  });
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData("root") as RootData | undefined;
  const locale: Locale = data?.locale ?? "sv";
  const t = messagesFor(locale);
  const location = useLocation();
  const hydrate = useHydrate();
  const nonce = useNonce();
  const here = location.pathname + location.search;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <a className="brand" href="/">
              {t.appName}
            </a>
            {data?.user ? (
              <nav aria-label={t.nav.label} className="main-nav">
                <NavLink to="/" end>
                  {t.nav.home}
                </NavLink>
                <NavLink to="/meetings">{t.nav.meetings}</NavLink>
                <NavLink to="/mandates">{t.nav.mandates}</NavLink>
                <NavLink to="/projects">{t.nav.projects}</NavLink>
                <NavLink to="/deadlines">{t.followUp.nav.deadlines}</NavLink>
                <NavLink to="/profile">{t.followUp.nav.profile}</NavLink>
                {data.user.isAdmin ? <NavLink to="/admin">{t.accounts.admin.nav}</NavLink> : null}
              </nav>
            ) : null}
            <div className="header-tools">
              {data?.user ? (
                <Form method="get" action="/search" role="search" className="header-search" aria-label={t.archive.search.label}>
                  <label htmlFor="header-search-q" className="visually-hidden">
                    {t.archive.search.label}
                  </label>
                  <input id="header-search-q" type="search" name="q" placeholder={t.archive.search.placeholder} />
                  <button type="submit" className="link-button">
                    {t.archive.search.button}
                  </button>
                </Form>
              ) : null}
              <Form method="post" action="/locale" className="inline-form">
                <input type="hidden" name="locale" value={locale === "sv" ? "en" : "sv"} />
                <input type="hidden" name="redirectTo" value={here} />
                <button type="submit" className="link-button" lang={locale === "sv" ? "en" : "sv"}>
                  {t.nav.switchTo}
                </button>
              </Form>
              {data?.user ? (
                <Form method="post" action="/logout" className="inline-form">
                  <span className="signed-in">{t.nav.signedInAs(data.user.name)}</span>
                  <button type="submit" className="link-button">
                    {t.nav.signOut}
                  </button>
                </Form>
              ) : null}
            </div>
          </div>
        </header>
        <main id="main" className="page">
          {children}
        </main>
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

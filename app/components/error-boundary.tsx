import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

/** One error page for every route: 400, 403 and 404 in the user's language. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  let title = t.errors.unexpectedTitle;
  let text = t.errors.unexpected;
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) [title, text] = [t.errors.notFoundTitle, t.errors.notFound];
    else if (error.status === 403) [title, text] = [t.errors.forbiddenTitle, t.errors.forbidden];
    else if (error.status >= 400 && error.status < 500) [title, text] = [t.errors.badRequestTitle, t.errors.badRequest];
  } else if (typeof console !== "undefined") {
    console.error(error);
  }
  return (
    <div className="error-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">{t.errors.backHome}</Link>
      </p>
    </div>
  );
}

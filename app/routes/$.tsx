import type { LoaderFunctionArgs } from "@remix-run/node";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound, requireUser } from "~/utils/auth.server";

// Unknown addresses: anonymous visitors sign in first, everyone else gets a 404 page.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  throw notFound();
}

export async function action({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  throw notFound();
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

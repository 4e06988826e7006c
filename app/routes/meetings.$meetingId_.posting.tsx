// The secretary records when the approval of the minutes was posted on the
// notice board (anslag) and when it is taken down; both are printed on the
// protocol and shown on the meeting page.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { TextField } from "~/components/form-field";
import { messagesFor } from "~/i18n";
import { pageTitle } from "~/i18n/meta";
import { useLocale, useT } from "~/i18n/use-t";
import { getAgendaMeeting } from "~/models/agenda-item.server";
import { getMinutesPosting, getPostingContext, recordMinutesPosting } from "~/protocol";
import agendaStyles from "~/styles/agenda.css";
import { notFound, parseId, requireGroupRole, requireUser } from "~/utils/auth.server";
import { addCalendarDays, formatDay } from "~/utils/dates";
import { getDb } from "~/utils/db.server";
import { readForm } from "~/utils/forms.server";
import { getLocale } from "~/utils/session.server";
import { postingSchema } from "~/validation/protocol";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: agendaStyles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.protocol.postingTitle);

/** The appeal period: a posting stays up at least three weeks. */
const POSTING_DAYS = 21;

async function load(request: Request, meetingIdParam: string | undefined) {
  const user = await requireUser(request);
  const db = getDb();
  const meeting = await getAgendaMeeting(db, parseId(meetingIdParam));
  if (!meeting) throw notFound();
  await requireGroupRole(user, meeting.groupId, ["secretary"]);
  const context = (await getPostingContext(db, meeting.id))!;
  return { user, meeting, context };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { meeting, context } = await load(request, params.meetingId);
  const posting = await getMinutesPosting(getDb(), meeting.id);
  const postedOn = posting?.postedOn ?? context.approvedOn;
  return {
    meeting: { id: meeting.id, title: meeting.title, groupId: meeting.groupId },
    approvedOn: context.approvedOn,
    refusal: !context.approvedOn ? ("notApproved" as const) : !context.postsMinutes ? ("notPosted" as const) : null,
    defaults: { postedOn: postedOn ?? "", takenDownOn: posting?.takenDownOn ?? (postedOn ? addCalendarDays(postedOn, POSTING_DAYS) : "") },
    recorded: posting !== null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, meeting } = await load(request, params.meetingId);
  const t = messagesFor(await getLocale(request));
  const submission = parseWithZod(await readForm(request), { schema: postingSchema(t) });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const result = await recordMinutesPosting(getDb(), user.id, meeting.id, submission.value);
  if ("refused" in result) {
    const field = result.refused === "beforeApproval" ? "postedOn" : result.refused === "order" ? "takenDownOn" : "";
    const message = t.protocol.postingRefusals[result.refused];
    return data({ result: submission.reply(field ? { fieldErrors: { [field]: [message] } } : { formErrors: [message] }) }, { status: field ? 400 : 409 });
  }
  return redirect(`/meetings/${meeting.id}?posted=1`, 303);
}

export default function PostingPage() {
  const { meeting, approvedOn, refusal, defaults, recorded } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const P = t.protocol;
  const [form, fields] = useForm({ lastResult: actionData?.result, defaultValue: defaults, shouldRevalidate: "onBlur" });
  return (
    <div className="form-page">
      <p className="eyebrow">
        <Link to="/meetings">{t.meetings.title}</Link> › <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <h1>{P.postingPageTitle(meeting.title)}</h1>
      {approvedOn ? <p>{P.approvedOn(formatDay(approvedOn, locale))}</p> : null}
      {refusal ? (
        <p className="form-error" role="alert">
          {P.postingRefusals[refusal]}
        </p>
      ) : (
        <>
          <p>{P.postingIntro}</p>
          <Form method="post" {...getFormProps(form)}>
            {form.errors ? (
              <p className="form-error" role="alert" id={form.errorId}>
                {form.errors.join(" ")}
              </p>
            ) : null}
            <TextField field={fields.postedOn} label={P.posting.postedOn} type="date" />
            <TextField field={fields.takenDownOn} label={P.posting.takenDownOn} type="date" />
            <button type="submit" className="button">
              {recorded ? P.postingChange : P.postingSave}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}

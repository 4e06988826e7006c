// A refusal from the round models (RoundError) or from the mandate checks it
// shares with decisions (MinutesError) as a form reply with its status.
import { data } from "@remix-run/node";
import type { Messages } from "~/i18n";
import type { MinutesActionData } from "~/utils/minutes-form.server";
import { refusalReply } from "~/utils/minutes-form.server";
import { RoundError } from "./round.server";

type Reply = Parameters<typeof refusalReply>[2];

export function roundRefusal(t: Messages, error: unknown, reply: Reply, intent: string) {
  if (error instanceof RoundError) {
    if (error.status === 404) throw new Response("Not Found", { status: 404 });
    const message = t.rounds.errors[error.code];
    const result = error.field ? reply({ fieldErrors: { [error.field]: [message] } }) : reply({ formErrors: [message] });
    return data<MinutesActionData>({ intent, itemId: null, result }, { status: error.status });
  }
  return refusalReply(t, error, reply, intent, null);
}

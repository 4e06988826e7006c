// Shared by the meeting page's and the per-capsulam page's actions: posted
// rich text (Tiptap JSON from the editor, or plain text from the textarea when
// JavaScript is off) and turning a MinutesError into a form reply.
import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import type { Messages } from "~/i18n";
import { fromDatabaseError } from "~/models/minutes-error";
import { parseRichText, plainTextToRichText, type RichTextResult } from "./rich-text.server";

export function readRichText(raw: string | undefined | null): RichTextResult {
  const text = (raw ?? "").trim();
  if (text === "") return { ok: true, value: null };
  if (text.startsWith("{")) return parseRichText(text);
  return { ok: true, value: plainTextToRichText(text) };
}

export function richTextError(t: Messages, error: "malformed" | "link"): string {
  return error === "link" ? t.minutes.errors.richTextLink : t.minutes.errors.richTextInvalid;
}

export type MinutesActionData = { intent: string; itemId: number | null; result: SubmissionResult<string[]> };

type Reply = (options: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }) => SubmissionResult<string[]>;

/** A refusal from the models as a reply with its status; anything else is rethrown. */
export function refusalReply(t: Messages, error: unknown, reply: Reply, intent: string, itemId: number | null) {
  const refusal = fromDatabaseError(error);
  if (!refusal) throw error;
  if (refusal.status === 404) throw new Response("Not Found", { status: 404 });
  const message = t.minutes.errors[refusal.code];
  const result = refusal.field ? reply({ fieldErrors: { [refusal.field]: [message] } }) : reply({ formErrors: [message] });
  return data<MinutesActionData>({ intent, itemId, result }, { status: refusal.status });
}

/**
 * "Lägg till uppdrag" / "Ta bort uppdrag" without JavaScript: the form comes
 * back as typed, with one mandate row more or less.
 */
type FormValue = NonNullable<SubmissionResult<string[]>["initialValue"]>;

export function withMandateRowsChanged(initialValue: FormValue | null | undefined, change: string, newRow: FormValue): FormValue {
  const value = initialValue ?? {};
  const rows = Array.isArray(value.mandates) ? [...value.mandates] : [];
  if (change === "add") rows.push(newRow);
  else if (change.startsWith("remove-")) rows.splice(Number(change.slice("remove-".length)), 1);
  return { ...value, mandates: rows };
}

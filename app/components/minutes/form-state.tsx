// Reading a form's reply (from the meeting page's action) for one form of the
// page: its errors next to the fields, and the user's input kept.
import type { MinutesActionData } from "~/utils/minutes-form.server";

export type ActionData = MinutesActionData | undefined;

export function formState(actionData: ActionData, intent: string, itemId: number | null = null) {
  const mine = actionData && actionData.intent === intent && (itemId === null || actionData.itemId === itemId) ? actionData.result : undefined;
  const value = (name: string): string | undefined => {
    const v = getPath(mine?.initialValue, name);
    return typeof v === "string" ? v : undefined;
  };
  const list = (name: string): unknown[] | null => {
    const v = getPath(mine?.initialValue, name);
    return Array.isArray(v) ? v : null;
  };
  return {
    result: mine,
    formErrors: mine?.error?.[""] ?? null,
    error: (name: string) => mine?.error?.[name] ?? null,
    value,
    list,
  };
}

/** `mandates[0].task` in a nested payload. */
export function getPath(root: unknown, name: string): unknown {
  let node: unknown = root;
  for (const part of name.split(/[.[\]]+/).filter(Boolean)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function FieldError({ id, errors }: { id: string; errors: string[] | null | undefined }) {
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={id}>
      {errors.join(" ")}
    </p>
  );
}

export function FormError({ errors }: { errors: string[] | null | undefined }) {
  if (!errors?.length) return null;
  return (
    <p className="form-error" role="alert">
      {errors.join(" ")}
    </p>
  );
}

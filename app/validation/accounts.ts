// Forms of accounts and administration (issue 11); messages in the user's language.
import { z } from "zod";
import type { Messages } from "~/i18n";

const MIN = 12;
const MAX = 1024;

function email(t: Messages) {
  return z
    .string({ required_error: t.login.emailRequired })
    .trim()
    .toLowerCase()
    .min(1, t.login.emailRequired)
    .max(254, t.login.emailInvalid)
    .email(t.login.emailInvalid);
}

function required(message: string, max = 200) {
  return z.string({ required_error: message }).trim().min(1, message).max(max, message);
}

function optionalText(max = 2000) {
  return z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
}

/**
 * A new password: at least 12 characters, not a common one, typed twice.
 * `isCommon` is passed in so this file stays free of the server-only list.
 */
export function newPasswordFields(t: Messages, isCommon: (password: string) => boolean = () => false) {
  const a = t.accounts.password;
  return {
    password: z
      .string({ required_error: a.required })
      .min(MIN, a.tooShort)
      .max(MAX, a.tooLong)
      .refine((p) => !isCommon(p), a.common),
    confirm: z.string({ required_error: a.confirmRequired }),
  };
}

function matching<T extends { password: string; confirm: string }>(t: Messages) {
  return (value: T, ctx: z.RefinementCtx) => {
    if (value.password !== value.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: t.accounts.password.mismatch });
  };
}

export function setPasswordSchema(t: Messages, isCommon?: (p: string) => boolean) {
  return z.object(newPasswordFields(t, isCommon)).superRefine(matching(t));
}

export function changePasswordSchema(t: Messages, isCommon?: (p: string) => boolean) {
  return z
    .object({ current: z.string({ required_error: t.login.passwordRequired }).max(MAX), ...newPasswordFields(t, isCommon) })
    .superRefine(matching(t));
}

export function setupSchema(t: Messages, isCommon?: (p: string) => boolean) {
  return z
    .object({ name: required(t.accounts.admin.users.nameRequired), email: email(t), ...newPasswordFields(t, isCommon) })
    .superRefine(matching(t));
}

export function forgotPasswordSchema(t: Messages) {
  return z.object({ email: email(t) });
}

const id = z.coerce.number().int().positive();

export function groupSchema(t: Messages) {
  const g = t.accounts.admin.groups;
  return z.object({
    name: required(g.nameRequired),
    shortName: required(g.shortNameRequired, 40),
    kind: z.enum(["styrgrupp", "verksamhetsgrupp", "forum", "other"], { required_error: g.kindRequired, invalid_type_error: g.kindRequired }),
    parentGroupId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
    description: optionalText(),
  });
}

export function unitSchema(t: Messages) {
  return z.object({ name: required(t.accounts.admin.units.nameRequired), organisation: optionalText(200) });
}

export function userSchema(t: Messages) {
  return z.object({
    name: required(t.accounts.admin.users.nameRequired),
    email: email(t),
    unitId: z.union([z.literal("").transform(() => null), id]).optional().transform((v) => v ?? null),
    isAdmin: z.literal("on").optional().transform((v) => v === "on"),
    locale: z.enum(["sv", "en"]).default("sv"),
  });
}

export function membershipSchema(t: Messages) {
  const m = t.accounts.members;
  return z.object({
    userId: id.or(z.undefined()).refine((v) => v !== undefined, m.userRequired),
    role: z.enum(["secretary", "chair", "member", "staff", "viewer"], { required_error: m.roleRequired, invalid_type_error: m.roleRequired }),
    represents: optionalText(200),
  });
}

import { z } from "zod";
import type { Messages } from "~/i18n";

/** Sign-in form; the messages come in the user's language. */
export function loginSchema(t: Messages) {
  return z.object({
    email: z
      .string({ required_error: t.login.emailRequired })
      .trim()
      .min(1, t.login.emailRequired)
      .max(254, t.login.emailInvalid)
      .email(t.login.emailInvalid),
    password: z.string({ required_error: t.login.passwordRequired }).min(1, t.login.passwordRequired).max(1024),
    redirectTo: z.string().optional(),
  });
}

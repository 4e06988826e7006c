// Passwords: Argon2id hashes, at least 12 characters, and none of the 5 000
// most common passwords of that length (compared without regard to case).
import { hash } from "@node-rs/argon2";
import { COMMON_PASSWORDS } from "./common-passwords";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(COMMON_PASSWORDS.split("\n").map((p) => p.trim().toLowerCase()).filter(Boolean));
  return common.has(password.trim().toLowerCase());
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

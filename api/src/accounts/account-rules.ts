import * as z from "../zod";
import { singleLineText } from "../security/text";
import { COMMON_PASSWORDS } from "./common-passwords";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

let common: Set<string> | undefined;
const isCommon = (password: string) => (common ??= new Set(COMMON_PASSWORDS.split("\n"))).has(password.toLowerCase());

/** The rules for every new password (sign-up, password change), each failure in words. */
export const newPassword = () =>
  z.string().check(
    z.minLength(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`),
    z.maxLength(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
    z.refine((password) => new Set(password).size > 2, "must not be one or two characters repeated"),
    z.refine(
      (password) => !isCommon(password),
      "is one of the most common passwords, which attackers try first: choose another",
    ),
  );

/** A person's name as others will read it: one line of visible text. */
export const userName = () =>
  singleLineText().check(z.minLength(1, "must not be empty"), z.maxLength(100, "must be at most 100 characters"));

import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// The 49,000 most common passwords of zxcvbn's public list, shipped in its npm package.
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/**
 * Why a new password would be unsafe, in words for the person choosing it; undefined when it
 * is acceptable. Length first (NIST SP 800-63B), then known-common passwords, including a
 * common word padded with digits or symbols ("password1234!").
 */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. A few ordinary words in a row make a strong password that is easy to remember.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (common.has(lower) || (core.length >= 4 && common.has(core))) {
    return 'This password is on a list of very common passwords. Choose something less predictable.';
  }
  if (new Set(lower).size <= 3) {
    return 'This password repeats too few characters. Choose something less predictable.';
  }
  const localPart = email.split('@')[0]?.toLowerCase() ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) {
    return 'Do not build your password from your email address.';
  }
  return undefined;
}

/** Argon2id with the library's defaults (19 MiB, 2 passes), which follow OWASP's advice. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/** A real hash to verify against when the email is unknown, so timing does not reveal accounts. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash('tonus-decoy-password-never-matches');
  return decoyHash;
}

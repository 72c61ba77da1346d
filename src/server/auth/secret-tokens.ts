import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session tokens and CSRF tokens. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Stored instead of a secret so that a copy of the database cannot be replayed. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

// No 0/O or 1/I/L: the code is read aloud or typed from a phone by someone with a tremor.
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** An invitation code such as `K7QM-3XPA-9RTW` (about 74 bits). */
export function newInvitationCode(): string {
  const bytes = randomBytes(15);
  let code = '';
  for (let i = 0; i < 15; i++) {
    // 31 symbols; the modulo bias over 256 is below 1% per symbol and irrelevant at 74 bits.
    code += CODE_ALPHABET[(bytes[i] as number) % CODE_ALPHABET.length];
    if (i % 5 === 4 && i < 14) code += '-';
  }
  return code;
}

/** Upper-cases and drops spaces and dashes so a code typed loosely still matches. */
export function normaliseInvitationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

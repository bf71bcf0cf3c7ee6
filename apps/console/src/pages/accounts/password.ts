/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A temporary password for a new account or a reset: 14 characters from the browser's
 * cryptographic generator (the API takes 10 to 200). Shown once; the holder changes it at the
 * first sign-in (a reset requires it).
 */
export function temporaryPassword(length = 14): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

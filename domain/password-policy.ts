import { COMMON_PASSWORDS } from './common-passwords.ts'

export const PASSWORD_MIN_LENGTH = 12
/** argon2 hashes any length, but a cap keeps a megabyte "password" from costing CPU. */
export const PASSWORD_MAX_LENGTH = 200

/**
 * True when a password is on the common-passwords list or is otherwise trivially guessable
 * (one character repeated, or a list entry repeated). Case does not matter.
 *
 * @example isCommonPassword('Wachtwoord123') // true
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  if (COMMON_PASSWORDS.has(lower)) return true
  if (new Set(lower).size <= 2) return true
  for (let size = 1; size <= lower.length / 2; size++) {
    if (lower.length % size === 0 && lower.slice(0, size).repeat(lower.length / size) === lower) {
      return true
    }
  }
  return false
}

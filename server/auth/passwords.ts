import { hash, verify } from '@node-rs/argon2'

// OWASP's second argon2id profile (m=19 MiB, t=2, p=1): strong and quick enough for a login.
// `algorithm: 2` is Argon2id (a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | null = null

/**
 * Spends the time of one verification when there is no account, so response times do not
 * tell which e-mail addresses have an account.
 */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('routekaart-no-such-account')
  await verifyPassword(await dummyHash, password)
}

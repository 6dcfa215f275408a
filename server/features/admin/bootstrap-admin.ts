import { recordAudit } from '../../audit.ts'
import { hashPassword } from '../../auth/passwords.ts'
import { issueToken, RESET_PASSWORD_TTL_MS } from '../../auth/tokens.ts'
import type { Config } from '../../config.ts'
import type { Db } from '../../db/connection.ts'
import { newId, now, randomToken } from '../../util.ts'
import { findUserByEmail } from '../account/queries.ts'

/**
 * Makes `email` an administrator — a new, confirmed account, or an existing one promoted — and
 * returns a one-hour link to choose a password. How a fresh production database gets its
 * first beheerder (`npm run create-admin`); no password ever passes the command line.
 */
export async function bootstrapAdmin(options: {
  db: Db
  config: Config
  email: string
  name: string
}) {
  const { db, config } = options
  const email = options.email.trim().toLowerCase()
  let user = await findUserByEmail(db, email)
  if (!user) {
    const id = newId()
    await db.kysely
      .insertInto('users')
      .values({
        id,
        email,
        name: options.name,
        // A random password nobody knows: the link below sets the real one.
        password_hash: await hashPassword(randomToken()),
        email_confirmed_at: now(),
        organisation_id: null,
        organisation_confirmed_at: null,
        locale: 'nl',
        audience: null,
        disabled_at: null,
        is_demo: 0,
        created_at: now(),
      })
      .execute()
    user = (await findUserByEmail(db, email))!
  }
  const has = await db.kysely
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', user.id)
    .where('role', '=', 'admin')
    .executeTakeFirst()
  if (!has)
    await db.kysely.insertInto('user_roles').values({ user_id: user.id, role: 'admin' }).execute()
  await db.kysely
    .updateTable('users')
    .set({ disabled_at: null, email_confirmed_at: user.email_confirmed_at ?? now() })
    .where('id', '=', user.id)
    .execute()
  await recordAudit(db, {
    action: 'roles_changed',
    subjectUserId: user.id,
    detail: { added: 'admin', by: 'create-admin' },
  })
  const token = await issueToken(db, user.id, 'reset_password', RESET_PASSWORD_TTL_MS)
  return { userId: user.id, link: `${config.baseUrl}/wachtwoord-herstellen?token=${token}` }
}

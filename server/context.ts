import type { Role } from '../domain/roles.ts'
import type { LoginLimiter } from './auth/rate-limit.ts'
import type { Config } from './config.ts'
import type { Db } from './db/connection.ts'
import type { Mailer } from './mail/mailer.ts'

/** What every request handler can reach: built once in `createApp`, no container. */
export interface Services {
  config: Config
  db: Db
  mailer: Mailer
  loginLimiter: LoginLimiter
}

export interface CurrentUser {
  id: string
  email: string
  name: string
  roles: Role[]
  organisationId: string | null
  locale: 'nl' | 'en'
  audience: 'zij-instromer' | 'beginner' | 'gevorderde' | null
  /** The organisation, confirmed or requested (`pending`); `organisationId` is set only when confirmed. */
  organisation: { id: string; name: string; isDemo: boolean; pending: boolean } | null
  isDemo: boolean
  sessionId: string
  csrfToken: string
}

export interface AppEnv {
  Variables: {
    services: Services
    user: CurrentUser | null
  }
}

import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { updateAccount } from '../../domain/api/account.ts'
import { callApi } from '../api/client.ts'
import { storeUser, useUser } from '../api/session.ts'
import { rememberLocale, storedLocale } from '../i18n/locale.ts'

/**
 * Once per signed-in person: a language chosen in this browser wins and is saved to the
 * account; without a choice here, the account's language is used (a new device, say).
 */
export function useLocaleSync(): void {
  const user = useUser()
  const { i18n } = useTranslation()
  const queryClient = useQueryClient()
  const synced = useRef<string | null>(null)

  useEffect(() => {
    if (!user || synced.current === user.id) return
    synced.current = user.id
    const chosen = storedLocale()
    if (chosen === null) {
      rememberLocale(user.locale)
      void i18n.changeLanguage(user.locale)
    } else if (chosen !== user.locale) {
      callApi(updateAccount, { body: { locale: chosen } })
        .then((me) => storeUser(queryClient, me))
        .catch(() => {})
    }
  }, [user, i18n, queryClient])
}

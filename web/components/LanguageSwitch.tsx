import { useQueryClient } from '@tanstack/react-query'
import { Button } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { updateAccount } from '../../domain/api/account.ts'
import type { Locale } from '../../domain/roles.ts'
import { callApi } from '../api/client.ts'
import { storeUser, useUser } from '../api/session.ts'
import { rememberLocale } from '../i18n/locale.ts'

/** Each language is named in itself, so a person who cannot read the other one finds theirs. */
const LANGUAGES: readonly { locale: Locale; name: string }[] = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
]

/**
 * Switches the UI language, remembers it in this browser, and when signed in also on the
 * account, so mail and the next device use it too.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const user = useUser()
  const queryClient = useQueryClient()

  const choose = async (locale: Locale) => {
    rememberLocale(locale)
    await i18n.changeLanguage(locale)
    if (user && user.locale !== locale) {
      // The language already changed on screen; if saving fails, the next sign-in retries.
      callApi(updateAccount, { body: { locale } })
        .then((me) => storeUser(queryClient, me))
        .catch(() => {})
    }
  }

  return (
    <fieldset className="rk-language-switch">
      <legend className="rk-visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map(({ locale, name }) => (
        <Button
          key={locale}
          type="button"
          appearance="subtle-button"
          lang={locale}
          pressed={i18n.language === locale}
          onClick={() => void choose(locale)}
        >
          {name}
        </Button>
      ))}
    </fieldset>
  )
}

import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import {
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { eraseAccount } from '../../../domain/api/account.ts'
import { eraseAccountInput } from '../../../domain/schemas/account.ts'
import { callApi } from '../../api/client.ts'
import { forgetSession } from '../../api/session.ts'
import { ConfirmAction } from '../../components/ConfirmAction.tsx'
import { showFlash } from '../../components/flash.ts'
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx'
import { PasswordField } from '../../components/form/PasswordField.tsx'
import { SubmitButton } from '../../components/form/SubmitButton.tsx'
import { useForm } from '../../components/form/useForm.ts'

/**
 * Erase the account (AVG right to erasure). Two deliberate steps: the password, then an
 * explicit "yes, erase". A wrong password brings the person back to step one with the error.
 */
export function EraseSection() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const form = useForm('verwijderen', { password: '' })
  const removed = t('account.erase.removed', { returnObjects: true })

  const onSubmit = form.handleSubmit({
    schema: eraseAccountInput,
    onValid: () => setConfirming(true),
  })

  const erase = async () => {
    if (busy) return
    setBusy(true)
    try {
      await callApi(eraseAccount, { body: { password: form.values.password } })
      forgetSession(queryClient)
      showFlash({ type: 'ok', message: t('account.erase.done'), path: '/' })
      await navigate({ to: '/' })
    } catch (error) {
      setBusy(false)
      setConfirming(false)
      form.fail(error)
    }
  }

  return (
    <section aria-labelledby="verwijderen" className="rk-section rk-section--danger">
      <Heading2 id="verwijderen">{t('account.erase.title')}</Heading2>
      <Paragraph>{t('account.erase.intro')}</Paragraph>
      <UnorderedList>
        {removed.map((item) => (
          <UnorderedListItem key={item}>{item}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>{t('account.erase.kept')}</Paragraph>
      <Paragraph>{t('account.erase.exportFirst')}</Paragraph>
      {confirming ? (
        <ConfirmAction
          id="verwijderen-bevestigen"
          question={t('account.erase.confirmTitle')}
          consequence={t('account.erase.confirmText')}
          confirmLabel={t('account.erase.confirm')}
          cancelLabel={t('account.erase.cancel')}
          busy={busy}
          onConfirm={erase}
          onCancel={() => setConfirming(false)}
          // Back to where the person came from, instead of losing focus to the page.
          returnFocusTo={[form.fieldId('password')]}
        />
      ) : (
        <form noValidate onSubmit={onSubmit} className="rk-form">
          <ErrorSummary form={form} headingLevel={3} />
          <PasswordField
            form={form}
            name="password"
            label={t('account.erase.passwordLabel')}
            autoComplete="current-password"
          />
          <SubmitButton busy={false} appearance="secondary-action-button" hint="danger">
            {t('account.erase.continue')}
          </SubmitButton>
        </form>
      )}
    </section>
  )
}

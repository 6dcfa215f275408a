import { type ErrorComponentProps, useRouter } from '@tanstack/react-router'
import { Button, Heading1, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../components/messages.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'

/**
 * Shown inside the page frame when a screen fails to load or render. It names what went
 * wrong in the person's language (never a stack trace) and offers to try again.
 */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  usePageTitle(t('errorPage.title'))
  return (
    <>
      <Heading1>{t('errorPage.title')}</Heading1>
      <Paragraph>{errorMessage(error)}</Paragraph>
      <Paragraph>{t('errorPage.advice')}</Paragraph>
      <Button
        type="button"
        appearance="secondary-action-button"
        onClick={() => {
          reset()
          void router.invalidate()
        }}
      >
        {t('errorPage.retry')}
      </Button>
    </>
  )
}

/**
 * Last resort when the page frame itself fails: the message in a bare <main>, so the page
 * still has its one landmark and heading.
 */
export function RootErrorPage(props: ErrorComponentProps) {
  return (
    <main id="inhoud" className="rk-container rk-main">
      <ErrorPage {...props} />
    </main>
  )
}

import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'

/** A polite "loading" line; `role="status"` lets screen readers hear it without a jump. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <Paragraph role="status" className="rk-loading">
      {label ?? t('common.loading')}
    </Paragraph>
  )
}

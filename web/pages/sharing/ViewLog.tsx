import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../components/format.ts'
import { ListTable } from './ListTable.tsx'
import type { ScopeTexts, ShareView, SharingTexts } from './types.ts'

/**
 * Every time someone else opened what was shared: who (or "deleted account") and when, and,
 * where shares carry a scope, what they saw and how.
 */
export function ViewLog(props: {
  views: ShareView[]
  texts: SharingTexts
  scopeTexts?: ScopeTexts | undefined
  headingId?: string | undefined
}) {
  const { views, texts, scopeTexts } = props
  const { t, i18n } = useTranslation()
  return (
    <ListTable
      title={t(`${texts}.views.title`)}
      headingId={props.headingId}
      empty={t(`${texts}.views.none`)}
      columns={[
        t(`${texts}.views.who`),
        scopeTexts && t(`${scopeTexts}.views.what`),
        scopeTexts && t(`${scopeTexts}.views.how`),
        t(`${texts}.views.when`),
      ]}
      rows={views.map((view, index) => (
        // Views have no id of their own; the log is append-only, so the place is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <TableRow key={index}>
          <TableCell>{view.viewer ?? t(`${texts}.views.deleted`)}</TableCell>
          {scopeTexts && (
            <>
              <TableCell>{view.scope && t(`${scopeTexts}.scope.${view.scope}`)}</TableCell>
              <TableCell>
                {view.format && t(`${scopeTexts}.views.formats.${view.format}`)}
              </TableCell>
            </>
          )}
          <TableCell>{formatDateTime(view.viewedAt, i18n.language)}</TableCell>
        </TableRow>
      ))}
    />
  )
}

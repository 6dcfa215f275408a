import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../components/format.ts'
import { ScrollTable } from '../../components/ScrollTable.tsx'
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
  const { views, texts, scopeTexts, headingId } = props
  const { t, i18n } = useTranslation()
  const title = t(`${texts}.views.title`)
  return (
    <>
      <Heading3 id={headingId}>{title}</Heading3>
      {views.length === 0 ? (
        <Paragraph>{t(`${texts}.views.none`)}</Paragraph>
      ) : (
        <ScrollTable label={title}>
          <Table>
            <TableCaption className="rk-visually-hidden">{title}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t(`${texts}.views.who`)}</TableHeaderCell>
                {scopeTexts && (
                  <>
                    <TableHeaderCell scope="col">{t(`${scopeTexts}.views.what`)}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t(`${scopeTexts}.views.how`)}</TableHeaderCell>
                  </>
                )}
                <TableHeaderCell scope="col">{t(`${texts}.views.when`)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {views.map((view, index) => (
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
            </TableBody>
          </Table>
        </ScrollTable>
      )}
    </>
  )
}

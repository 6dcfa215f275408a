import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import type { auditEntrySchema } from '../../domain/api/account.ts'
import { translateCode } from '../i18n/dynamic.ts'
import { formatDateTime } from './format.ts'
import { ScrollTable } from './ScrollTable.tsx'

type AuditEntry = z.infer<typeof auditEntrySchema>

/**
 * Security events as a table. `withPeople` adds who did it and to whom: the admin's view of
 * everyone; a person's own view leaves those out, as it is always about them.
 */
export function AuditTable({
  entries,
  caption,
  withPeople = false,
}: {
  entries: readonly AuditEntry[]
  caption: string
  withPeople?: boolean
}) {
  const { t, i18n } = useTranslation()
  return (
    <ScrollTable label={caption}>
      <Table>
        <TableCaption className="rk-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.columns.at')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.action')}</TableHeaderCell>
            {withPeople && (
              <TableHeaderCell scope="col">{t('audit.columns.actor')}</TableHeaderCell>
            )}
            {withPeople && (
              <TableHeaderCell scope="col">{t('audit.columns.subject')}</TableHeaderCell>
            )}
            <TableHeaderCell scope="col">{t('audit.columns.ip')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell>{formatDateTime(entry.at, i18n.language)}</TableCell>
              <TableCell>{translateCode('audit.actions', entry.action, null)}</TableCell>
              {withPeople && <TableCell>{entry.actor?.name ?? t('audit.nobody')}</TableCell>}
              {withPeople && <TableCell>{entry.subject?.name ?? t('audit.nobody')}</TableCell>}
              <TableCell>{entry.ip ?? t('audit.unknownIp')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  )
}

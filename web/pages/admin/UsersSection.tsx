import { useQuery } from '@tanstack/react-query'
import {
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type AdminUser, adminListUsers } from '../../../domain/api/admin.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'
import { translateCode } from '../../i18n/dynamic.ts'
import { UserForm } from './UserForm.tsx'

/** Find accounts by name or e-mail address, and change roles, organisation or access. */
export function UsersSection() {
  const { t } = useTranslation()
  const [draft, setDraft] = useState('')
  const [q, setQ] = useState('')
  const [editing, setEditing] = useState<AdminUser | null>(null)
  const [saved, setSaved] = useState<{ name: string; at: number } | null>(null)
  const users = useQuery({
    queryKey: ['admin', 'users', q],
    queryFn: () => callApi(adminListUsers, { query: { q: q || undefined } }),
  })

  return (
    <section aria-labelledby="accounts" className="rk-section">
      <Heading2 id="accounts">{t('admin.sections.accounts')}</Heading2>
      <search>
        <form
          className="rk-inline-form"
          onSubmit={(event) => {
            event.preventDefault()
            setQ(draft.trim())
          }}
        >
          <FormField
            label={<FormLabel htmlFor="accounts-zoeken">{t('admin.users.search')}</FormLabel>}
            input={
              <Textbox
                id="accounts-zoeken"
                type="search"
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
              />
            }
          />
          <Button type="submit" appearance="secondary-action-button">
            {t('admin.users.searchSubmit')}
          </Button>
        </form>
      </search>
      {saved && (
        <StatusMessage key={saved.at}>
          <Paragraph>{t('admin.users.saved', { name: saved.name })}</Paragraph>
        </StatusMessage>
      )}
      {users.isPending && <Loading />}
      {users.isError && <ErrorAlert error={users.error} />}
      {users.data && (
        <Paragraph role="status">
          {q
            ? t('admin.users.countFor', { count: users.data.users.length, q })
            : t('admin.users.count', { count: users.data.users.length })}
        </Paragraph>
      )}
      {users.data && users.data.users.length > 0 && (
        <ScrollTable label={t('admin.sections.accounts')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('fields.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.email')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.roles')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('fields.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('admin.users.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('admin.organisations.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.data.users.map((user) => (
                <TableRow key={user.id}>
                  <TableCell>
                    {user.name}
                    {user.isDemo && <span className="rk-tag">{t('admin.demoTag')}</span>}
                  </TableCell>
                  <TableCell>{user.email}</TableCell>
                  <TableCell>
                    {user.roles.map((role) => translateCode('roles', role, null)).join(', ') || '—'}
                  </TableCell>
                  <TableCell>{user.organisation?.name ?? '—'}</TableCell>
                  <TableCell>{userStatus(user, t)}</TableCell>
                  <TableCell>
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-label={t('admin.users.editFor', { name: user.name })}
                      onClick={() => {
                        setSaved(null)
                        setEditing(user)
                      }}
                    >
                      {t('admin.users.edit')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollTable>
      )}
      {editing && (
        <UserForm
          key={editing.id}
          user={editing}
          onDone={(user) => {
            setEditing(null)
            setSaved({ name: user.name, at: Date.now() })
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  )
}

function userStatus(
  user: AdminUser,
  t: (key: 'admin.users.disabled' | 'admin.users.unconfirmed' | 'admin.users.active') => string,
): string {
  if (user.disabled) return t('admin.users.disabled')
  if (!user.emailConfirmed) return t('admin.users.unconfirmed')
  return t('admin.users.active')
}

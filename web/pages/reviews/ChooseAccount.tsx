import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading4,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { addParticipants, listCandidates } from '../../../domain/api/reviews.ts'
import { callApi } from '../../api/client.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { StatusMessage } from '../../components/StatusMessage.tsx'

type Found = z.infer<
  (typeof listCandidates)['responses'][200]['content']['application/json']['schema']
>

/**
 * Inviting by choosing an existing account (programme team): search accounts by part of the
 * name or e-mail address, then invite one; they are invited exactly as by their address.
 */
export function ChooseAccount({ roundId }: { roundId: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [q, setQ] = useState('')
  const [tooShort, setTooShort] = useState(false)
  const [found, setFound] = useState<Found | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [invited, setInvited] = useState<{ name: string; at: number } | null>(null)

  const search = async (text: string) => {
    setError(null)
    if (text.trim().length < 2) {
      setTooShort(true)
      setFound(null)
      document.getElementById('account-zoeken')?.focus()
      return
    }
    setTooShort(false)
    setBusy('search')
    try {
      setFound(await callApi(listCandidates, { params: { roundId }, query: { q: text.trim() } }))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(null)
    }
  }

  const invite = async (candidate: Found['candidates'][number]) => {
    setError(null)
    setInvited(null)
    setBusy(candidate.email)
    try {
      await callApi(addParticipants, { params: { roundId }, body: { emails: [candidate.email] } })
      setInvited({ name: candidate.name, at: Date.now() })
      setFound(
        (current) =>
          current && {
            ...current,
            candidates: current.candidates.map((c) =>
              c.email === candidate.email ? { ...c, invited: true } : c,
            ),
          },
      )
      await queryClient.invalidateQueries({ queryKey: ['review-rounds'] })
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(null)
    }
  }

  return (
    <section aria-labelledby="account-kiezen-titel" className="rk-choose-account">
      <Heading4 id="account-kiezen-titel">{t('reviews.choose.title')}</Heading4>
      {invited && (
        <StatusMessage key={invited.at}>
          <Paragraph>{t('reviews.choose.invited', { name: invited.name })}</Paragraph>
        </StatusMessage>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <search>
        <form
          noValidate
          className="rk-inline-form"
          onSubmit={(event) => {
            event.preventDefault()
            void search(q)
          }}
        >
          <FormField
            invalid={tooShort}
            label={<FormLabel htmlFor="account-zoeken">{t('reviews.choose.label')}</FormLabel>}
            description={
              <FormFieldDescription id="account-zoeken-uitleg">
                {t('reviews.choose.hint')}
              </FormFieldDescription>
            }
            errorMessage={
              tooShort && (
                <p id="account-zoeken-fout" className="utrecht-form-field-error-message">
                  {t('reviews.choose.tooShort')}
                </p>
              )
            }
            input={
              <Textbox
                id="account-zoeken"
                type="search"
                name="q"
                autoComplete="off"
                spellCheck={false}
                value={q}
                invalid={tooShort}
                aria-describedby={
                  tooShort ? 'account-zoeken-fout account-zoeken-uitleg' : 'account-zoeken-uitleg'
                }
                onChange={(event) => setQ(event.target.value)}
              />
            }
          />
          <Button type="submit" appearance="secondary-action-button" busy={busy === 'search'}>
            {t('reviews.choose.search')}
          </Button>
        </form>
      </search>
      <div aria-live="polite">
        {found && (
          <Paragraph id="account-resultaten">
            {found.candidates.length === 0
              ? t('reviews.choose.none')
              : found.truncated
                ? t('reviews.choose.truncated', { count: found.candidates.length })
                : t('reviews.choose.found', { count: found.candidates.length })}
          </Paragraph>
        )}
      </div>
      {found && found.candidates.length > 0 && (
        <UnorderedList aria-labelledby="account-resultaten" className="rk-candidates">
          {found.candidates.map((candidate) => (
            <UnorderedListItem key={candidate.email}>
              {`${candidate.name} (${candidate.email}) `}
              {candidate.invited ? (
                <span className="rk-form__note">{t('reviews.choose.already')}</span>
              ) : (
                <Button
                  type="button"
                  appearance="subtle-button"
                  busy={busy === candidate.email}
                  disabled={busy !== null}
                  onClick={() => void invite(candidate)}
                >
                  {t('reviews.choose.invite', { name: candidate.name })}
                </Button>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  )
}

import { useQuery } from '@tanstack/react-query'
import {
  Alert,
  Heading2,
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
import { isFormal } from '../../../domain/catalogue/model.ts'
import { ErrorAlert } from '../../components/ErrorAlert.tsx'
import { Loading } from '../../components/Loading.tsx'
import { ScrollTable } from '../../components/ScrollTable.tsx'
import { formLabel } from '../catalogue/labels.tsx'
import { trainingNeedsQuery } from './queries.ts'

/**
 * For a manager, on the team overview: the anonymous training needs of the organisation over
 * the routes staff shared with its managers — themes, goals, forms and their cost — only over
 * at least `minGroupSize` people; smaller themes and forms are left out and counted.
 */
export function TrainingNeedsSection({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation()
  const needs = useQuery(trainingNeedsQuery(organisationId))
  const data = needs.data
  return (
    <section aria-labelledby="opleidingsbehoefte" className="rk-section">
      <Heading2 id="opleidingsbehoefte">{t('learningRoute.needs.title')}</Heading2>
      <div className="rk-prose">
        <Paragraph>{t('learningRoute.needs.intro')}</Paragraph>
      </div>
      {needs.isPending && <Loading />}
      {needs.isError && <ErrorAlert error={needs.error} />}
      {data && data.people === null && (
        <Alert type="info">
          <Paragraph>{t('learningRoute.needs.tooFew', { minimum: data.minGroupSize })}</Paragraph>
        </Alert>
      )}
      {data && data.people !== null && (
        <>
          <Paragraph>
            {t('learningRoute.needs.basis', { count: data.people, goals: data.activeGoals ?? 0 })}
          </Paragraph>
          <Heading3>{t('learningRoute.needs.themes')}</Heading3>
          {data.themes.length === 0 ? (
            <Paragraph>{t('learningRoute.needs.noThemes')}</Paragraph>
          ) : (
            <ScrollTable label={t('learningRoute.needs.themesTable')}>
              <Table>
                <TableCaption>{t('learningRoute.needs.themesTable')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('learningRoute.needs.theme')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('learningRoute.needs.map')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('learningRoute.needs.goals')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('learningRoute.needs.people')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.themes.map((theme) => (
                    <TableRow key={theme.id}>
                      <TableHeaderCell scope="row">{theme.title}</TableHeaderCell>
                      <TableCell>{theme.map.title}</TableCell>
                      <TableCell>{theme.goals}</TableCell>
                      <TableCell>{theme.people}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollTable>
          )}
          {data.hiddenThemes > 0 && (
            <Paragraph>
              {t('learningRoute.needs.hiddenThemes', {
                count: data.hiddenThemes,
                minimum: data.minGroupSize,
              })}
            </Paragraph>
          )}
          <Heading3>{t('learningRoute.needs.forms')}</Heading3>
          {data.forms.length === 0 ? (
            <Paragraph>{t('learningRoute.needs.noForms')}</Paragraph>
          ) : (
            <ScrollTable label={t('learningRoute.needs.formsTable')}>
              <Table>
                <TableCaption>{t('learningRoute.needs.formsTable')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('learningRoute.needs.form')}</TableHeaderCell>
                    <TableHeaderCell scope="col">
                      {t('learningRoute.needs.activities')}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{t('learningRoute.needs.people')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('learningRoute.needs.cost')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.forms.map((form) => (
                    <TableRow key={form.form}>
                      <TableHeaderCell scope="row">
                        {formLabel(form.form)} (
                        {isFormal(form.form) ? t('catalogue.formal') : t('catalogue.informal')})
                      </TableHeaderCell>
                      <TableCell>{form.activities}</TableCell>
                      <TableCell>{form.people}</TableCell>
                      <TableCell>{euros(form.costCents, i18n.language)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </ScrollTable>
          )}
          <Paragraph className="rk-muted">{t('learningRoute.needs.costNote')}</Paragraph>
          {data.hiddenForms > 0 && (
            <Paragraph>
              {t('learningRoute.needs.hiddenForms', {
                count: data.hiddenForms,
                minimum: data.minGroupSize,
              })}
            </Paragraph>
          )}
        </>
      )}
    </section>
  )
}

/** A sum in euros; nothing is "€ 0,00" here, not "free": it is a total, not a price. */
function euros(cents: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100)
}

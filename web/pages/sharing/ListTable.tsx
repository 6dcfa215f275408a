import {
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { ScrollTable } from '../../components/ScrollTable.tsx'

/**
 * A level-3 heading over either a sentence saying there is nothing yet or a scrollable table
 * named and captioned with the heading's text; `status` goes between heading and table.
 *
 * @example <ListTable title={t('x.title')} empty={t('x.none')} columns={[t('x.who')]} rows={[]} />
 */
export function ListTable(props: {
  title: string
  headingId?: string | undefined
  status?: ReactNode
  /** Said instead of the table when there are no rows. */
  empty: string
  columns: (string | false | undefined)[]
  rows: ReactNode[]
}) {
  const { title, rows } = props
  return (
    <>
      <Heading3 id={props.headingId}>{title}</Heading3>
      {props.status}
      {rows.length === 0 ? (
        <Paragraph>{props.empty}</Paragraph>
      ) : (
        <ScrollTable label={title}>
          <Table>
            <TableCaption className="rk-visually-hidden">{title}</TableCaption>
            <TableHeader>
              <TableRow>
                {props.columns.map(
                  (column) =>
                    column && (
                      <TableHeaderCell key={column} scope="col">
                        {column}
                      </TableHeaderCell>
                    ),
                )}
              </TableRow>
            </TableHeader>
            <TableBody>{rows}</TableBody>
          </Table>
        </ScrollTable>
      )}
    </>
  )
}

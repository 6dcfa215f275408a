import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod'
import {
  type commentSchema,
  getRound,
  listMapRounds,
  listMyRounds,
} from '../../../domain/api/reviews.ts'
import { callApi } from '../../api/client.ts'

export type ReviewComment = z.infer<typeof commentSchema>

/** Review rounds live under `['review-rounds', …]`; every change refetches them all. */
export const mapRoundsQuery = (slug: string) =>
  queryOptions({
    queryKey: ['review-rounds', 'map', slug],
    queryFn: () => callApi(listMapRounds, { params: { slug } }),
  })

export const myRoundsQuery = queryOptions({
  queryKey: ['review-rounds', 'mine'],
  queryFn: () => callApi(listMyRounds, {}),
})

export const roundQuery = (roundId: string) =>
  queryOptions({
    queryKey: ['review-rounds', 'round', roundId],
    queryFn: () => callApi(getRound, { params: { roundId } }),
  })

/** "a@x.nl\n b@y.nl \n\n" → ["a@x.nl", "b@y.nl"]: one address per line, blank lines skipped. */
export function emailLines(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((line) => line.trim())
    .filter(Boolean)
}

/** Today in the reader's time zone as YYYY-MM-DD, the earliest deadline a round can have. */
export function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

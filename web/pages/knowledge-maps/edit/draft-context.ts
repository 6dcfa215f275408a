import { useQueryClient } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import type { MapTree } from '../../../../domain/knowledge-maps/tree.ts'
import { focusFirst } from '../../../components/focus.ts'
import { errorMessage } from '../../../components/messages.ts'
import type { Announcement } from '../../../components/StatusMessage.tsx'
import { storeDraft } from '../queries.ts'

/** A review proposal the programme team carries out by hand: its part opens, filled in. */
export interface ProposalToApply {
  nodeId: string
  change: string
  title: string | null
}

export interface DraftActions {
  slug: string
  draft: MapTree
  proposal?: ProposalToApply | null
  /** The key of the button whose action is running, to show it busy. */
  busyKey: string | null
  announcement: Announcement | null
  /**
   * Runs one edit. On success the answered draft replaces the cached one, `done` is read out,
   * and focus goes to the first of `focus` (element ids) that exists and is enabled, so a
   * keyboard user stays where they were even when the node moved.
   */
  run: (options: {
    key: string
    call: () => Promise<MapTree>
    done: string
    focus?: string[]
  }) => Promise<boolean>
  /** For forms that call the API themselves (their errors stay in the form). */
  applied: (tree: MapTree, done: string, focus?: string[]) => Promise<void>
}

export const DraftContext = createContext<DraftActions | null>(null)

export function useDraft(): DraftActions {
  const context = useContext(DraftContext)
  if (!context) throw new Error('useDraft outside the edit page')
  return context
}

export function useDraftActions(slug: string, draft: MapTree | undefined) {
  const queryClient = useQueryClient()
  const [busyKey, setBusyKey] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState<Announcement | null>(null)
  const pendingFocus = useRef<string[] | null>(null)

  // After the new draft is on the screen, not before: the element to focus may be new.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the draft changes
  useEffect(() => {
    const ids = pendingFocus.current
    if (!ids) return
    pendingFocus.current = null
    focusFirst(ids)
  }, [draft])

  const applied = useCallback(
    async (tree: MapTree, done: string, focus?: string[]) => {
      pendingFocus.current = focus ?? null
      await storeDraft(queryClient, slug, tree)
      setAnnouncement({ type: 'ok', text: done, at: Date.now() })
    },
    [queryClient, slug],
  )

  const run: DraftActions['run'] = async ({ key, call, done, focus }) => {
    if (busyKey) return false
    setBusyKey(key)
    try {
      await applied(await call(), done, focus)
      return true
    } catch (error) {
      setAnnouncement({ type: 'error', text: errorMessage(error), at: Date.now() })
      return false
    } finally {
      setBusyKey(null)
    }
  }

  return { busyKey, announcement, run, applied, setAnnouncement }
}

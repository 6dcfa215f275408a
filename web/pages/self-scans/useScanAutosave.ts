import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { type ScanDetail, saveAnswers } from '../../../domain/api/self-scans.ts'
import { type Answer, emptyAnswer } from '../../../domain/self-scans/answers.ts'
import { callApi } from '../../api/client.ts'

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: unknown }

/** How long typing or clicking may pause before the changes go to the server. */
const ANSWER_DELAY = 700
const NOTE_DELAY = 1200

/**
 * The answers and notes of a scan being taken, saved as the person goes: only what changed
 * is sent (PATCH), a short while after the last change, one request at a time. What the person
 * entered stays on screen whatever the network does; a failed save keeps the changes queued
 * for the next try (the retry button, or the next change). Leaving the page sends what is left.
 */
function hasPendingIn(pending: { answers: Set<string>; notes: Set<string> }) {
  return pending.answers.size > 0 || pending.notes.size > 0
}

export function useScanAutosave(scan: ScanDetail) {
  const queryClient = useQueryClient()
  const [answers, setAnswers] = useState<Record<string, Answer>>(scan.answers)
  const [notes, setNotes] = useState<Record<string, string>>(scan.themeNotes)
  const [state, setState] = useState<SaveState>({ kind: 'idle' })
  const [lastSavedAt, setLastSavedAt] = useState<string | null>(null)
  const latest = useRef({ answers: scan.answers, notes: scan.themeNotes })
  const pending = useRef({ answers: new Set<string>(), notes: new Set<string>() })
  const inFlight = useRef<Promise<boolean> | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const scanId = scan.id

  /** Sends everything queued; true when nothing is left unsaved. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current)
    while (inFlight.current) await inFlight.current
    if (!hasPendingIn(pending.current)) return true
    const answerIds = [...pending.current.answers]
    const noteIds = [...pending.current.notes]
    pending.current = { answers: new Set(), notes: new Set() }
    const body = {
      answers: answerIds.map((objectiveId) => ({
        objectiveId,
        ...(latest.current.answers[objectiveId] ?? emptyAnswer()),
      })),
      themeNotes: noteIds.map((themeId) => ({
        themeId,
        note: latest.current.notes[themeId] ?? '',
      })),
    }
    setState({ kind: 'saving' })
    const run = callApi(saveAnswers, { params: { scanId }, body })
      .then((result) => {
        setLastSavedAt(result.updatedAt)
        setState(
          hasPendingIn(pending.current)
            ? { kind: 'pending' }
            : { kind: 'saved', at: result.updatedAt },
        )
        return true
      })
      .catch((error: unknown) => {
        // Back in the queue: a later change or the retry button sends them again.
        for (const id of answerIds) pending.current.answers.add(id)
        for (const id of noteIds) pending.current.notes.add(id)
        setState({ kind: 'error', error })
        return false
      })
      .finally(() => {
        inFlight.current = null
      })
    inFlight.current = run
    const ok = await run
    if (!ok) return false
    void queryClient.invalidateQueries({ queryKey: ['self-scans', 'mine'] })
    return hasPendingIn(pending.current) ? flush() : true
  }, [scanId, queryClient])

  const schedule = useCallback(
    (delay: number) => {
      clearTimeout(timer.current)
      setState((current) => (current.kind === 'saving' ? current : { kind: 'pending' }))
      timer.current = setTimeout(() => void flush(), delay)
    },
    [flush],
  )

  const changeAnswer = useCallback(
    (objectiveId: string, change: Partial<Answer>) => {
      const next = { ...(latest.current.answers[objectiveId] ?? emptyAnswer()), ...change }
      latest.current.answers = { ...latest.current.answers, [objectiveId]: next }
      pending.current.answers.add(objectiveId)
      setAnswers(latest.current.answers)
      schedule(ANSWER_DELAY)
    },
    [schedule],
  )

  const changeNote = useCallback(
    (themeId: string, note: string) => {
      latest.current.notes = { ...latest.current.notes, [themeId]: note }
      pending.current.notes.add(themeId)
      setNotes(latest.current.notes)
      schedule(NOTE_DELAY)
    },
    [schedule],
  )

  // Leaving: send what is left, and let the browser ask before closing with unsaved changes.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (hasPendingIn(pending.current) || inFlight.current) event.preventDefault()
    }
    const hide = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    window.addEventListener('beforeunload', warn)
    document.addEventListener('visibilitychange', hide)
    return () => {
      window.removeEventListener('beforeunload', warn)
      document.removeEventListener('visibilitychange', hide)
      void flush()
    }
  }, [flush])

  return { answers, notes, state, lastSavedAt, changeAnswer, changeNote, flush }
}

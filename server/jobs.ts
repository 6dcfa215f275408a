/**
 * Work that runs by itself in this process (one process serves Routekaart, decision 005): a
 * job runs a minute after start and then once a day. A failure is logged and tried again the
 * next day. Returns a function that stops the job, for shutdown.
 *
 * @example const stop = startDailyJob('herinneringen', () => sendActivityReminders(services))
 */
export function startDailyJob(name: string, job: () => Promise<unknown>): () => void {
  const run = () =>
    job().catch((error: unknown) => console.error(`Dagelijkse taak '${name}' mislukt:`, error))
  const first = setTimeout(run, 60_000)
  const daily = setInterval(run, 24 * 60 * 60 * 1000)
  first.unref()
  daily.unref()
  return () => {
    clearTimeout(first)
    clearInterval(daily)
  }
}

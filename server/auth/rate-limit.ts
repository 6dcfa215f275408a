/**
 * Counts failed sign-ins per account and per address in a sliding window, in memory.
 * One process serves Routekaart (docs/decisions/005-sessions-and-sign-in.md); a restart
 * forgets the counts, which errs on the side of letting a person in.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly perAccount: number,
    private readonly perAddress: number,
    private readonly windowMs: number,
  ) {}

  /** True when another attempt for this account or from this address must be refused. */
  isBlocked(email: string, ip: string, at = Date.now()): boolean {
    return (
      this.recent(`account:${email}`, at) >= this.perAccount ||
      this.recent(`ip:${ip}`, at) >= this.perAddress
    )
  }

  recordFailure(email: string, ip: string, at = Date.now()): void {
    for (const key of [`account:${email}`, `ip:${ip}`]) {
      const times = this.failures.get(key) ?? []
      times.push(at)
      this.failures.set(key, times)
    }
    if (this.failures.size > 50_000) this.prune(at)
  }

  /** A successful sign-in clears the account's count (not the address's). */
  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`)
  }

  private recent(key: string, at: number): number {
    const times = this.failures.get(key)
    if (!times) return 0
    const fresh = times.filter((t) => at - t < this.windowMs)
    if (fresh.length === 0) this.failures.delete(key)
    else this.failures.set(key, fresh)
    return fresh.length
  }

  private prune(at: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, at)
  }
}

import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface CapturedMail {
  to: string[]
  subject: string
  text: string
  raw: string
}

/**
 * A real SMTP server on loopback that keeps every message it receives, for tests that follow
 * mailed links the way a person would.
 */
export async function startSmtpCapture() {
  const messages: CapturedMail[] = []
  const waiters: (() => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        messages.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          subject: decodeHeader(/^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1] ?? ''),
          text: decodeBody(raw),
          raw,
        })
        for (const wake of waiters.splice(0)) wake()
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** The newest message to `to`, waiting up to 5 s for it to arrive. */
    async latestTo(to: string): Promise<CapturedMail> {
      const deadline = Date.now() + 5_000
      for (;;) {
        const found = messages.filter((m) => m.to.includes(to.toLowerCase())).at(-1)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`No mail to ${to}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 200)
        })
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function decodeHeader(value: string): string {
  return value
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s?/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
    .trim()
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

function decodeBody(raw: string): string {
  const split = raw.indexOf('\r\n\r\n')
  const headers = raw.slice(0, split)
  const body = raw.slice(split + 4)
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers))
    return decodeQuotedPrintable(body)
  if (/Content-Transfer-Encoding: base64/i.test(headers)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  }
  return body
}

/** The first link in a mail's text that starts with `base`. */
export function linkIn(mail: CapturedMail, base: string): string {
  const match = mail.text.match(
    new RegExp(`${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^\\s]+`),
  )
  if (!match) throw new Error(`No link to ${base} in mail "${mail.subject}"`)
  return match[0]
}

import nodemailer from 'nodemailer'
import type { Config } from '../config.ts'
import type { Db } from '../db/connection.ts'
import { newId, now } from '../util.ts'

export interface OutgoingMail {
  to: string
  subject: string
  text: string
}

export interface Mailer {
  /** True when mail leaves by SMTP; false when it lands in the admin's outbox. */
  readonly smtp: boolean
  send(mail: OutgoingMail): Promise<void>
}

/**
 * Mail over SMTP when `SMTP_URL` is set; otherwise into the `mail_outbox` table, which the
 * admin reads in the app. With SMTP nothing is stored: mailed links are secrets.
 */
export function createMailer(config: Config, db: Db): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl)
    return {
      smtp: true,
      async send(mail) {
        await transport.sendMail({ from: config.mailFrom, ...mail })
      },
    }
  }
  return {
    smtp: false,
    async send(mail) {
      await db.kysely
        .insertInto('mail_outbox')
        .values({
          id: newId(),
          created_at: now(),
          to_address: mail.to,
          subject: mail.subject,
          text_body: mail.text,
        })
        .execute()
    },
  }
}

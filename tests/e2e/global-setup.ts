import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

/** Builds the web app once for all journeys, exactly as `npm start` serves it. */
export default function setup() {
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    throw new Error(
      'Chromium is missing: install it with `apt-get install chromium` (Debian) to run the browser journeys.',
    )
  }
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
}

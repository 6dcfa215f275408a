import { Alert, Paragraph } from '@utrecht/component-library-react'
import { errorMessage } from './messages.ts'

/** A translated error from the API or the network, e.g. when a list could not be loaded. */
export function ErrorAlert({ error }: { error: unknown }) {
  return (
    <Alert type="error">
      <Paragraph>{errorMessage(error)}</Paragraph>
    </Alert>
  )
}

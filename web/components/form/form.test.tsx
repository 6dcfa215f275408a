// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { signInInput } from '../../../domain/schemas/account.ts'
import '../../i18n/index.ts'
import { ChoiceOption } from './ChoiceOption.tsx'
import { ErrorSummary } from './ErrorSummary.tsx'
import { TextField } from './TextField.tsx'
import { useForm } from './useForm.ts'

beforeAll(() => {
  // React only batches act() updates when told it runs in a test environment.
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})

function SignInForm() {
  const form = useForm('proef', { email: '', password: '' })
  return (
    <form noValidate onSubmit={form.handleSubmit({ schema: signInInput, onValid: () => {} })}>
      <ErrorSummary form={form} />
      <TextField form={form} name="email" type="email" label="E-mailadres" />
      <TextField form={form} name="password" type="password" label="Wachtwoord" />
      <button type="submit">Inloggen</button>
    </form>
  )
}

let root: Root | null = null
let container: HTMLElement

async function render() {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(async () => root?.render(<SignInForm />))
}

afterEach(() => {
  act(() => root?.unmount())
  container.remove()
})

describe('form fields and error summary', () => {
  it('link each input to its label', async () => {
    await render()
    const label = container.querySelector('label[for="proef-email"]')
    expect(label?.textContent).toBe('E-mailadres')
    expect(container.querySelector('#proef-email')?.getAttribute('aria-invalid')).toBeNull()
  })

  it('on a failed submit, mark the fields, link their errors and focus the summary', async () => {
    await render()
    await act(async () => container.querySelector('button')?.click())

    const input = container.querySelector('#proef-email')
    expect(input?.getAttribute('aria-invalid')).toBe('true')
    const describedBy = input?.getAttribute('aria-describedby') ?? ''
    expect(describedBy).toContain('proef-email-error')
    expect(container.querySelector('#proef-email-error')?.textContent).toBe('Vul dit in.')

    const summary = container.querySelector('#proef-error-summary')
    expect(document.activeElement).toBe(summary)
    const links = [...(summary?.querySelectorAll('a') ?? [])]
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#proef-email',
      '#proef-password',
    ])
    // Plain words: what to check, how much, and each item a sentence naming its field.
    expect(summary?.querySelector('h2')?.textContent).toBe('Controleer het formulier')
    expect(summary?.querySelector('p')?.textContent).toBe('Er zijn 2 punten om te verbeteren.')
    expect(links[0]?.textContent).toBe('‘E-mailadres’ is nog niet ingevuld.')
  })

  it('keep what the person typed', async () => {
    await render()
    const input = container.querySelector<HTMLInputElement>('#proef-email')
    await act(async () => {
      if (!input) return
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
      setter?.call(input, 'geen-adres')
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await act(async () => container.querySelector('button')?.click())
    expect(container.querySelector<HTMLInputElement>('#proef-email')?.value).toBe('geen-adres')
    expect(container.querySelector('#proef-email-error')?.textContent).toContain(
      'naam@voorbeeld.nl',
    )
  })

  it('put a checkbox and its label in the form field grid’s own cells, so the label is not squeezed', async () => {
    container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
    await act(async () =>
      root?.render(
        <ChoiceOption
          type="checkbox"
          id="keuze"
          label="Online"
          description="Zonder reizen"
          checked={false}
          onChange={() => {}}
        />,
      ),
    )
    const field = container.querySelector('.utrecht-form-field--checkbox')
    const cells = [...(field?.children ?? [])].map((cell) => cell.className)
    expect(cells).toEqual([
      'utrecht-form-field__label',
      'utrecht-form-field__description',
      'utrecht-form-field__input',
    ])
    expect(field?.querySelector('.utrecht-form-field__label label')?.getAttribute('for')).toBe(
      'keuze',
    )
    const input = field?.querySelector('.utrecht-form-field__input input#keuze')
    expect(input?.getAttribute('aria-describedby')).toBe('keuze-description')
  })
})

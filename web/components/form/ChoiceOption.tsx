import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

export interface ChoiceOptionProps {
  type: 'checkbox' | 'radio'
  id: string
  label: ReactNode
  checked: boolean
  /** Called with the box's new state (a radio button only ever reports `true`). */
  onChange: (checked: boolean) => void
  name?: string
  value?: string
  /** Shown under the label, and read after it (`aria-describedby`). */
  description?: ReactNode
  /** An error message under the label (a single checkbox field); a group shows its own. */
  errorMessage?: ReactNode
  invalid?: boolean
  /** Further ids the input is described by, e.g. a single field's error message. */
  describedBy?: string
  className?: string
}

/**
 * One checkbox or radio button with its label beside it — the only way Routekaart draws one.
 * The NL Design System form field lays a choice out as a grid: the box in a column as wide as
 * the box, label, description and error message beside it. That grid needs the box in
 * `utrecht-form-field__input` and the label in `utrecht-form-field__label`, which `FormField`
 * does when given `input` and `label`; putting both in one wrapper squeezes the label into
 * the box's column, one letter per line.
 *
 * @example
 * <ChoiceOption type="checkbox" id="online" label="Online" checked={online} onChange={setOnline} />
 */
export function ChoiceOption({
  type,
  id,
  label,
  checked,
  onChange,
  name,
  value,
  description,
  errorMessage,
  invalid,
  describedBy,
  className,
}: ChoiceOptionProps) {
  const descriptionId = description ? `${id}-description` : undefined
  const ariaDescribedBy = [descriptionId, describedBy].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name,
    value,
    checked,
    invalid,
    'aria-describedby': ariaDescribedBy,
  }
  return (
    <FormField
      type={type}
      invalid={Boolean(errorMessage) && invalid}
      className={className ? `rk-choice ${className}` : 'rk-choice'}
      label={
        <FormLabel htmlFor={id} type={type}>
          {label}
        </FormLabel>
      }
      description={
        description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
      }
      input={
        type === 'checkbox' ? (
          <Checkbox {...common} onChange={(event) => onChange(event.target.checked)} />
        ) : (
          <RadioButton {...common} onChange={(event) => onChange(event.target.checked)} />
        )
      }
      errorMessage={errorMessage}
    />
  )
}

import { createLink } from '@tanstack/react-router'
import { ButtonLink, Link } from '@utrecht/component-library-react'

/** A router link that looks like an NL Design System link. */
export const AppLink = createLink(Link)

/** A router link that looks like a button: for the main call to action on a page. */
export const AppButtonLink = createLink(ButtonLink)

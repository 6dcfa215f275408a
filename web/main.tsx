// Noto Sans, bundled from node_modules: the CSP allows fonts from this site only.
import '@utrecht/design-tokens/dist/font-family.js'
import '@utrecht/component-library-css/dist/index.css'
import '@utrecht/design-tokens/dist/theme.css'
import './theme.css'
import './styles/base.css'
import './styles/header.css'
import './styles/forms.css'
import './styles/content.css'
import './styles/lists.css'
import './styles/knowledge-maps.css'
import './i18n/index.ts'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import i18n from 'i18next'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { whenUnauthenticated } from './api/client.ts'
import { queryClient } from './api/query-client.ts'
import { sessionQuery } from './api/session.ts'
import { showFlash } from './components/flash.ts'
import { createAppRouter } from './router.tsx'

const router = createAppRouter(queryClient)

// The session ended on the server (expired, signed out elsewhere): refresh it and let the
// route guards send the person to sign in, with the way back.
whenUnauthenticated(() => {
  showFlash({ type: 'info', message: i18n.t('signIn.sessionEnded'), path: '/inloggen' })
  void queryClient.invalidateQueries(sessionQuery).then(() => router.invalidate())
})

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)

import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type ParsedLocation,
  redirect,
} from '@tanstack/react-router'
import { OFFERING_FORMS, OFFERING_LEVELS } from '../domain/catalogue/model.ts'
import { MAP_AUDIENCES, MAP_LEVELS, MAP_STATES } from '../domain/knowledge-maps/model.ts'
import { sessionQuery } from './api/session.ts'
import { Layout } from './components/Layout.tsx'
import { Loading } from './components/Loading.tsx'
import { ADMIN_SECTIONS, AdminPage, type AdminSection } from './pages/admin/AdminPage.tsx'
import { ErrorPage, RootErrorPage } from './pages/error/ErrorPage.tsx'
import { HomePage } from './pages/home/HomePage.tsx'
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx'
import { SignInPage } from './pages/sign-in/SignInPage.tsx'

// Pages load when first visited, so the first page of a visit downloads only what it shows.
const AccessibilityPage = lazyRouteComponent(
  () => import('./pages/accessibility/AccessibilityPage.tsx'),
  'AccessibilityPage',
)
const AccountPage = lazyRouteComponent(
  () => import('./pages/account/AccountPage.tsx'),
  'AccountPage',
)
const CataloguePage = lazyRouteComponent(
  () => import('./pages/catalogue/CataloguePage.tsx'),
  'CataloguePage',
)
const CsvPage = lazyRouteComponent(() => import('./pages/catalogue/CsvPage.tsx'), 'CsvPage')
const ManagePage = lazyRouteComponent(
  () => import('./pages/catalogue/ManagePage.tsx'),
  'ManagePage',
)
const EditOfferingPage = lazyRouteComponent(
  () => import('./pages/catalogue/OfferingFormPage.tsx'),
  'EditOfferingPage',
)
const NewOfferingPage = lazyRouteComponent(
  () => import('./pages/catalogue/OfferingFormPage.tsx'),
  'NewOfferingPage',
)
const OfferingPage = lazyRouteComponent(
  () => import('./pages/catalogue/OfferingPage.tsx'),
  'OfferingPage',
)
const ProvidersPage = lazyRouteComponent(
  () => import('./pages/catalogue/ProvidersPage.tsx'),
  'ProvidersPage',
)
const StalePage = lazyRouteComponent(() => import('./pages/catalogue/StalePage.tsx'), 'StalePage')
const ConfirmEmailPage = lazyRouteComponent(
  () => import('./pages/confirm-email/ConfirmEmailPage.tsx'),
  'ConfirmEmailPage',
)
const InvitationPage = lazyRouteComponent(
  () => import('./pages/invitation/InvitationPage.tsx'),
  'InvitationPage',
)
const ComparePage = lazyRouteComponent(
  () => import('./pages/knowledge-maps/ComparePage.tsx'),
  'ComparePage',
)
const EditPage = lazyRouteComponent(
  () => import('./pages/knowledge-maps/edit/EditPage.tsx'),
  'EditPage',
)
const ImportPage = lazyRouteComponent(
  () => import('./pages/knowledge-maps/ImportPage.tsx'),
  'ImportPage',
)
const MapPage = lazyRouteComponent(() => import('./pages/knowledge-maps/MapPage.tsx'), 'MapPage')
const MapsPage = lazyRouteComponent(() => import('./pages/knowledge-maps/MapsPage.tsx'), 'MapsPage')
const SearchPage = lazyRouteComponent(
  () => import('./pages/knowledge-maps/SearchPage.tsx'),
  'SearchPage',
)
const WorkSessionsPage = lazyRouteComponent(
  () => import('./pages/knowledge-maps/WorkSessionsPage.tsx'),
  'WorkSessionsPage',
)
const EditGoalPage = lazyRouteComponent(
  () => import('./pages/learning-routes/GoalFormPages.tsx'),
  'EditGoalPage',
)
const NewGoalPage = lazyRouteComponent(
  () => import('./pages/learning-routes/GoalFormPages.tsx'),
  'NewGoalPage',
)
const GoalsPage = lazyRouteComponent(
  () => import('./pages/learning-routes/GoalsPage.tsx'),
  'GoalsPage',
)
const RoutePage = lazyRouteComponent(
  () => import('./pages/learning-routes/RoutePage.tsx'),
  'RoutePage',
)
const SharedRoutePage = lazyRouteComponent(
  () => import('./pages/learning-routes/SharedRoutePage.tsx'),
  'SharedRoutePage',
)
const OrganisationPage = lazyRouteComponent(
  () => import('./pages/organisation/OrganisationPage.tsx'),
  'OrganisationPage',
)
const ForgotPasswordPage = lazyRouteComponent(
  () => import('./pages/password-reset/ForgotPasswordPage.tsx'),
  'ForgotPasswordPage',
)
const ResetPasswordPage = lazyRouteComponent(
  () => import('./pages/password-reset/ResetPasswordPage.tsx'),
  'ResetPasswordPage',
)
const PrivacyPage = lazyRouteComponent(
  () => import('./pages/privacy/PrivacyPage.tsx'),
  'PrivacyPage',
)
const MapRoundsPage = lazyRouteComponent(
  () => import('./pages/reviews/MapRoundsPage.tsx'),
  'MapRoundsPage',
)
const MyRoundsPage = lazyRouteComponent(
  () => import('./pages/reviews/MyRoundsPage.tsx'),
  'MyRoundsPage',
)
const RoundPage = lazyRouteComponent(() => import('./pages/reviews/RoundPage.tsx'), 'RoundPage')
const EmployabilityCheckPage = lazyRouteComponent(
  () => import('./pages/self-scans/EmployabilityCheckPage.tsx'),
  'EmployabilityCheckPage',
)
const ReportPage = lazyRouteComponent(
  () => import('./pages/self-scans/ReportPage.tsx'),
  'ReportPage',
)
const ScanListPage = lazyRouteComponent(
  () => import('./pages/self-scans/ScanListPage.tsx'),
  'ScanListPage',
)
const SharedWithMePage = lazyRouteComponent(
  () => import('./pages/self-scans/SharedWithMePage.tsx'),
  'SharedWithMePage',
)
const TakeScanPage = lazyRouteComponent(
  () => import('./pages/self-scans/TakeScanPage.tsx'),
  'TakeScanPage',
)
const TeamOverviewPage = lazyRouteComponent(
  () => import('./pages/self-scans/TeamOverviewPage.tsx'),
  'TeamOverviewPage',
)
const SignUpPage = lazyRouteComponent(() => import('./pages/sign-up/SignUpPage.tsx'), 'SignUpPage')

interface RouterContext {
  queryClient: QueryClient
}

type Search = Record<string, unknown>
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined
/** One of `choices`, or nothing: a hand-edited address must not reach the API as is. */
const oneOf = <T extends string>(choices: readonly T[], value: unknown): T | undefined =>
  choices.includes(value as T) ? (value as T) : undefined
const positive = (value: unknown): number | undefined => {
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/**
 * Pages that need a signed-in person send everyone else to sign in, with the way back in
 * `redirect`. The session query is shared, so this costs no extra request.
 */
async function requireUser({
  context,
  location,
}: {
  context: RouterContext
  location: ParsedLocation
}) {
  const session = await context.queryClient.ensureQueryData(sessionQuery)
  if (!session.user) throw redirect({ to: '/inloggen', search: { redirect: location.href } })
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The header needs to know who is signed in; a failure here must not block the public
  // pages, so it is swallowed and each page shows its own error.
  beforeLoad: ({ context }) => context.queryClient.ensureQueryData(sessionQuery).catch(() => null),
  component: Layout,
  errorComponent: RootErrorPage,
  notFoundComponent: NotFoundPage,
})

const route = <P extends string>(path: P) => ({ getParentRoute: () => rootRoute, path })

const routeTree = rootRoute.addChildren([
  createRoute({ ...route('/'), component: HomePage }),
  createRoute({
    ...route('/aanmelden'),
    validateSearch: (search: Search) => ({ redirect: text(search.redirect) }),
    component: SignUpPage,
  }),
  createRoute({
    ...route('/e-mail-bevestigen'),
    validateSearch: (search: Search) => ({ token: text(search.token) }),
    component: ConfirmEmailPage,
  }),
  createRoute({
    ...route('/inloggen'),
    validateSearch: (search: Search) => ({ redirect: text(search.redirect) }),
    component: SignInPage,
  }),
  createRoute({ ...route('/wachtwoord-vergeten'), component: ForgotPasswordPage }),
  createRoute({
    ...route('/wachtwoord-herstellen'),
    validateSearch: (search: Search) => ({ token: text(search.token) }),
    component: ResetPasswordPage,
  }),
  createRoute({
    ...route('/uitnodiging'),
    validateSearch: (search: Search) => ({ token: text(search.token) }),
    component: InvitationPage,
  }),
  createRoute({ ...route('/account'), beforeLoad: requireUser, component: AccountPage }),
  createRoute({
    ...route('/organisatie'),
    validateSearch: (search: Search) => ({ id: text(search.id) }),
    beforeLoad: requireUser,
    component: OrganisationPage,
  }),
  createRoute({
    ...route('/beheer'),
    validateSearch: (search: Search) => {
      const part = text(search.onderdeel)
      return {
        onderdeel: ADMIN_SECTIONS.includes(part as AdminSection)
          ? (part as AdminSection)
          : undefined,
      }
    },
    beforeLoad: requireUser,
    component: AdminPage,
  }),
  createRoute({
    ...route('/kenniskaarten'),
    validateSearch: (search: Search) => ({
      doelgroep: oneOf(MAP_AUDIENCES, search.doelgroep),
      niveau: oneOf(MAP_LEVELS, search.niveau),
      status: oneOf(MAP_STATES, search.status),
    }),
    component: MapsPage,
  }),
  createRoute({
    ...route('/kenniskaarten/zoeken'),
    validateSearch: (search: Search) => ({ q: text(search.q) }),
    component: SearchPage,
  }),
  createRoute({
    ...route('/kenniskaarten/importeren'),
    beforeLoad: requireUser,
    component: ImportPage,
  }),
  createRoute({
    ...route('/kenniskaarten/$slug'),
    validateSearch: (search: Search) => ({ versie: positive(search.versie) }),
    component: MapPage,
  }),
  createRoute({
    ...route('/kenniskaarten/$slug/vergelijken'),
    validateSearch: (search: Search) => ({ van: text(search.van), naar: text(search.naar) }),
    component: ComparePage,
  }),
  createRoute({
    ...route('/kenniskaarten/$slug/bewerken'),
    beforeLoad: requireUser,
    // From a review round: a proposal to carry out by hand, its part opened and filled in.
    validateSearch: (search: Search) => ({
      onderdeel: text(search.onderdeel),
      wijziging: text(search.wijziging),
      tekst: text(search.tekst),
    }),
    component: EditPage,
  }),
  createRoute({
    ...route('/kenniskaarten/$slug/reviewrondes'),
    beforeLoad: requireUser,
    component: MapRoundsPage,
  }),
  createRoute({
    ...route('/kenniskaarten/$slug/werksessies'),
    beforeLoad: requireUser,
    component: WorkSessionsPage,
  }),
  createRoute({ ...route('/meedenken'), beforeLoad: requireUser, component: MyRoundsPage }),
  createRoute({ ...route('/meedenken/$roundId'), beforeLoad: requireUser, component: RoundPage }),
  createRoute({
    ...route('/inzetbaarheid'),
    validateSearch: (search: Search) => ({ check: text(search.check) }),
    beforeLoad: requireUser,
    component: EmployabilityCheckPage,
  }),
  createRoute({
    ...route('/gedeeld-met-mij'),
    beforeLoad: requireUser,
    component: SharedWithMePage,
  }),
  createRoute({
    ...route('/organisatie/zelfscan-overzicht'),
    validateSearch: (search: Search) => ({ kaart: text(search.kaart) }),
    beforeLoad: requireUser,
    component: TeamOverviewPage,
  }),
  createRoute({ ...route('/zelfscan'), beforeLoad: requireUser, component: ScanListPage }),
  createRoute({
    ...route('/zelfscan/$scanId'),
    validateSearch: (search: Search) => ({ stap: positive(search.stap) }),
    beforeLoad: requireUser,
    component: TakeScanPage,
  }),
  createRoute({
    ...route('/zelfscan/$scanId/rapport'),
    beforeLoad: requireUser,
    component: ReportPage,
  }),
  createRoute({
    ...route('/opleidingsaanbod'),
    validateSearch: (search: Search) => ({
      q: text(search.q),
      vorm: oneOf(OFFERING_FORMS, search.vorm),
      niveau: oneOf(OFFERING_LEVELS, search.niveau),
      kaart: text(search.kaart),
      thema: text(search.thema),
      leerdoel: text(search.leerdoel),
      maxkosten:
        search.maxkosten === '0' || search.maxkosten === 0 ? 0 : positive(search.maxkosten),
      online: oneOf(['ja', 'nee'] as const, search.online),
      gearchiveerd: oneOf(['ja'] as const, search.gearchiveerd),
      pagina: positive(search.pagina),
    }),
    beforeLoad: requireUser,
    component: CataloguePage,
  }),
  createRoute({
    ...route('/opleidingsaanbod/beheer'),
    beforeLoad: requireUser,
    component: ManagePage,
  }),
  createRoute({
    ...route('/opleidingsaanbod/nieuw'),
    beforeLoad: requireUser,
    component: NewOfferingPage,
  }),
  createRoute({ ...route('/opleidingsaanbod/csv'), beforeLoad: requireUser, component: CsvPage }),
  createRoute({
    ...route('/opleidingsaanbod/aanbieders'),
    beforeLoad: requireUser,
    component: ProvidersPage,
  }),
  createRoute({
    ...route('/opleidingsaanbod/verouderd'),
    beforeLoad: requireUser,
    component: StalePage,
  }),
  createRoute({
    ...route('/opleidingsaanbod/$offeringId'),
    beforeLoad: requireUser,
    component: OfferingPage,
  }),
  createRoute({
    ...route('/opleidingsaanbod/$offeringId/bewerken'),
    beforeLoad: requireUser,
    component: EditOfferingPage,
  }),
  createRoute({ ...route('/leerdoelen'), beforeLoad: requireUser, component: GoalsPage }),
  createRoute({
    ...route('/leerdoelen/nieuw'),
    validateSearch: (search: Search) => ({
      scan: text(search.scan),
      // From a zelfscan report: the points of one goal, or a series of one goal per point.
      punten: text(search.punten),
      reeks: text(search.reeks),
      stap: positive(search.stap),
    }),
    beforeLoad: requireUser,
    component: NewGoalPage,
  }),
  createRoute({
    ...route('/leerdoelen/$goalId/bewerken'),
    beforeLoad: requireUser,
    component: EditGoalPage,
  }),
  createRoute({ ...route('/leerroute'), beforeLoad: requireUser, component: RoutePage }),
  createRoute({
    ...route('/leerroute/van/$ownerId'),
    beforeLoad: requireUser,
    component: SharedRoutePage,
  }),
  createRoute({ ...route('/privacy'), component: PrivacyPage }),
  createRoute({ ...route('/toegankelijkheid'), component: AccessibilityPage }),
])

/**
 * Search parameters as plain `?key=value`, not the router's default JSON encoding: mailed
 * links (`?token=…`) come from the server and must read the same way here.
 */
function parseSearch(search: string): Search {
  return Object.fromEntries(new URLSearchParams(search))
}

function stringifySearch(search: Search): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultErrorComponent: ErrorPage,
    defaultPendingComponent: () => <Loading />,
    defaultPreload: 'intent',
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

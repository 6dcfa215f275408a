/**
 * The two routes of the routekaart (DESIGN.md "The routes"), as data. Each step names the
 * part that serves it; `BUILT_PARTS` maps a part to its page once that part exists, so the
 * home page links to it — until then the step says plainly that it is not open yet.
 */
export interface RoadmapStepDefinition {
  number: number
  key: string
  part: string
}

export const PROFESSIONAL_ROUTE: readonly RoadmapStepDefinition[] = [
  { number: 1, key: 'awareness', part: 'Module' },
  { number: 2, key: 'self-scan', part: 'SelfScan' },
  { number: 3, key: 'learning-goals', part: 'LearningGoal' },
  { number: 4, key: 'learning-route', part: 'LearningRoute' },
  { number: 5, key: 'portfolio', part: 'Portfolio' },
  { number: 6, key: 'development-conversation', part: 'DevelopmentConversation' },
  { number: 7, key: 'evaluate', part: 'Evaluation' },
]

export const ORGANISATION_ROUTE: readonly RoadmapStepDefinition[] = [
  { number: 1, key: 'awareness', part: 'Module' },
  { number: 2, key: 'org-scan', part: 'OrgScan' },
  { number: 3, key: 'kick-off', part: 'Pilot' },
  { number: 4, key: 'action-plan', part: 'Guide' },
  { number: 5, key: 'support-professionals', part: 'Portfolio' },
  { number: 6, key: 'intervision', part: 'IntervisionGroup' },
  { number: 7, key: 'evaluate', part: 'Evaluation' },
]

/** Parts that are built, with the web path that serves them. Later features add themselves. */
export const BUILT_PARTS: Readonly<Record<string, string>> = {
  KnowledgeMap: '/kenniskaarten',
  SelfScan: '/zelfscan',
  EmployabilityCheck: '/inzetbaarheid',
  Catalogue: '/opleidingsaanbod',
  LearningGoal: '/leerdoelen',
  LearningRoute: '/leerroute',
}

/**
 * What Routekaart offers, as the public home page introduces it (DESIGN.md glossary), each
 * with the code parts it is made of. It is available once all of them are in BUILT_PARTS,
 * so a part is announced as open in one place only: where it is built.
 */
export const PRODUCT_PARTS: readonly { key: string; parts: readonly string[] }[] = [
  { key: 'knowledge-maps', parts: ['KnowledgeMap'] },
  { key: 'self-scan', parts: ['SelfScan', 'EmployabilityCheck'] },
  { key: 'catalogue', parts: ['Catalogue'] },
  { key: 'learning-route', parts: ['LearningGoal', 'LearningRoute'] },
  { key: 'e-learning', parts: ['Module'] },
  { key: 'portfolio', parts: ['Portfolio', 'DevelopmentConversation'] },
  { key: 'org-scan', parts: ['OrgScan', 'Guide'] },
  { key: 'intervision', parts: ['IntervisionGroup', 'CoachAssignment'] },
]

/**
 * The product parts split into those available today and those still coming, in order.
 *
 * @example productAvailability().available.map((p) => p.key) // ['knowledge-maps', …]
 */
export function productAvailability(built: Readonly<Record<string, string>> = BUILT_PARTS) {
  const isAvailable = (part: (typeof PRODUCT_PARTS)[number]) =>
    part.parts.every((name) => built[name] !== undefined)
  return {
    available: PRODUCT_PARTS.filter(isAvailable),
    coming: PRODUCT_PARTS.filter((part) => !isAvailable(part)),
  }
}

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
  SelfScan: '/zelfscan',
  LearningGoal: '/leerdoelen',
  LearningRoute: '/leerroute',
}

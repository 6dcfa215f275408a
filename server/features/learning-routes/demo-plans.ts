import type { ActivityStatus, GoalStatus } from '../../../domain/learning-routes/goals.ts'

/** A demo goal: its words and the theme (by title) its objectives come from. */
export interface DemoGoalText {
  theme: RegExp
  title: string
  why: string
  measure: string
}

export const DEMO_GOALS = {
  inspection: {
    theme: /toezicht/i,
    title: 'Ik kan een inspectie bij een gemeente zelfstandig voorbereiden en uitvoeren',
    why: 'Mijn functie verschuift naar toezicht op de informatiehuishouding van gemeenten.',
    measure:
      'Ik heb twee inspecties voorbereid en uitgevoerd, en mijn collega-inspecteur keurt mijn verslag goed.',
  },
  advice: {
    theme: /advis/i,
    title: 'Ik kan bestuurders helder adviseren over de Archiefwet',
    why: 'Bestuurders vragen vaker om advies over wat de nieuwe wet van hen vraagt.',
    measure: 'Ik geef een adviesgesprek met een gemeentesecretaris en krijg positieve feedback.',
  },
  law: {
    theme: /wet- en regel/i,
    title: 'Ik kan collega’s uitleggen wat de nieuwe Archiefwet en de Woo voor ons werk betekenen',
    why: 'Er komen steeds meer vragen over openbaarheid en bewaartermijnen.',
    measure: 'Ik geef een korte presentatie in het teamoverleg en beantwoord de vragen.',
  },
  records: {
    theme: /informatiehuishouding/i,
    title: 'Ik kan beoordelen of het e-depot van een gemeente aan de eisen voldoet',
    why: 'Steeds meer gemeenten brengen hun archief digitaal over.',
    measure: 'Ik beoordeel samen met een collega één e-depot en schrijf de bevindingen op.',
  },
  talk: {
    theme: /communic/i,
    title: 'Ik kan een lastig gesprek met een archiefvormer rustig en duidelijk voeren',
    why: 'Niet elke gemeente is blij met de uitkomst van een inspectie.',
    measure: 'Mijn leidinggevende ziet in twee gesprekken dat ik duidelijk en vriendelijk blijf.',
  },
} satisfies Record<string, DemoGoalText>

/**
 * An activity of a demo route: from the demo catalogue (the first offering serving the goal,
 * else the fallback of one's own) or one's own; `start` in days from today (negative: past).
 */
export interface DemoActivity {
  catalogue?: boolean
  title: string
  form: string
  start: number
  status: ActivityStatus
}

export interface DemoGoalPlan {
  goal: keyof typeof DEMO_GOALS
  status: GoalStatus
  /** Days from today: when the goal was made, its deadline, and when it was closed. */
  createdDaysAgo: number
  deadline: number
  closedDaysAgo?: number
  activities: DemoActivity[]
}

const shadowing = { title: 'Meelopen met een ervaren inspecteur', form: 'job_shadowing' }
const intervision = { title: 'Intervisie met collega’s uit de regio', form: 'intervision' }
const course = (start: number, status: ActivityStatus = 'planned'): DemoActivity => ({
  catalogue: true,
  ...shadowing,
  start,
  status,
})

/**
 * Each demo person's goals, as varied as real colleagues: one to three goals, none to five
 * activities per person, one goal reached and one dropped, different forms and dates. Five or
 * more people share an active inspection goal and planned intervision, so the manager's
 * anonymous training needs show a theme and a form; smaller groups stay hidden, as they should.
 */
export const DEMO_PLANS: Record<string, DemoGoalPlan[]> = {
  'professional@demo.routekaart.nl': [
    {
      goal: 'inspection',
      status: 'active',
      createdDaysAgo: 20,
      deadline: 180,
      activities: [course(14), { ...intervision, start: 44, status: 'planned' }],
    },
    {
      goal: 'advice',
      status: 'active',
      createdDaysAgo: 20,
      deadline: 210,
      activities: [
        course(21),
        { title: 'Handreiking Archiefwet lezen', form: 'reading', start: 51, status: 'planned' },
      ],
    },
  ],
  'collega1@demo.routekaart.nl': [
    {
      goal: 'inspection',
      status: 'active',
      createdDaysAgo: 120,
      deadline: 60,
      activities: [
        course(-20, 'in_progress'),
        { ...shadowing, start: 25, status: 'planned' },
        { ...intervision, start: 60, status: 'planned' },
      ],
    },
    {
      goal: 'advice',
      status: 'completed',
      createdDaysAgo: 150,
      deadline: -20,
      closedDaysAgo: 40,
      activities: [
        course(-90, 'done'),
        { title: 'Boek over adviesvaardigheden', form: 'reading', start: -70, status: 'done' },
      ],
    },
    { goal: 'law', status: 'active', createdDaysAgo: 5, deadline: 240, activities: [] },
  ],
  'collega2@demo.routekaart.nl': [
    {
      goal: 'inspection',
      status: 'active',
      createdDaysAgo: 35,
      deadline: 150,
      activities: [course(10), { ...intervision, start: 38, status: 'planned' }],
    },
  ],
  'collega3@demo.routekaart.nl': [
    {
      goal: 'inspection',
      status: 'active',
      createdDaysAgo: 60,
      deadline: 300,
      activities: [course(45), { ...intervision, start: 90, status: 'planned' }],
    },
    {
      goal: 'talk',
      status: 'dropped',
      createdDaysAgo: 100,
      deadline: 30,
      closedDaysAgo: 12,
      activities: [
        {
          title: 'Coachgesprekken over lastige gesprekken',
          form: 'coaching',
          start: 5,
          status: 'cancelled',
        },
      ],
    },
  ],
  'collega4@demo.routekaart.nl': [
    { goal: 'inspection', status: 'active', createdDaysAgo: 3, deadline: 365, activities: [] },
    {
      goal: 'records',
      status: 'active',
      createdDaysAgo: 80,
      deadline: 120,
      activities: [
        {
          title: 'E-learning duurzame toegankelijkheid',
          form: 'e_learning',
          start: -30,
          status: 'in_progress',
        },
        { title: 'Artikelen over e-depots lezen', form: 'reading', start: 30, status: 'planned' },
      ],
    },
  ],
  'collega5@demo.routekaart.nl': [
    {
      goal: 'inspection',
      status: 'active',
      createdDaysAgo: 45,
      deadline: 200,
      activities: [
        course(30),
        { ...intervision, start: 50, status: 'planned' },
        { ...shadowing, start: 75, status: 'planned' },
        { title: 'Webinar toezicht op de Woo', form: 'webinar', start: 20, status: 'planned' },
        {
          title: 'Inspectierapporten van collega’s lezen',
          form: 'reading',
          start: -10,
          status: 'in_progress',
        },
      ],
    },
    { goal: 'advice', status: 'active', createdDaysAgo: 45, deadline: 270, activities: [] },
  ],
}

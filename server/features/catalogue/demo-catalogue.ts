import type { OfferingForm, OfferingLevel } from '../../../domain/catalogue/model.ts'
import type { Db } from '../../db/connection.ts'
import { addProviderMember, createOffering, createProvider } from './factories.ts'
import { knownObjectiveIds } from './queries.ts'

/**
 * The demo catalogue: fictional providers, every name ending in "(demo)", and offerings of
 * every form linked to objectives of the published kenniskaart Toezicht en Advies. Seeded only
 * with the demo data (server/db/seed-demo.ts); nothing here is a real course.
 */
export const DEMO_PROVIDERS = [
  { slug: 'archiefacademie-demo', name: 'Archiefacademie Vechtstreek (demo)' },
  { slug: 'hogeschool-demo', name: 'Hogeschool Noorderburg (demo)' },
  { slug: 'kennisnetwerk-demo', name: 'Kennisnetwerk Archiefpraktijk (demo)' },
] as const

/** The demo provider account belongs to the first provider. */
export const DEMO_PROVIDER_ACCOUNT = 'aanbieder@demo.routekaart.nl'

// Objectives of Toezicht en Advies, by their lasting identity.
const O = {
  auditing: '0301701c-0973-40b0-a38d-67ffad87abef',
  instrumenten: '6c888a67-0714-4b5a-990b-98df89b48feb',
  achtergrond: '258b0d6e-5f3e-4e53-8345-dc47d7034334',
  inspecties: 'e29aadc3-6a2c-4ea2-aab1-632c6447f1bb',
  vervanging: 'af7f1a7b-7bf1-4763-8a4e-ec0ab1dd77e9',
  wetgeving: '9dc63856-b69e-401e-9f8f-1ae2ce918140',
  juridisch: 'c5a3c6e4-06f9-416c-a6ff-12158c502784',
  digitaalOverheid: '057df6dd-6c99-4008-b555-01d62dd8246a',
  processen: '8301a678-f2b6-49e7-ac85-21ecc9977883',
  ketens: 'babe2e3f-4376-4d3e-810f-fd2f81825f04',
  kwaliteit: '06170b92-7f2a-44b7-b587-9a0db8793b53',
  informatiemanagement: '75743f3d-dcef-44bd-a572-b52765b4754f',
  standaarden: '2f3559b6-824a-45cc-9910-bd01071ef7d7',
  systemen: '7fcf8299-0ab8-4469-ab28-2dc68ccb65bb',
  migratie: '666c482b-1ecd-4dcf-9c4d-6509da810614',
  recordmanagement: 'd85eb405-0868-4edf-a759-46a7382a1d36',
  selectie: '764b4bd4-940f-44f8-9ac8-9fd7ae5aa92e',
  metadata: '8032c485-c208-4b73-8139-aa2580779f47',
  ontwikkelingen: '2d4ef422-3efb-4c34-bee2-b971d82de0a7',
  duurzaam: '99a672c3-4683-41c3-adb4-63c95f98ab34',
  datagedreven: '3cc7cd38-5c76-4ea8-9825-fc9594a1bd4b',
  ethiek: '7657042b-7e78-42ee-bb94-3627d0ad3a5c',
  oordeel: 'ada0abc2-df95-44d9-8505-209a16e875bc',
  verbeteren: '78406489-bcbf-44cf-9111-241688b29939',
  adviserenVormer: '819a0083-8018-45f7-945a-bbdfe546bd00',
  adviserenSystemen: '31164847-7446-414a-8da4-7d98e9171943',
  inspectiemethodiek: 'a37916f0-b619-4f41-b899-8cf3a5b9ead6',
  controleren: 'f3bca6ab-a464-4145-ab6f-20b188ab58e2',
  wetToepassen: '4e713abd-f3db-4cb7-a3ec-10702b5ea2ba',
  rapporteren: '78e55e64-f644-446d-b397-98d48256bddf',
  voorlichten: 'ca690a91-a091-48aa-9f78-3bdc450c68be',
  interventies: '12f84b09-7ca9-4ec5-803e-872f4d5dae7b',
  overtuigen: 'df6c8fd6-6ee7-432d-8a5d-2094635d5948',
  netwerken: '03afed59-588a-40d7-9340-655332bfd249',
} as const

type Demo = [
  provider: 0 | 1 | 2,
  form: OfferingForm,
  level: OfferingLevel,
  title: string,
  description: string,
  hours: number,
  cost: string,
  online: boolean | 'hybrid',
  objectives: (keyof typeof O)[],
  extra?: { certificate?: string; starts?: string[]; staleMonths?: number; language?: 'en' },
]

const IN = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** About thirty offerings; a few not reviewed for over a year, to show "possibly outdated". */
const DEMO_OFFERINGS: Demo[] = [
  [
    0,
    'formal_course',
    'basis',
    'Basiscursus archiefinspectie',
    'Vier dagdelen over de opzet van een archiefinspectie bij gemeenten en waterschappen: voorbereiden, uitvoeren en rapporteren, met oefeningen uit de praktijk.',
    16,
    '€ 895,00',
    false,
    ['inspecties', 'inspectiemethodiek', 'rapporteren'],
    { certificate: 'Certificaat van deelname', starts: [IN(45), IN(140)] },
  ],
  [
    0,
    'formal_course',
    'gevorderd',
    'Toezicht op informatiebeheer bij decentrale overheden',
    'Verdiepende leergang voor ervaren toezichthouders: risicogericht toezicht, de interbestuurlijke verhoudingen en het gesprek met het bestuur.',
    40,
    '€ 2.450,00',
    'hybrid',
    ['achtergrond', 'instrumenten', 'oordeel'],
    { certificate: 'Diploma, 10 PE-punten', starts: [IN(60)] },
  ],
  [
    0,
    'e_learning',
    'basis',
    'E-learning Archiefwet in vogelvlucht',
    'Zelfstudie in eigen tempo over de Archiefwet, de Woo en de AVG, met korte toetsen per hoofdstuk.',
    6,
    '€ 95,00',
    true,
    ['wetgeving', 'juridisch'],
    { certificate: 'Bewijs van deelname' },
  ],
  [
    0,
    'e_learning',
    'basis',
    'Selectielijsten toepassen',
    'Leer werken met de selectielijst: waarderen, bewaartermijnen bepalen en vernietiging verantwoorden.',
    4,
    '€ 75,00',
    true,
    ['selectie', 'vervanging'],
  ],
  [
    0,
    'masterclass',
    'gevorderd',
    'Masterclass vervanging en vernietiging',
    'Een dag met praktijkvoorbeelden van vervanging (substitutie) en het begeleiden van vernietigingsprocessen bij decentrale overheden.',
    6,
    '€ 395,00',
    false,
    ['vervanging', 'controleren'],
    { starts: [IN(30)] },
  ],
  [
    0,
    'webinar',
    'basis',
    'Webinar: de nieuwe Archiefwet',
    'Anderhalf uur over wat de nieuwe Archiefwet verandert voor toezicht en informatiebeheer, met vragenronde.',
    1.5,
    '0',
    true,
    ['wetgeving', 'wetToepassen'],
    { starts: [IN(14)] },
  ],
  [
    0,
    'coaching',
    'gevorderd',
    'Coaching voor adviseurs informatiebeheer',
    'Vijf gesprekken met een ervaren coach over jouw rol als adviseur: gevraagd en ongevraagd advies, weerstand en invloed.',
    7.5,
    '€ 1.100,00',
    'hybrid',
    ['adviserenVormer', 'overtuigen', 'interventies'],
  ],
  [
    0,
    'reading',
    'basis',
    'Leeslijst toezicht en inspectie',
    'Een samengestelde leeslijst met de belangrijkste handreikingen, rapporten en artikelen over archieftoezicht.',
    10,
    '0',
    true,
    ['achtergrond', 'inspecties'],
  ],
  [
    0,
    'formal_course',
    'basis',
    'Recordmanagement voor beginners',
    'Basisprincipes van recordmanagement en de IT daaronder: van ontvangst tot archivering.',
    12,
    '€ 650,00',
    false,
    ['recordmanagement', 'systemen'],
    { staleMonths: 14 },
  ],
  [
    0,
    'webinar',
    'gevorderd',
    'Webinar: archiving by design in de praktijk',
    'Hoe je archivering in het ontwerp van systemen en processen meeneemt; met ervaringen van twee gemeenten.',
    1,
    '0',
    true,
    ['ontwikkelingen', 'processen'],
    { staleMonths: 13 },
  ],
  [
    1,
    'formal_course',
    'gevorderd',
    'Leergang IT-auditing voor archiefinspecteurs',
    'Proces- en informatie-auditing: normenkaders, steekproeven en het beoordelen van de opzet, het bestaan en de werking van maatregelen.',
    60,
    '€ 3.200,00',
    'hybrid',
    ['auditing', 'kwaliteit', 'instrumenten'],
    { certificate: 'Getuigschrift, geaccrediteerd', starts: [IN(90)] },
  ],
  [
    1,
    'formal_course',
    'gevorderd',
    'Informatiearchitectuur en standaarden',
    'Module over informatiemodellen, metadatastandaarden (MDTO, TMLO) en architectuurprincipes in de overheid.',
    28,
    '€ 1.650,00',
    false,
    ['informatiemanagement', 'standaarden', 'metadata'],
    { certificate: '5 EC', starts: [IN(120)] },
  ],
  [
    1,
    'e_learning',
    'gevorderd',
    'Digitale duurzaamheid toetsen',
    'Online module: hoe je beoordeelt of informatie duurzaam toegankelijk is, met het toetsingskader en oefencasussen.',
    8,
    '€ 180,00',
    true,
    ['duurzaam', 'controleren'],
  ],
  [
    1,
    'masterclass',
    'gevorderd',
    'Masterclass datagedreven werken en ethiek',
    'Wat betekent datagedreven werken voor overheidsinformatie en het archief? Met aandacht voor algoritmen en ethische vragen.',
    4,
    '€ 295,00',
    false,
    ['datagedreven', 'ethiek'],
    { starts: [IN(75)] },
  ],
  [
    1,
    'formal_course',
    'basis',
    'Bestuursrecht voor informatieprofessionals',
    'Cursus bestuursrecht en archiefrecht: besluiten, bezwaar, openbaarheid en privacy in samenhang.',
    24,
    '€ 1.150,00',
    'hybrid',
    ['juridisch', 'wetToepassen'],
    { certificate: 'Certificaat' },
  ],
  [
    1,
    'webinar',
    'basis',
    'Webinar: migratie en conversie zonder verlies',
    'Welke risico’s loop je bij migratie en conversie van archiefbescheiden, en hoe toets je de uitkomst?',
    1.5,
    '€ 25,00',
    true,
    ['migratie', 'duurzaam'],
    { starts: [IN(21)] },
  ],
  [
    1,
    'reading',
    'gevorderd',
    'Artikelenreeks ketenarchivering en common ground',
    'Vijf artikelen met reflectievragen over ketenarchivering, common ground en de gevolgen voor toezicht.',
    6,
    '0',
    true,
    ['ontwikkelingen', 'ketens'],
  ],
  [
    1,
    'e_learning',
    'basis',
    'Hoe werkt de overheid? Processen en informatiestromen',
    'Zelfstudie over bedrijfsprocessen bij gemeenten, provincies en waterschappen en de informatie die daarbij ontstaat.',
    5,
    '€ 60,00',
    true,
    ['processen', 'ketens', 'digitaalOverheid'],
    { staleMonths: 16 },
  ],
  [
    1,
    'masterclass',
    'basis',
    'Masterclass kwaliteitssystemen bij de overheid',
    'Kennismaking met kwaliteitssystemen (zoals KPI’s en de KIA-normen) en hun plek in het toezicht.',
    3,
    '€ 195,00',
    false,
    ['kwaliteit', 'verbeteren'],
  ],
  [
    2,
    'intervision',
    'gevorderd',
    'Intervisiegroep archiefinspecteurs',
    'Zes bijeenkomsten per jaar met collega-inspecteurs uit andere regio’s: casussen inbrengen en samen oordelen.',
    18,
    '0',
    'hybrid',
    ['oordeel', 'inspecties', 'interventies'],
    { starts: [IN(35), IN(95), IN(155)] },
  ],
  [
    2,
    'intervision',
    'basis',
    'Intervisie voor startende adviseurs',
    'Vier bijeenkomsten onder begeleiding voor wie net als adviseur informatiebeheer begint.',
    10,
    '€ 120,00',
    false,
    ['adviserenVormer', 'voorlichten'],
  ],
  [
    2,
    'job_shadowing',
    'basis',
    'Meelopen met een archiefinspectie',
    'Een dag meelopen met een ervaren inspecteur bij een inspectie ter plaatse, met voor- en nabespreking.',
    8,
    '0',
    false,
    ['inspecties', 'inspectiemethodiek'],
  ],
  [
    2,
    'job_shadowing',
    'gevorderd',
    'Meekijken bij een systeemselectie',
    'Meelopen met een adviseur bij de aanschaf en inrichting van een zaaksysteem of e-depot.',
    12,
    '0',
    false,
    ['adviserenSystemen', 'systemen'],
  ],
  [
    2,
    'coaching',
    'basis',
    'Schrijfcoaching: rapporteren met impact',
    'Drie sessies met een schrijfcoach om inspectierapporten en adviezen helder en overtuigend te maken.',
    4.5,
    '€ 450,00',
    true,
    ['rapporteren', 'overtuigen'],
  ],
  [
    2,
    'other_informal',
    'basis',
    'Netwerkbijeenkomst toezichthouders',
    'Informele bijeenkomst twee keer per jaar om ervaringen te delen en elkaar te leren kennen.',
    3,
    '0',
    false,
    ['netwerken', 'achtergrond'],
    { starts: [IN(50)] },
  ],
  [
    2,
    'other_informal',
    'gevorderd',
    'Werkgroep normen en procedures',
    'Neem deel aan een werkgroep die handreikingen opstelt over normen en procedures in het informatiebeheer.',
    20,
    '0',
    'hybrid',
    ['verbeteren', 'kwaliteit'],
    { staleMonths: 15 },
  ],
  [
    2,
    'reading',
    'basis',
    'Podcastreeks: het archief van morgen',
    'Acht afleveringen over de impact van technologie en maatschappelijke veranderingen op het informatiebeheer.',
    5,
    '0',
    true,
    ['ontwikkelingen', 'datagedreven'],
  ],
  [
    2,
    'webinar',
    'gevorderd',
    'Webinar: voorlichten over de Woo',
    'Hoe leg je bestuurders en medewerkers helder uit wat de Woo van hun informatiehuishouding vraagt?',
    1,
    '0',
    true,
    ['voorlichten', 'wetgeving'],
  ],
  [
    2,
    'masterclass',
    'gevorderd',
    'Masterclass interventies en overtuigingskracht',
    'Een dagdeel over ingrijpen als toezichthouder: van signaal tot aanwijzing, en hoe je daarover in gesprek gaat.',
    4,
    '€ 245,00',
    false,
    ['interventies', 'overtuigen', 'oordeel'],
  ],
  [
    0,
    'coaching',
    'basis',
    'Loopbaancoaching voor zij-instromers in toezicht',
    'Begeleiding voor wie vanuit een ander vak in het archieftoezicht begint: leerdoelen, netwerk en eerste inspecties.',
    6,
    '€ 600,00',
    true,
    ['achtergrond', 'netwerken'],
  ],
]

/**
 * Adds the demo providers and offerings once (a database that has them is left alone) and
 * links the demo provider account to the first provider. Returns whether it added them.
 */
export async function seedDemoCatalogue(db: Db): Promise<boolean> {
  const existing = await db.kysely
    .selectFrom('providers')
    .select('id')
    .where('is_demo', '=', 1)
    .executeTakeFirst()
  if (existing) return false
  const known = await knownObjectiveIds(db, Object.values(O))
  const missing = Object.entries(O).filter(([, id]) => !known.has(id))
  if (missing.length > 0)
    throw new Error(`Demo catalogue: objectives not in a published kenniskaart: ${missing}`)
  const providers = []
  for (const provider of DEMO_PROVIDERS)
    providers.push(await createProvider(db, { ...provider, isDemo: true }))
  const account = await db.kysely
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_PROVIDER_ACCOUNT)
    .executeTakeFirst()
  if (account) await addProviderMember(db, providers[0]!.id, account.id)
  for (const [index, demo] of DEMO_OFFERINGS.entries()) {
    const [provider, form, level, title, description, hours, cost, online, objectives, extra] = demo
    const stale = extra?.staleMonths
      ? new Date(Date.now() - extra.staleMonths * 30.5 * 86_400_000).toISOString()
      : // Reviewed some weeks ago, each on another day.
        new Date(Date.now() - (7 + index * 3) * 86_400_000).toISOString()
    await createOffering(db, {
      provider: providers[provider]!,
      form,
      level,
      title,
      description,
      studyHours: hours,
      cost,
      online: online !== false,
      location: online === true ? '' : ['Vechtstede', 'Noorderburg', 'Zuiderhaven'][provider],
      objectiveIds: objectives.map((key) => O[key]),
      certificate: extra?.certificate,
      startMoments: extra?.starts,
      language: extra?.language ?? 'nl',
      // The demo provider account keeps its provider's offerings; the others have none here.
      ownerUserId: provider === 0 ? (account?.id ?? null) : null,
      lastReviewedAt: stale,
      isDemo: true,
    })
  }
  return true
}

import type { Audience } from '../../../domain/roles.ts'

/**
 * The words of the PDF report, in the reader's language (the web app has its own in i18n).
 * `voice` speaks to the owner ("je") or, for a manager or coach the report is shared with,
 * about the owner by name.
 */
export const PDF_TEXTS = {
  nl: {
    title: 'Zelfscan',
    mapVersion: (n: number | null) => (n === null ? 'Kenniskaart' : `Kenniskaart, versie ${n}`),
    submitted: 'Ingediend op',
    person: 'Van',
    summaryNote:
      'Dit is de samenvatting die met jou is gedeeld: scores per thema en domein en de gekozen ontwikkelpunten, zonder de antwoorden per leerdoel.',
    scale: 'Schaal',
    target: 'Streefniveau',
    stage: {
      'zij-instromer': 'niveau voor zij-instromers',
      beginner: 'niveau voor beginners',
      gevorderde: 'niveau voor gevorderden',
    } satisfies Record<Audience, string>,
    theme: 'Thema',
    score: 'Score',
    gap: 'Verschil met streefniveau',
    change: 'Verandering',
    none: 'geen score',
    notApplicable: 'Niet van toepassing',
    notApplicableCount: (n: number) => `${n} niet van toepassing`,
    developmentPoints: 'Ontwikkelpunten',
    others: 'Andere punten onder het streefniveau',
    noDevelopmentPoints: 'Geen ontwikkelpunten: elk leerdoel is op of boven het streefniveau.',
    strengths: 'Sterke punten',
    noStrengths: 'Nog geen leerdoelen op of boven het streefniveau.',
    importance: ['', 'minder belangrijk', 'belangrijk', 'zeer belangrijk'] as const,
    level: 'niveau',
    previous: (date: string) => `Verandering sinds de vorige scan van ${date}`,
    overallChange: 'Gemiddeld over alle leerdoelen',
    answers: 'Alle antwoorden',
    note: 'Notitie',
    page: (n: number, of: number) => `Pagina ${n} van ${of}`,
    voice: (name: string, mine: boolean) =>
      mine
        ? {
            overall: (score: string, target: number) =>
              `Je gemiddelde score is ${score}. Het streefniveau is ${target}.`,
            chosen: 'Wat je wilt ontwikkelen',
            noneChosen: 'Je hebt geen leerdoelen gekozen om te ontwikkelen.',
            rule: 'Wat je koos om te ontwikkelen is een ontwikkelpunt, ook als je het al op het streefniveau beheerst; het staat dus niet bij je sterke punten.',
            wantsToDevelop: 'wil ik ontwikkelen',
            footer: (date: string) =>
              `Gemaakt met Routekaart op ${date}. Dit rapport is persoonlijk: deel het alleen als je dat zelf wilt.`,
          }
        : {
            overall: (score: string, target: number) =>
              `De gemiddelde score van ${name} is ${score}. Het streefniveau is ${target}.`,
            chosen: `Wat ${name} wil ontwikkelen`,
            noneChosen: `${name} heeft geen leerdoelen gekozen om te ontwikkelen.`,
            rule: `Wat ${name} koos om te ontwikkelen is een ontwikkelpunt, ook als het al op het streefniveau is; het staat dus niet bij de sterke punten.`,
            wantsToDevelop: `wil ${name} ontwikkelen`,
            footer: (date: string) =>
              `Gemaakt met Routekaart op ${date}. Dit rapport is persoonlijk: ${name} heeft het met jou gedeeld; geef het niet door.`,
          },
  },
  en: {
    title: 'Self-scan',
    mapVersion: (n: number | null) =>
      n === null ? 'Knowledge map' : `Knowledge map, version ${n}`,
    submitted: 'Submitted on',
    person: 'By',
    summaryNote:
      'This is the summary shared with you: scores per theme and domain and the chosen development points, without the answers per objective.',
    scale: 'Scale',
    target: 'Aimed level',
    stage: {
      'zij-instromer': 'level for career changers',
      beginner: 'level for beginners',
      gevorderde: 'level for experienced professionals',
    } satisfies Record<Audience, string>,
    theme: 'Theme',
    score: 'Score',
    gap: 'Gap to the aimed level',
    change: 'Change',
    none: 'no score',
    notApplicable: 'Not applicable',
    notApplicableCount: (n: number) => `${n} not applicable`,
    developmentPoints: 'Development points',
    others: 'Other points below the aimed level',
    noDevelopmentPoints: 'No development points: every objective is at or above the aimed level.',
    strengths: 'Strengths',
    noStrengths: 'No objectives at or above the aimed level yet.',
    importance: ['', 'less important', 'important', 'very important'] as const,
    level: 'level',
    previous: (date: string) => `Change since the previous scan of ${date}`,
    overallChange: 'Average over all objectives',
    answers: 'All answers',
    note: 'Note',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    voice: (name: string, mine: boolean) =>
      mine
        ? {
            overall: (score: string, target: number) =>
              `Your average score is ${score}. The aimed level is ${target}.`,
            chosen: 'What you want to develop',
            noneChosen: 'You did not choose any objectives to develop.',
            rule: 'What you chose to develop is a development point, even when you already master it at the aimed level; so it is not listed among your strengths.',
            wantsToDevelop: 'I want to develop this',
            footer: (date: string) =>
              `Made with Routekaart on ${date}. This report is personal: share it only if you want to.`,
          }
        : {
            overall: (score: string, target: number) =>
              `${name}’s average score is ${score}. The aimed level is ${target}.`,
            chosen: `What ${name} wants to develop`,
            noneChosen: `${name} did not choose any objectives to develop.`,
            rule: `What ${name} chose to develop is a development point, even when already at the aimed level; so it is not listed among the strengths.`,
            wantsToDevelop: `${name} wants to develop this`,
            footer: (date: string) =>
              `Made with Routekaart on ${date}. This report is personal: ${name} shared it with you; do not pass it on.`,
          },
  },
} as const

import type { HomeWork } from '../../../domain/api/home.ts'
import { can } from '../../../domain/permissions.ts'
import type { CurrentUser } from '../../context.ts'
import type { Db } from '../../db/connection.ts'
import { countStaleOfferings, mapsInProgress, roundsToAnswer } from './programme-work.ts'
import { providerOfferingCounts } from './provider-work.ts'
import { invitedRounds } from './reviewer-work.ts'

/**
 * What waits for a person on the home page besides their route, one section per kind of work
 * and each only for whom it is meant (deny by default: a section nobody grants stays null).
 * The programme team keeps maps and review rounds (`maps.edit`) and the whole catalogue
 * (`catalogue.manage`); a provider account its own offerings (`catalogue.edit.own`); anyone
 * invited to a review round — meedenkers — sees those rounds, and only those.
 */
export async function homeWorkFor(db: Db, user: CurrentUser): Promise<HomeWork> {
  const editsMaps = can(user, 'maps.edit')
  const managesCatalogue = can(user, 'catalogue.manage')
  const [reviewRounds, conceptMaps, staleOfferings, provider, rounds] = await Promise.all([
    editsMaps ? roundsToAnswer(db) : null,
    editsMaps ? mapsInProgress(db) : null,
    managesCatalogue ? countStaleOfferings(db) : null,
    can(user, 'catalogue.edit.own') && !managesCatalogue
      ? providerOfferingCounts(db, user.id)
      : null,
    invitedRounds(db, user),
  ])
  return {
    programme: reviewRounds && conceptMaps ? { reviewRounds, conceptMaps, staleOfferings } : null,
    provider,
    reviewer: user.roles.includes('reviewer') || rounds.length > 0 ? { rounds } : null,
  }
}

import { useUser } from '../../api/session.ts'
import { LandingPage } from './LandingPage.tsx'
import { RoadmapPage } from './RoadmapPage.tsx'

/** `/`: the welcome page for visitors, "Mijn routekaart" for someone signed in. */
export function HomePage() {
  const user = useUser()
  return user ? <RoadmapPage user={user} /> : <LandingPage />
}

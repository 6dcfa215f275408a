import { useTranslation } from 'react-i18next'
import { AppLink } from '../../components/links.tsx'

/** Between the two halves of "Mijn leren": leerdoelen and leerroute. */
export function LearningNav() {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('learningGoals.subnav.label')} className="rk-subnav">
      <ul>
        <li>
          <AppLink to="/leerdoelen" activeOptions={{ exact: true }}>
            {t('learningGoals.subnav.goals')}
          </AppLink>
        </li>
        <li>
          <AppLink to="/leerroute" activeOptions={{ exact: true }}>
            {t('learningGoals.subnav.route')}
          </AppLink>
        </li>
      </ul>
    </nav>
  )
}

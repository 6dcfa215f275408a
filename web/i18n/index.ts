import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './en.json'
import { initialLocale } from './locale.ts'
import nl from './nl.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof nl }
  }
}

// <html lang> follows the UI language, so screen readers pronounce the text correctly.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

// Resources are bundled, so initialising synchronously means the first render is translated.
i18n.use(initReactI18next).init({
  initAsync: false,
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLocale(),
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  // React escapes output already.
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18n

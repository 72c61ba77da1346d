import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './messages/en.json' with { type: 'json' };

/** The one message catalogue of the web app (English first). */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './messages/en.json' with { type: 'json' };

// Larger screens keep their messages in a file of their own (messages/en/<screen>.json), merged
// into the one catalogue under the file's name as the first key part (`treatments.title`).
const screenCatalogues = import.meta.glob<{ default: Record<string, unknown> }>(
  './messages/en/*.json',
  {
    eager: true,
  },
);

const translation: Record<string, unknown> = { ...en };
for (const [path, module] of Object.entries(screenCatalogues)) {
  const name = path.replace(/^.*\/(.+)\.json$/, '$1');
  translation[name] = module.default;
}

/** The one message catalogue of the web app (English first). */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

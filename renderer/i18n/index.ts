/**
 * Thai first, English second. The choice is remembered per computer (localStorage, shared by the
 * control and projector windows) and mirrored in `<html lang>` so Thai line breaking and screen
 * readers follow it.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../shared/domain/buddhist-date';
import { en, th } from './resources';

export const LANGS = ['th', 'en'] as const satisfies readonly Lang[];
const STORAGE_KEY = 'wethi.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof th };
  }
}

const stored = (): Lang => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'th');

export function initI18n() {
  void i18next.use(initReactI18next).init({
    resources: { th: { translation: th }, en: { translation: en } },
    lng: stored(),
    fallbackLng: 'th',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(STORAGE_KEY, lng);
  });
  // Another window (the projector) switched language: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY && event.newValue && event.newValue !== i18next.language) void i18next.changeLanguage(event.newValue);
  });
  return i18next;
}

export const currentLang = (language: string): Lang => (language === 'en' ? 'en' : 'th');

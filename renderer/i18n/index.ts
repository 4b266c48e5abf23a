/**
 * Thai first, English second. Each window has its own language, remembered per computer
 * (localStorage) and mirrored in `<html lang>` so Thai line breaking and screen readers follow
 * it: the control window's is the facilitator's choice; the projector's is the hall's, set from
 * the control window's projector menu, so a facilitator working in English does not switch the
 * screen the room reads (Thai unless chosen otherwise).
 */
import i18next from 'i18next';
import { useSyncExternalStore } from 'react';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../shared/domain/buddhist-date';
import { en, th } from './resources';

export const LANGS = ['th', 'en'] as const satisfies readonly Lang[];
/** Which window this is decides which remembered language it uses. */
export type LangWindow = 'control' | 'projector';
const STORAGE_KEYS: Record<LangWindow, string> = { control: 'wethi.lang', projector: 'wethi.projectorLang' };
// `storage` events reach only the other windows; this one tells the window that made the change.
const SAME_WINDOW = 'wethi:lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof th };
  }
}

const stored = (kind: LangWindow): Lang => (localStorage.getItem(STORAGE_KEYS[kind]) === 'en' ? 'en' : 'th');

export function initI18n(kind: LangWindow = 'control') {
  const key = STORAGE_KEYS[kind];
  void i18next.use(initReactI18next).init({
    resources: { th: { translation: th }, en: { translation: en } },
    lng: stored(kind),
    fallbackLng: 'th',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(key, lng);
  });
  // Another window of the same kind, or (for the projector) the control window's projector menu.
  globalThis.addEventListener('storage', (event) => {
    if (event.key === key && event.newValue && event.newValue !== i18next.language) void i18next.changeLanguage(event.newValue);
  });
  return i18next;
}

/** The projector's language, as the control window sets and shows it. */
export function setProjectorLang(lang: Lang): void {
  localStorage.setItem(STORAGE_KEYS.projector, lang);
  globalThis.dispatchEvent(new Event(SAME_WINDOW));
}

const subscribeProjectorLang = (listener: () => void) => {
  globalThis.addEventListener('storage', listener);
  globalThis.addEventListener(SAME_WINDOW, listener);
  return () => {
    globalThis.removeEventListener('storage', listener);
    globalThis.removeEventListener(SAME_WINDOW, listener);
  };
};

export function useProjectorLang(): Lang {
  return useSyncExternalStore(subscribeProjectorLang, () => stored('projector'));
}

export const currentLang = (language: string): Lang => (language === 'en' ? 'en' : 'th');

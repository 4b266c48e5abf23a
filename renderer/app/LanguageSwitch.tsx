/** ไทย / English for this window, in the header; the choice is remembered on this computer. */
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n';
import { LanguagePicker } from '../ui/LanguagePicker';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return <LanguagePicker label={t('app.language')} value={currentLang(i18n.language)} onChange={(lng) => void i18n.changeLanguage(lng)} />;
}

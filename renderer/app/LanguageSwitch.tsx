/** ไทย / English, in the header; the choice is remembered on this computer. */
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('app.language')}
      size="sm"
      value={currentLang(i18n.language)}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      data={[
        { value: 'th', label: 'ไทย' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}

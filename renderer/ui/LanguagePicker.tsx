/** ไทย / English as a two-way switch, each name in its own language. */
import { SegmentedControl } from '@mantine/core';
import type { Lang } from '../../shared/domain/buddhist-date';

export function LanguagePicker({ value, onChange, label, testId }: { value: Lang; onChange: (lang: Lang) => void; label: string; testId?: string }) {
  return (
    <SegmentedControl
      aria-label={label}
      size="sm"
      value={value}
      onChange={(lng) => onChange(lng === 'en' ? 'en' : 'th')}
      data={[
        { value: 'th', label: 'ไทย' },
        { value: 'en', label: 'English' },
      ]}
      data-testid={testId}
    />
  );
}

/** A box for a whole number (hands, votes, a score): digits from any keyboard layout, right-aligned. */
import { TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef, type KeyboardEvent } from 'react';
import { typeDigits } from '../../ui/digits';

export interface CountInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onChange: (text: string) => void;
}

export const CountInput = forwardRef<HTMLInputElement, CountInputProps>(function CountInput({ value, onChange, onKeyDown, styles, ...rest }, ref) {
  return (
    <TextInput
      ref={ref}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        typeDigits(e);
        onKeyDown?.(e);
      }}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' }, ...(typeof styles === 'object' ? styles : {}) }}
      {...rest}
    />
  );
});

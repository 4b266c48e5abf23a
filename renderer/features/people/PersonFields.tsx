/**
 * A person's ordinary fields, in the order they are asked at a registration table. Native
 * selects on purpose: typing a letter picks an option and Tab moves on, with no pop-up to close.
 */
import { Grid, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGE_GROUPS, GENDERS, ROLES, SECTORS, TITLE_PREFIXES } from '../../../shared/domain/vocabulary';
import { genderOfPrefix, type PersonErrors, type PersonField, type PersonFormValues } from './person-form';

interface Props {
  values: PersonFormValues;
  errors: PersonErrors;
  onChange: (values: PersonFormValues) => void;
  /** Which field takes the focus when the form opens. */
  autoFocus?: PersonField;
  /** Narrow layouts (the drawer) stack the fields in two columns. */
  compact?: boolean;
}

export function PersonFields({ values, errors, onChange, autoFocus, compact }: Props) {
  const { t } = useTranslation();
  const set = <F extends PersonField>(field: F, value: PersonFormValues[F]) => onChange({ ...values, [field]: value });
  const error = (field: PersonField) => (errors[field] ? t(errors[field] as never) : undefined);
  const focus = (field: PersonField) => (autoFocus === field ? { 'data-autofocus': true, autoFocus: true } : {});
  const span = (wide: number, narrow: number) => (compact ? narrow : wide);
  const prefixes: string[] = [...TITLE_PREFIXES];
  if (values.titlePrefix && !prefixes.includes(values.titlePrefix)) prefixes.push(values.titlePrefix);
  const text = (field: PersonField, label: string, extra: { required?: boolean; inputMode?: 'tel' } = {}) => (
    <TextInput
      label={label}
      name={field}
      value={values[field]}
      withAsterisk={extra.required}
      inputMode={extra.inputMode}
      onChange={(e) => set(field, e.currentTarget.value as never)}
      error={error(field)}
      {...focus(field)}
    />
  );

  return (
    <Grid gap="sm">
      <Grid.Col span={span(2, 4)}>
        <NativeSelect
          label={t('person.titlePrefix')}
          name="titlePrefix"
          value={values.titlePrefix}
          onChange={(e) => {
            const prefix = e.currentTarget.value;
            const inferred = values.gender === 'unspecified' ? genderOfPrefix(prefix) : null;
            onChange({ ...values, titlePrefix: prefix, ...(inferred ? { gender: inferred } : {}) });
          }}
          data={[{ value: '', label: '—' }, ...prefixes.map((p) => ({ value: p, label: p }))]}
          {...focus('titlePrefix')}
        />
      </Grid.Col>
      <Grid.Col span={span(5, 8)}>{text('firstName', t('person.firstName'), { required: true })}</Grid.Col>
      <Grid.Col span={span(5, 12)}>{text('lastName', t('person.lastName'))}</Grid.Col>
      <Grid.Col span={span(4, 6)}>
        <NativeSelect
          label={t('person.gender')}
          name="gender"
          value={values.gender}
          onChange={(e) => set('gender', e.currentTarget.value as PersonFormValues['gender'])}
          data={GENDERS.map((g) => ({ value: g, label: t(`vocab.gender.${g}`) }))}
          {...focus('gender')}
        />
      </Grid.Col>
      <Grid.Col span={span(4, 6)}>
        <NativeSelect
          label={t('person.ageGroup')}
          name="ageGroup"
          value={values.ageGroup}
          onChange={(e) => set('ageGroup', e.currentTarget.value as PersonFormValues['ageGroup'])}
          data={[{ value: '', label: t('common.notSet') }, ...AGE_GROUPS.map((a) => ({ value: a, label: t(`vocab.ageGroup.${a}`) }))]}
        />
      </Grid.Col>
      <Grid.Col span={span(4, 12)}>{text('phone', t('person.phone'), { inputMode: 'tel' })}</Grid.Col>
      <Grid.Col span={span(6, 12)}>{text('organisation', t('person.organisation'))}</Grid.Col>
      <Grid.Col span={span(6, 12)}>{text('position', t('person.position'))}</Grid.Col>
      <Grid.Col span={span(4, 12)}>{text('village', t('person.village'))}</Grid.Col>
      <Grid.Col span={span(4, 6)}>
        <NativeSelect
          label={t('person.sector')}
          name="sector"
          value={values.sector}
          onChange={(e) => set('sector', e.currentTarget.value as PersonFormValues['sector'])}
          data={[{ value: '', label: t('common.notSet') }, ...SECTORS.map((s) => ({ value: s, label: t(`vocab.sector.${s}`) }))]}
        />
      </Grid.Col>
      <Grid.Col span={span(4, 6)}>
        <NativeSelect
          label={t('person.role')}
          name="role"
          value={values.role}
          onChange={(e) => set('role', e.currentTarget.value as PersonFormValues['role'])}
          data={[{ value: '', label: t('common.notSet') }, ...ROLES.map((r) => ({ value: r, label: t(`vocab.role.${r}`) }))]}
        />
      </Grid.Col>
    </Grid>
  );
}

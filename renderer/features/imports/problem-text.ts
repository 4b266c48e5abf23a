/**
 * A rejected row in the user's language: the core sends a key and parameters; a parameter that
 * is itself a field code is translated too. Unknown keys fall back to the core's English reason.
 */
import { useTranslation } from 'react-i18next';
import type { RowProblem } from '../../../shared/contract';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/contract';

const isField = (value: string): value is ImportField => (IMPORT_FIELDS as readonly string[]).includes(value);

export function useProblemText() {
  const { t, i18n } = useTranslation();
  // The key comes from the core at run time, so the typed-key check cannot apply here.
  const translate = t as unknown as (key: string, params: Record<string, string>) => string;
  return (problem: RowProblem): string => {
    if (!i18n.exists(problem.reasonKey)) return problem.reason;
    const params = { ...problem.params };
    if (params.field && isField(params.field)) params.field = t(`import.field.${params.field}`);
    return translate(problem.reasonKey, params);
  };
}

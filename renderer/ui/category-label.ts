/**
 * Category names: a default category is translated from its key unless the forum renamed it;
 * a custom one carries the label the facilitator typed.
 */
import { useTranslation } from 'react-i18next';
import { isDefaultIssueCategory } from '../../shared/domain/issue-categories';
import { type IssueCategory, useIssueCategories } from '../api/queries/issues';

export function useCategoryName() {
  const { t } = useTranslation();
  return (category: Pick<IssueCategory, 'key' | 'label'>): string =>
    category.label ?? (isDefaultIssueCategory(category.key) ? t(`issues.category.${category.key}`) : category.key);
}

/** A name for an issue's category key, looked up in the forum's list (null: not yet sorted). */
export function useCategoryLabels(forumId: string) {
  const name = useCategoryName();
  const categories = useIssueCategories(forumId);
  return (key: string | null): string | null => {
    if (key === null) return null;
    const found = categories.data?.find((c) => c.key === key);
    return name(found ?? { key, label: null });
  };
}

/** Reading forums: the list, one forum, the trash. */
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../ApiProvider';
import { keys } from '../query-keys';

export function useForums(includeArchived: boolean) {
  const api = useApi();
  return useQuery({ queryKey: keys.forums(includeArchived), queryFn: () => api.forums.list({ includeArchived }) });
}

export function useForum(id: string | null) {
  const api = useApi();
  return useQuery({ queryKey: keys.forum(id ?? ''), queryFn: () => api.forums.get({ id: id ?? '' }), enabled: Boolean(id) });
}

export function useTrash(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: keys.trash(), queryFn: () => api.forums.listDeleted({}), enabled });
}

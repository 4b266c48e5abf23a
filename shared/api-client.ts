/** Builds the nested `Api` object from any transport's `invoke(op, input)`. */
import { type Api, type ApiError, type ChangeEvent, contract, type OpName, type Result } from './contract';

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export interface Transport {
  invoke(op: OpName, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}

export function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of Object.keys(contract) as OpName[]) {
    const [ns, method] = name.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = async (input: unknown) => {
      const result = await transport.invoke(name, input ?? {});
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value;
    };
  }
  return Object.assign(api, { onChange: transport.subscribe.bind(transport) }) as unknown as Api;
}

import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache for what the core holds. A failure shows at once (no silent retries), and the
 * core's events, not window focus, say when something it holds has changed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

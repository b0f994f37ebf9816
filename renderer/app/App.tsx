import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AppErrorBoundary } from './AppErrorBoundary';
import { createQueryClient } from './query-client';
import { useCoreEventInvalidation } from './use-core-event-invalidation';
import { views } from './views';

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <AppShell onRecover={() => client.clear()} />
    </QueryClientProvider>
  );
}

function AppShell({ onRecover }: { onRecover: () => void }) {
  const [active, setActive] = useState(views[0]!.id);
  useCoreEventInvalidation();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const view = views.find((v) => v.shortcut === e.key);
      if (view) {
        e.preventDefault();
        setActive(view.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app-shell">
      {views.length > 1 && (
        <nav className="view-nav" aria-label="Views">
          {views.map((v) => (
            <button
              key={v.id}
              type="button"
              aria-pressed={v.id === active}
              title={`${v.label} (Ctrl+${v.shortcut})`}
              onClick={() => setActive(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
      )}
      <AppErrorBoundary resetKey={active} onReset={onRecover} onBack={() => setActive(views[0]!.id)}>
        {/* Views stay mounted so an open story keeps its editor state while another view is shown. */}
        {views.map((v) => (
          <div key={v.id} className="view" hidden={v.id !== active}>
            {v.render()}
          </div>
        ))}
      </AppErrorBoundary>
    </div>
  );
}

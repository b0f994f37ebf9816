import { useEffect, useState } from 'react';
import { views } from './views';

export function App() {
  const [active, setActive] = useState(views[0]!.id);

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
      {/* Views stay mounted so an open story keeps its editor state while another view is shown. */}
      {views.map((v) => (
        <div key={v.id} className="view" hidden={v.id !== active}>
          {v.render()}
        </div>
      ))}
    </div>
  );
}

// @vitest-environment happy-dom
import { createElement, act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from '../../../renderer/app/AppErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the app error boundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('shows a readable message instead of a view that throws, logs the error, and goes back to the stories when asked', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const View = () => {
      if (broken) throw new Error('The media list could not be read.');
      return createElement('p', null, 'Stories are back');
    };
    const onBack = vi.fn(() => {
      broken = false;
    });
    const onReset = vi.fn();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);

    await act(async () => root.render(createElement(AppErrorBoundary, { onReset, onBack, resetKey: 'media', children: createElement(View) })));
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('This view stopped working');
    expect(alert?.textContent).toContain('The media list could not be read.');
    expect(logged.mock.calls.some((args) => String(args[0]).startsWith('A view failed while rendering'))).toBe(true);

    const back = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Back to stories');
    await act(async () => back!.click());
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toBe('Stories are back');
    await act(async () => root.unmount());
  });

  it('showing another view clears the error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const View = () => {
      if (broken) throw new Error('boom');
      return createElement('p', null, 'Sites');
    };
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const onReset = vi.fn();
    const render = (resetKey: string) => createElement(AppErrorBoundary, { onReset, onBack: () => undefined, resetKey, children: createElement(View) });
    await act(async () => root.render(render('media')));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('boom');
    broken = false;
    await act(async () => root.render(render('sites')));
    expect(container.textContent).toBe('Sites');
    expect(onReset).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
  });
});

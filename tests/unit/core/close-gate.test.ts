import { describe, expect, it } from 'vitest';
import { CloseGate } from '../../../electron/core/close-gate';

describe('the close gate', () => {
  it('announces a request and resolves with the renderer’s answer, once', async () => {
    const announced: string[] = [];
    const gate = new CloseGate((id) => announced.push(id));
    const outcome = gate.request(1_000);
    expect(announced).toHaveLength(1);
    expect(gate.answer(announced[0]!, true)).toBe(true);
    await expect(outcome).resolves.toEqual({ ok: true });
    expect(gate.answer(announced[0]!, true)).toBe(false);
  });

  it('passes on why the story could not be saved', async () => {
    const announced: string[] = [];
    const gate = new CloseGate((id) => announced.push(id));
    const outcome = gate.request(1_000);
    gate.answer(announced[0]!, false, 'Not saved: The disk is full.');
    await expect(outcome).resolves.toEqual({ ok: false, reason: 'unsaved', message: 'Not saved: The disk is full.' });
  });

  it('does not wait for ever for a renderer that never answers, and ignores a late answer or a stranger’s id', async () => {
    const announced: string[] = [];
    const gate = new CloseGate((id) => announced.push(id));
    await expect(gate.request(20)).resolves.toEqual({ ok: false, reason: 'no_answer' });
    expect(gate.answer(announced[0]!, true)).toBe(false);
    expect(gate.answer('00000000-0000-4000-8000-000000000000', true)).toBe(false);
  });
});

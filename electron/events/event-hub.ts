import { events as eventSchemas, type EventName, type EventPayload } from '../../shared/contract/events';

type Listener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** Events the core emits; each shell (Electron window, harness socket) subscribes once and forwards. */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    // Validated on the way out as well: a malformed event is a bug here, not the renderer's problem.
    const checked = eventSchemas[name].parse(payload) as EventPayload<E>;
    for (const listener of this.listeners) listener(name, checked);
  }
}

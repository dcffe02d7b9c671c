/** Typed core→renderer events; hosts forward them (Electron webContents.send, harness page.evaluate). */
import { EventEmitter } from 'node:events';
import type { EventName } from '../../shared/contract/channels';
import type { EventPayload } from '../../shared/contract/contract';

export class CoreEvents {
  readonly #emitter = new EventEmitter();
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
    this.#emitter.on(name, listener);
    return () => this.#emitter.off(name, listener);
  }
  /** Every event, for hosts that forward all of them. */
  onAny(listener: (name: EventName, payload: unknown) => void): () => void {
    const wrapped = (name: EventName, payload: unknown) => listener(name, payload);
    this.#emitter.on('*', wrapped);
    return () => this.#emitter.off('*', wrapped);
  }
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    this.#emitter.emit(name, payload);
    this.#emitter.emit('*', name, payload);
  }
}

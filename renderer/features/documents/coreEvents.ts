/**
 * Subscribing to one core event from a component of the hardcopy screens (scan progress, inbox
 * changes, PDF/OCR progress). The core checks each payload against the contract before sending.
 */
import { useEffect, useRef } from 'react';
import type { EventName } from '../../../shared/contract/channels';
import type { EventPayload } from '../../../shared/contract/contract';
import { getBridge } from '../../api/client';

export function useCoreEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): void {
  // The latest listener, without resubscribing on every render.
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const bridge = getBridge();
    if (!bridge) return;
    return bridge.on(name, (payload) => latest.current(payload as EventPayload<E>));
  }, [name]);
}

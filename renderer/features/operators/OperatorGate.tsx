/**
 * Shows the lock screen instead of the app while the core's operator session is locked, and tells
 * the core when the operator is working (throttled) so it locks only after real idleness.
 * A fresh install (no operator yet) is not blocked: the header offers to register the first one,
 * and the core refuses step changes until an operator is unlocked. A lost or corrupt operators.json
 * in a folder with cases shows how to restore it instead (the core refuses setup there).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { OperatorSession } from '../../../shared/domain/operator';
import { call } from '../../api/client';
import { useSettings } from '../../api/hooks';
import { focusMain } from '../../components/AppLayout';
import { Loading } from '../../components/QueryState';
import { wfKeys } from '../../api/queryKeys';
import { isLocked, useSession } from '../workflow/api';
import { LockScreen } from './LockScreen';
import { OperatorsProblemScreen } from './OperatorsProblemScreen';
import { FirstRunSetup } from '../setup/FirstRunSetup';

/** At most one `operators.touch` per minute: enough against an idle limit counted in minutes. */
const TOUCH_EVERY_MS = 60_000;

function useActivity(session: OperatorSession | undefined): void {
  const qc = useQueryClient();
  const lastTouch = useRef(0);
  const unlocked = session !== undefined && !session.locked;

  useEffect(() => {
    if (!unlocked) return;
    const onActivity = () => {
      const now = Date.now();
      if (now - lastTouch.current < TOUCH_EVERY_MS) return;
      lastTouch.current = now;
      call('operators.touch', {}).then(
        (s) => qc.setQueryData(wfKeys.session, s),
        (e: unknown) => {
          if (isLocked(e)) void qc.invalidateQueries({ queryKey: wfKeys.session });
        },
      );
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const ev of events) window.addEventListener(ev, onActivity, { passive: true, capture: true });
    return () => {
      for (const ev of events) window.removeEventListener(ev, onActivity, { capture: true });
    };
  }, [unlocked, qc]);

  // Ask the core again when the idle limit is reached: it decides, the screen follows.
  const lockAt = session?.lockAt ?? null;
  const serverNow = session?.serverNow ?? null;
  useEffect(() => {
    if (!lockAt || !serverNow) return;
    const wait = Math.max(1_000, Date.parse(lockAt) - Date.parse(serverNow) + 1_000);
    const timer = window.setTimeout(() => void qc.invalidateQueries({ queryKey: wfKeys.session }), Math.min(wait, 2_147_000_000));
    return () => window.clearTimeout(timer);
  }, [lockAt, serverNow, qc]);
}

export function OperatorGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const settings = useSettings();
  useActivity(session.data);
  const locked = session.data !== undefined && session.data.locked && !session.data.setupNeeded;
  useFocusAfterUnlock(locked);
  // A first start (no operator yet) is a guided setup. Once its first operator is registered here it
  // runs to its last step, though that operator ends `setupNeeded`; an operator registered
  // elsewhere (IT at the command line, a restore) simply ends it.
  const [setupBegun, setSetupBegun] = useState(false);
  const firstStart = session.data?.setupNeeded === true && !session.data.operatorsProblem;
  if (session.isPending || settings.isPending) return <Loading />;
  if (session.data?.operatorsProblem) return <OperatorsProblemScreen problem={session.data.operatorsProblem} />;
  if ((firstStart || setupBegun) && settings.data && !locked)
    return (
      <FirstRunSetup settings={settings.data} onOperatorCreated={() => setSetupBegun(true)} onFinish={() => setSetupBegun(false)} />
    );
  if (locked && session.data) return <LockScreen session={session.data} />;
  return <>{children}</>;
}

/** After unlocking, the PIN box is gone: focus goes to the page content, not to nowhere (WCAG 2.4.3). */
function useFocusAfterUnlock(locked: boolean): void {
  const wasLocked = useRef(false);
  useEffect(() => {
    if (wasLocked.current && !locked) focusMain();
    wasLocked.current = locked;
  }, [locked]);
}

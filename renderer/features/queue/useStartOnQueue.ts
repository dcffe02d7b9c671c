/**
 * The app opens on the work queue (issue 3 §6: home = Antrean Kerja). Only a start without any
 * address is sent there; "#/" stays the register, so links and bookmarks to it keep working.
 */
import { useEffect } from 'react';
import { navigate } from '../../router/hashRouter';
import { hrefOf } from '../../router/routes';

export function useStartOnQueue(): void {
  useEffect(() => {
    if (window.location.hash === '') navigate(hrefOf({ name: 'queue' }), { replace: true, force: true });
  }, []);
}

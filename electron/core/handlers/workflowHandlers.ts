/** `operators.*` and `workflow.*`: the guided SOP (issue 3) over one open store. */
import type { Handlers } from '../../../shared/contract/contract';
import type { WORKFLOW_METHODS } from '../../../shared/contract/features/workflow.names';
import { AppError } from '../../../shared/contract/result';
import type { CaseRecord } from '../../../shared/domain/case';
import type { OfficeFindResult, OfficeService } from '../office/officeService';
import type { ArchiveSearch } from '../../../shared/domain/trailPayloads';
import type { StepPayload } from '../../../shared/domain/workflow';
import { isTimedStep, type StepNo } from '../../../shared/sop/definition';
import { foldTrail, type Folded } from '../../../shared/domain/workflowFold';
import type { Store } from '../store/openStore';
import { describeState, planComplete, planOpen, planPause, planResume, type EngineContext } from '../workflow/engine';
import { operatorsProblemMessage, type Operators } from '../workflow/operators';
import { type PasswordVault, generatePassword } from '../workflow/passwords';
import { buildQueue } from '../workflow/queue';
import type { WorkflowSettingsFile } from '../workflow/settingsFile';
import { appendEvents, verifyTrail, type NewEvent } from '../workflow/trail';

type WorkflowHandlers = Pick<Handlers, (typeof WORKFLOW_METHODS)[number]>;

/** A case after an engine command, with its trail folded. */
interface Changed {
  record: CaseRecord;
  folded: Folded;
}

/** Earlier cases shown at step 5: enough for any real history, bounded so one NIP cannot read thousands of files. */
const RELATED_LIMIT = 20;

/** Step 5's search of this PC's store and the office archive on the shared drive (electron/core/office). */
export type ArchivedCaseFinder = Pick<OfficeService, 'find'>;

/**
 * `vault` and `settings` are shared with the letters (the step-8 notice prints the password from
 * memory; the control sheet shows the standard minutes in force); `archive`
 * finds earlier cases in bags on the shared drive for step 5.
 */
export function workflowHandlers(store: Store, vault: PasswordVault, settings: WorkflowSettingsFile, operators: Operators, archive?: ArchivedCaseFinder): WorkflowHandlers {
  const now = () => store.ctx.now();
  const { registry, session, ready } = operators;

  const zone = () => store.settings.get().timeZone;
  const stateOf = (record: CaseRecord, folded?: Folded) => describeState(record, settings.get(), zone(), now(), vault.source(record.id), folded);
  const stateAfter = ({ record, folded }: Changed) => stateOf(record, folded);

  /**
   * Runs an engine command inside the case's write queue, against the freshly read record; returns
   * the record with its trail folded (the trail is folded once per record the command sees).
   */
  async function change(
    id: string, revision: number | null, plan: (record: CaseRecord, ctx: EngineContext, f: Folded) => NewEvent[], extra: Pick<EngineContext, 'archiveSearch'> = {},
  ): Promise<Changed> {
    await ready();
    const operator = session.active();
    const ctx = (): EngineContext => ({ now: now(), settings: settings.get(), zone: zone(), operator, source: store.cases.activeSource(), password: vault.source(id), ...extra });
    const latest = await store.cases.get(id);
    // Checked first on the record as read: a no-op (opening an open step) then writes nothing.
    const latestFolded = foldTrail(latest.events);
    if (plan(latest, ctx(), latestFolded).length === 0) return { record: latest, folded: latestFolded };
    // …and planned again inside the case's write queue, on the record as it is then. Form
    // submissions name the revision they were made on; clock moves (open/pause/resume) do not.
    let after: Folded | null = null;
    const result = await store.cases.update(id, revision, (current) => {
      const events = plan(current, ctx(), foldTrail(current.events));
      if (events.length === 0) return current;
      const trail = appendEvents(current, events);
      after = foldTrail(trail);
      return { ...current, events: trail, status: after.status };
    });
    const folded: Folded = after ?? foldTrail(result.events);
    // The password lives only until it is handed over (step 8) or the case closes.
    if (folded.step === null || folded.notifiedAt !== null) vault.clear(id);
    return { record: result, folded };
  }

  /** What step 5 showed per case: whether the office archive was searched (in memory; a restart searches again). */
  const shownAtStep5 = new Map<string, ArchiveSearch>();

  /** SOP step 5 sources (docs/sop.md §Decided: Step 5 sources): this PC's cases, then the bags of every workstation on the shared drive. */
  async function relatedOf(id: string): Promise<OfficeFindResult> {
    const record = await store.cases.get(id);
    const { nip, userId } = record.intake.requester;
    const found: OfficeFindResult = archive ? await archive.find({ nip, userId, text: '' }, { excludeId: id }) : { matches: [], note: '', archive: 'not_configured' };
    shownAtStep5.set(id, found.archive);
    return found;
  }

  /** Recorded with step 5: what the admin was shown, else (a host that never asked, e.g. the CLI) a search now. */
  async function archiveSearchOf(id: string): Promise<ArchiveSearch> {
    return shownAtStep5.get(id) ?? (await relatedOf(id)).archive;
  }

  async function atStep6(id: string): Promise<CaseRecord> {
    await ready();
    const record = await store.cases.get(id);
    const f = foldTrail(record.events);
    if (f.step !== 6)
      throw new AppError('conflict', 'password.onlyAtStep6', { caseNumber: record.caseNumber, step: f.step ?? '—' });
    if (record.intake.kind === 'change_info')
      throw new AppError('conflict', 'password.changeInfoOnly');
    return record;
  }

  return {
    'operators.list': async ({ includeInactive }) => {
      await ready();
      return { operators: registry.list().filter((o) => includeInactive || o.active) };
    },
    'operators.update': async (input) => {
      await ready();
      return registry.update(input, session.active());
    },
    'operators.changePin': async ({ currentPin, pin }) => {
      await ready();
      await registry.changePin(session.active().id, currentPin, pin);
      return { changed: true as const };
    },
    'operators.create': async (input) => {
      await ready();
      await registry.refreshFolder();
      const { setupNeeded: first, operatorsProblem } = registry.availability();
      // A lost operators.json in a folder with cases is restored or reset by IT, never set up again here (issue 9 §3).
      if (operatorsProblem) throw new AppError('conflict', operatorsProblemMessage(operatorsProblem));
      // The first operator sets the PC up; afterwards only an unlocked operator adds colleagues.
      if (!first) session.active();
      const created = await registry.create(input);
      if (first) session.startAs(created.id);
      return created;
    },
    'operators.unlock': async ({ operatorId, pin }) => {
      await ready();
      return session.unlock(operatorId, pin);
    },
    'operators.lock': async () => {
      await ready();
      return session.lock();
    },
    'operators.session': async () => {
      await ready();
      await registry.refreshFolder();
      return session.view();
    },
    'operators.touch': async () => {
      await ready();
      return session.touch();
    },
    'workflow.settings.get': async () => {
      await ready();
      return settings.get();
    },
    'workflow.settings.save': async (input) => {
      await ready();
      return settings.save(input);
    },
    'workflow.state': async ({ id }) => {
      await ready();
      return stateOf(await store.cases.get(id));
    },
    'workflow.open': async ({ id, step }) => stateAfter(await change(id, null, (r, ctx, f) => planOpen(r, step as StepNo, ctx, f))),
    'workflow.pause': async ({ id, step }) => stateAfter(await change(id, null, (r, ctx, f) => planPause(r, step as StepNo, ctx, f))),
    'workflow.resume': async ({ id, step }) => stateAfter(await change(id, null, (r, ctx, f) => planResume(r, step as StepNo, ctx, f))),
    'workflow.complete': async ({ id, revision, payload, overrunReason, openNext }) =>
      stateAfter(
        await change(
          id,
          revision,
          (r, ctx, f) => {
            const done = planComplete(r, payload as StepPayload, overrunReason, ctx, f);
            if (!openNext || done.length === 0) return done;
            // The next step is opened only if it is the admin's (steps 4 and the closed case are not).
            const after: CaseRecord = { ...r, events: appendEvents(r, done) };
            const folded = foldTrail(after.events);
            const next = folded.step;
            return next !== null && isTimedStep(next) ? [...done, ...planOpen(after, next, ctx, folded)] : done;
          },
          payload.step === 5 ? { archiveSearch: await archiveSearchOf(id) } : {},
        ),
      ),
    'workflow.relatedCases': async ({ id }) => {
      const found = await relatedOf(id);
      const pick = (source: 'local' | 'archive') =>
        found.matches
          .filter((m) => m.source === source)
          .slice(0, RELATED_LIMIT)
          .map((m) => ({ summary: m.summary, requester: m.requester, matchedOn: m.matchedOn.filter((o): o is 'nip' | 'userId' => o === 'nip' || o === 'userId'), source: m.source, bag: m.bag, workstation: m.workstation }));
      return { items: [...pick('local'), ...pick('archive')], archiveNote: found.note };
    },
    'workflow.password.generate': async ({ id }) => {
      await atStep6(id);
      const password = generatePassword();
      vault.hold(id, password, 'generated');
      return { password };
    },
    'workflow.password.set': async ({ id, password }) => {
      await atStep6(id);
      vault.hold(id, password, 'typed');
      return { held: true as const };
    },
    'workflow.password.reveal': async ({ id }) => {
      await ready();
      const password = vault.reveal(id);
      if (password === null)
        throw new AppError(
          'not_found',
          'password.notInMemory',
        );
      return { password };
    },
    'workflow.queue': async ({ perGroup }) => {
      await ready();
      const at = now();
      const groups = buildQueue((function* () {
        for (const row of store.cases.register.rows()) yield row.summary;
      })(), at, zone(), perGroup);
      return { groups, serverNow: at.toISOString() };
    },
    'workflow.trail': async ({ id }) => verifyTrail(await store.cases.get(id)),
  };
}

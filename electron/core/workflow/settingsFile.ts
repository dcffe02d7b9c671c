/** `workflow.json`: standard-minute overrides, the waiting deadline and the auto-lock (own schemaVersion; settings.json untouched). */
import path from 'node:path';
import { WORKFLOW_SETTINGS_VERSION, workflowSettingsSchema, type WorkflowSettings } from '../../../shared/domain/workflow';
import type { StoreContext } from '../store/context';
import { DurableJsonFile, type JsonFileKind } from '../store/jsonFile';

export const WORKFLOW_FILE = 'workflow.json';

const kind: JsonFileKind<WorkflowSettings> = { schema: workflowSettingsSchema, version: WORKFLOW_SETTINGS_VERSION, migrations: [] };

export function defaultWorkflowSettings(): WorkflowSettings {
  return { schemaVersion: WORKFLOW_SETTINGS_VERSION, standardMinutes: {}, waitingDeadlineDays: 14, autoLockMinutes: 10 };
}

export class WorkflowSettingsFile {
  #current: WorkflowSettings = defaultWorkflowSettings();
  readonly #file: DurableJsonFile<WorkflowSettings>;

  constructor(ctx: StoreContext) {
    this.#file = new DurableJsonFile(ctx, path.join(ctx.dataDir, WORKFLOW_FILE), kind);
  }

  /** Reads the file once; a missing or quarantined file means the SOP's own values. */
  async load(): Promise<WorkflowSettings> {
    const outcome = await this.#file.load();
    if (outcome.status === 'ok') this.#current = outcome.data;
    return this.#current;
  }

  get(): WorkflowSettings {
    return this.#current;
  }

  async save(input: Omit<WorkflowSettings, 'schemaVersion'>): Promise<WorkflowSettings> {
    const next: WorkflowSettings = { ...input, schemaVersion: WORKFLOW_SETTINGS_VERSION };
    await this.#file.save(next);
    this.#current = next;
    return next;
  }
}

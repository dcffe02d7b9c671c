/** `workflow.json`: standard-minute overrides, the waiting deadline and the auto-lock (own schemaVersion; settings.json untouched). */
import { WORKFLOW_SETTINGS_VERSION, workflowSettingsSchema, type WorkflowSettings } from '../../../shared/domain/workflow';
import type { StoreContext } from '../store/context';
import type { JsonFileKind } from '../store/jsonFile';
import { SettingsFile } from '../store/settingsFile';

export const WORKFLOW_FILE = 'workflow.json';

const kind: JsonFileKind<WorkflowSettings> = { schema: workflowSettingsSchema, version: WORKFLOW_SETTINGS_VERSION, migrations: [] };

export function defaultWorkflowSettings(): WorkflowSettings {
  return { schemaVersion: WORKFLOW_SETTINGS_VERSION, standardMinutes: {}, waitingDeadlineDays: 14, autoLockMinutes: 10 };
}

export class WorkflowSettingsFile extends SettingsFile<WorkflowSettings> {
  constructor(ctx: StoreContext) {
    super(ctx, WORKFLOW_FILE, kind, defaultWorkflowSettings);
  }

  save(input: Omit<WorkflowSettings, 'schemaVersion'>): Promise<WorkflowSettings> {
    return this.write({ ...input, schemaVersion: WORKFLOW_SETTINGS_VERSION });
  }
}

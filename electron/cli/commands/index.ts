/** The command table. A new command is one file in this folder and one entry here. */
import type { CliCommand } from '../command';
import { auditCommand } from './audit';
import { backupCommand } from './backup';
import { catalogueCommand } from './catalogue';
import { findCommand } from './find';
import { workstationCommand } from './workstation';
import { casesCommand } from './cases';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { fixityCommand } from './fixity';
import { importCommand } from './import';
import { operatorsCommand } from './operators';
import { registersCommand } from './registers';
import { reportCommand } from './report';
import { restoreCommand } from './restore';
import { verifyCommand } from './verify';
import { verifyTrailCommand } from './verifyTrail';

export const COMMANDS: readonly CliCommand[] = [casesCommand, demoCommand, importCommand, exportCommand, verifyCommand, registersCommand, reportCommand, backupCommand, restoreCommand, verifyTrailCommand, fixityCommand, operatorsCommand, findCommand, catalogueCommand, workstationCommand, auditCommand];

/** The command table. A new command is one file in this folder and one entry here. */
import type { CliCommand } from '../command';
import { casesCommand } from './cases';
import { demoCommand } from './demo';
import { importCommand } from './import';
import { verifyTrailCommand } from './verifyTrail';

export const COMMANDS: readonly CliCommand[] = [casesCommand, demoCommand, importCommand, verifyTrailCommand];

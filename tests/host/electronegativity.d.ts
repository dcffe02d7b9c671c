/** The parts of @doyensec/electronegativity's programmatic API (dist/runner.js) the security test uses. */
declare module '@doyensec/electronegativity' {
  interface Level {
    readonly name: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL' | 'CERTAIN' | 'FIRM' | 'TENTATIVE';
    readonly value: number;
  }
  export interface ElectronegativityIssue {
    id: string;
    file: string;
    location: { line: number; column: number };
    description: string;
    severity: Level;
    confidence: Level;
    manualReview: boolean;
    sample?: string;
  }
  export interface ElectronegativityOptions {
    input: string;
    /** Check class names, e.g. "AvailableSecurityFixesGlobalCheck". */
    excludeFromScan?: string[];
    electronVersionOverride?: string;
    isRelative?: boolean;
  }
  export default function run(options: ElectronegativityOptions): Promise<{
    globalChecks: number;
    atomicChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: ElectronegativityIssue[];
  }>;
}

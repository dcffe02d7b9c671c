import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type Core } from '../electron/core/core';
export declare const RENDERER_DIR: string;
export declare const CHROMIUM_PATH: string;
export interface HarnessOptions {
    dataDir: string;
    headless?: boolean;
    /** 1366×768 by default: the office PCs' screens. */
    viewport?: {
        width: number;
        height: number;
    } | null;
    locale?: string;
}
export interface Harness {
    readonly core: Core;
    readonly browser: Browser;
    readonly context: BrowserContext;
    readonly page: Page;
    readonly url: string;
    /** Closes the browser, the server and the core (flushing its writes). */
    close(): Promise<void>;
}
export declare function launchHarness(options: HarnessOptions): Promise<Harness>;

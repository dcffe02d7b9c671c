/**
 * The installer config (build/electron-builder.json) is checked here because it cannot be exercised
 * on our machines (packaging needs the Electron zip): schema-valid for the installed
 * electron-builder, loaded and validated by electron-builder itself, and carrying the security
 * fuses and the office install settings the release depends on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { APP_ID, PRODUCT_NAME } from '../../electron/host/appIdentity';

const repo = path.resolve(import.meta.dirname, '../..');
const CONFIG = 'build/electron-builder.json';
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(repo, file), 'utf8'));
const config = readJson(CONFIG) as Configuration;

describe('build/electron-builder.json', () => {
  it('validates against app-builder-lib/scheme.json (ajv, strict)', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    // The scheme's only non-standard keyword: `electronDist` etc. may also be a JS function.
    ajv.addKeyword({ keyword: 'typeof', schemaType: 'string', validate: (type: string, data: unknown) => typeof data === type });
    const validate = ajv.compile(readJson('node_modules/app-builder-lib/scheme.json') as object);
    expect(validate(config), JSON.stringify(validate.errors, null, 1)).toBe(true);
    // And the validator does reject a misspelt option (the check can fail).
    expect(validate({ ...config, nsis: { ...config.nsis, oneclick: false } })).toBe(false);
  });

  it('is loaded and accepted by electron-builder itself', async () => {
    const loaded = await getConfig(repo, CONFIG, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
    expect(loaded.appId).toBe(config.appId);
  });

  it('names the app as the main process does', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(config.productName).toBe('Loket Akun SPSE');
  });

  it('packs only the built app into an asar, outside dist/', () => {
    expect(config.files).toEqual(['dist/**', 'package.json']);
    expect(config.asar).toBe(true);
    // sharp loads libvips from its @img package by path: both stay real files (sharp's Electron install notes).
    // The document worker and tesseract.js's worker load from the asar itself (Electron ≥ 18 supports asar in worker_threads).
    expect(config.asarUnpack).toEqual(['**/node_modules/sharp/**/*', '**/node_modules/@img/**/*']);
    // Installers must not land in dist/, which `npm run build` empties and the asar is built from.
    expect(config.directories?.output).toBe('release');
    expect(config.publish).toBeNull();
  });

  it('sets the Electron fuses of the security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an all-users NSIS installer with a choice of folder, and a portable exe', () => {
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      // Case records live in the user's data folder: an uninstall must never delete them.
      deleteAppDataOnUninstall: false,
      installerLanguages: ['id_ID', 'en_US'],
    });
    expect(config.portable?.artifactName).toMatch(/portable/);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.maintainer).toBeTruthy(); // electron-builder refuses a deb without one
  });

  it('is what `npm run dist` uses', () => {
    const pkg = readJson('package.json') as { scripts: Record<string, string>; main: string };
    expect(pkg.scripts['dist']).toBe(`electron-builder --config ${CONFIG}`);
    expect(pkg.main).toBe('dist/host/main.cjs');
  });
});

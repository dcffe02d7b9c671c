/**
 * The app's identity, shared by the main process and the installer config (tests/build checks they
 * agree): Windows groups the taskbar button and keys the install under APP_ID; the per-user data
 * folder is named after PRODUCT_NAME, the same folder the CLI and the harness default to.
 */
export { PRODUCT_NAME } from '../core/paths';
export const APP_ID = 'id.go.ukpbj.loketakunspse';

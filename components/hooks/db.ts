/**
 * The database handle of an extension page (popup, side panel, options): one per page, so
 * every hook and view of the page reads through the same Dexie instance. Writes go to the
 * background; pages only read. It lives in a subfolder because WXT auto-imports the exports
 * of files directly in `components/`, and a global `db` would shadow every unbound one.
 */
import { openDatabase } from '@/utils/db/database';

export const db = openDatabase();

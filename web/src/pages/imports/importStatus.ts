import type { ImportStatus } from '../../api/types';

/** Tag colours of the batch statuses: still staged, loaded, dropped. */
export const IMPORT_STATUS_COLORS: Record<ImportStatus, string> = {
  validated: 'processing',
  confirmed: 'success',
  discarded: 'default',
};

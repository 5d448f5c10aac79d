import type { PermissionSet } from './types';

/**
 * Staff attach documents to form submissions (file fields). Uploading only: listing or reading the
 * media library through the API would show every comune's documents to everyone, so no role gets it.
 */
const UPLOAD = ['plugin::upload.content-api.upload'];
/** Downloading goes through the app's route, which applies the owning record's rules (src/api/file). */
const DOWNLOAD = 'api::file.file.download';

export const uploadPermissions: PermissionSet = {
  prefixes: ['plugin::upload.content-api.', 'api::file.'],
  grants: {
    udp: [...UPLOAD, DOWNLOAD],
    operator: [...UPLOAD, DOWNLOAD],
    provider: [...UPLOAD, DOWNLOAD],
    'table-member': [DOWNLOAD],
  },
};

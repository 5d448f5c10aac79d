import type { PermissionSet } from './types';

/**
 * Staff attach documents to form submissions (file fields). Uploading only: listing or reading the
 * media library through the API would show every comune's documents to everyone, so no role gets it.
 */
const UPLOAD = ['plugin::upload.content-api.upload'];

export const uploadPermissions: PermissionSet = {
  prefixes: ['plugin::upload.content-api.'],
  grants: { udp: UPLOAD, operator: UPLOAD, provider: UPLOAD },
};

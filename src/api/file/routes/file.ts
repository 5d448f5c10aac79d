// Downloads of uploaded files (meeting documents, files attached to form answers): the only way to read
// them, since /uploads/... is never served (src/middlewares/private-uploads.ts). Granted to every staff
// role (src/bootstrap/permissions/uploads.ts); the controller applies the owning record's access rules.
export default {
  routes: [
    {
      method: 'GET',
      path: '/files/:id/download',
      handler: 'file.download',
      config: { policies: [] },
    },
  ],
};

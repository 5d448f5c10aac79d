// What a backup holds and a restore replaces: every content type of the app and its plugins, with their
// links, the uploaded files, and the configuration store. Left out, as Strapi's own transfer does: the
// admin panel's types (admin::*, unused by Ambito) and content releases (not enabled).
const { strapi: transfer } = require('@strapi/data-transfer');

const included = (uid) => !transfer.isIgnoredOfficialTransferType(uid);

const transforms = {
  entities: [{ filter: (entity) => included(entity.type) }],
  links: [{ filter: (link) => included(link.left.type) && included(link.right.type) }],
};

function restoreOptions(app) {
  return {
    entities: { exclude: Object.keys(app.contentTypes).filter((uid) => !included(uid)) },
    assets: true,
    configuration: { webhook: true, coreStore: true },
  };
}

module.exports = { transforms, restoreOptions };

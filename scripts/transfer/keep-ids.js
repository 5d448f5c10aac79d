// A restore gives every record back its own numeric id. Strapi's transfer inserts records afresh and
// re-links relations by a mapping table, but Ambito also keeps ids outside relations: uploaded files
// named by id in meeting agendas and form answers, users in the workflow history, audit and tasks
// (actorId, assigneeUserId, ...). With new ids those would point at the wrong row or at none.
const KEY = '__ambitoBackupId';

/**
 * Wraps the destination's entity writer (after the engine has kept only schema attributes) so that the
 * backup's id travels with the record's data to its creation.
 */
function carryIds(destination) {
  const createWriteStream = destination.createEntitiesWriteStream.bind(destination);
  destination.createEntitiesWriteStream = async () => {
    const writable = await createWriteStream();
    const write = writable._write.bind(writable);
    writable._write = (entity, encoding, callback) =>
      write({ ...entity, data: { ...entity.data, [KEY]: entity.id } }, encoding, callback);
    return writable;
  };
  return destination;
}

/**
 * Puts the carried id back as the row's id when the transfer creates the record (in the entity
 * manager: the transfer turns lifecycle hooks off while it writes).
 */
function insertWithCarriedIds(app) {
  const manager = app.db.entityManager;
  const create = manager.create.bind(manager);
  manager.create = (uid, params = {}) => {
    const data = params.data;
    if (!data || data[KEY] === undefined) return create(uid, params);
    const { [KEY]: id, ...rest } = data;
    return create(uid, { ...params, data: { ...rest, id } });
  };
}

/** PostgreSQL does not move a sequence for explicit ids: start each one after the highest restored id. */
async function advanceSequences(app) {
  if (app.db.dialect.client !== 'postgres') return;
  const knex = app.db.connection;
  const schema = app.db.getSchemaName?.() || 'public';
  for (const uid of Object.keys(app.contentTypes)) {
    const table = app.db.metadata.get(uid).tableName;
    await knex.raw(`select setval(pg_get_serial_sequence(?, 'id'), coalesce((select max(id) from ??.??), 0) + 1, false)`, [
      `"${schema}"."${table}"`,
      schema,
      table,
    ]);
  }
}

module.exports = { carryIds, insertWithCarriedIds, advanceSequences };

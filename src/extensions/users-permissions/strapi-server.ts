/**
 * Links a user to what bounds their access: the comuni of an operator, the provider of provider staff.
 */
export default (plugin: { contentTypes: { user: { schema: { attributes: Record<string, unknown> } } } }) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  attributes.municipalities = {
    type: 'relation',
    relation: 'manyToMany',
    target: 'api::municipality.municipality',
  };
  // `provider` is taken: users-permissions uses it for the login provider ("local").
  attributes.linkedProvider = {
    type: 'relation',
    relation: 'manyToOne',
    target: 'api::provider.provider',
  };
  return plugin;
};

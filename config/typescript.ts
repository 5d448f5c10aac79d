// Strapi writes the content types' and components' types to types/generated/ on `strapi develop` (committed;
// regenerate with `npx strapi ts:generate-types` after changing a schema).
export default () => ({
  autogenerate: true,
});

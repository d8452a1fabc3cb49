// Vite's ?raw imports, used to compare the committed schema.graphql with the live schema.
declare module "*.graphql?raw" {
  const text: string;
  export default text;
}

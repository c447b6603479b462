// Prettier settings chosen to match how the code was already written, so formatting it moved as
// little as possible.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  arrowParens: 'always',
  endOfLine: 'lf',
  // GraphQL inside template literals stays as written: the explorer's typed documents are looked
  // up by their exact text (graphql-codegen's client preset), so reformatting a document would
  // detach it from its generated type until `npm run codegen` ran again; and the Cypher and
  // GraphQL strings elsewhere are laid out by hand for reading.
  embeddedLanguageFormatting: 'off',
};

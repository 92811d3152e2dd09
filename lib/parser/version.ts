/** Version of the parser's output; stored with every import so re-parses can be told apart. */
export const PARSER_VERSION = "0.6.0";

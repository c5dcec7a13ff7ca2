/** A versioned schema change. Both backends have the same versions with the same names and meaning. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** A comparison of a fact path with a rule option, in json-rules-engine condition JSON. */
export function versusOption(fact: string, path: string, operator: string, option: string) {
  return { fact, path, operator, value: { fact: 'options', path: option } };
}

/** A comparison of a fact path with a literal value, in json-rules-engine condition JSON. */
export function versus(fact: string, path: string, operator: string, value: unknown) {
  return { fact, path, operator, value };
}

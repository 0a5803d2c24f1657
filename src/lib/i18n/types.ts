/** A catalogue with exactly the keys of the English one: a missing or extra key fails the type check. */
export type Catalogue<T extends Record<string, string>> = { readonly [K in keyof T]: string };

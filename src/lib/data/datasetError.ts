/** The one error a dataset check throws: its message names the first problem found. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

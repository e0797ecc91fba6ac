// Query parameters as Losant's validator sees them.
import { validationError } from './apiResponse';

/** One value per parameter: a repeated parameter arrives as an array, which is the wrong type. */
export function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw validationError(`${name} is the wrong type`);
  return values[0];
}

// Reading a tool's input, which a language model wrote: VS Code does not promise it matches the
// declared schema, so every field is checked here.
import { text, type Text } from '../losant';

/** The input as an object of fields; undefined when it is not an object at all. */
export function inputFields(input: unknown): Record<string, unknown> | undefined {
  if (input === undefined || input === null) return {};
  return typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

/** A string field; empty and null count as absent. */
export function stringField(fields: Record<string, unknown>, key: string): { value?: string } | { problem: Text } {
  const v = fields[key];
  if (v === undefined || v === null || v === '') return {};
  return typeof v === 'string' ? { value: v } : { problem: text('"{0}" must be a string.', key) };
}

export const NOT_AN_OBJECT: Text = text('The input must be an object.');

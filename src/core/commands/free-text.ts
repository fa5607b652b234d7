// Every free text the bot stores passes here: trimmed, bounded, and (once the
// confidentiality guard lands) checked for personal data.
import { err, ok, type Result } from '../result.ts';
import type { Failure } from './command.ts';

export function checkFreeText(raw: string, limits: { max: number }): Result<string, Failure> {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value.length === 0) return err({ key: 'error.empty' });
  if (value.length > limits.max)
    return err({ key: 'error.too-long', params: { length: value.length, max: limits.max } });
  return ok(value);
}

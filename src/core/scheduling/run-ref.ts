// Names of one run, built from its columns and never read back: the platforms' idempotency
// key, the process's own set of runs it holds, and the context of its log lines.
import type { RunRef } from './due-work.ts';

const partOf = (run: RunRef) => run.slot?.toISOString() ?? run.subjectId ?? '';

/**
 * The key a scheduled post carries to its platform (Slack's metadata, Discord's nonce), as
 * before the claims had columns (`digest:<network>:<slot>`, `poll-close:<network>:<poll>`), so
 * that a post made before an upgrade is recognised by a retry after it.
 */
export const postKey = (kind: string, run: RunRef): string => `${kind}:${run.networkId}:${partOf(run)}`;

/** The same run in this process's set of held runs. */
export const heldId = postKey;

/** What a log line says of a run: its kind, network and slot or subject (never who or what). */
export function runContext(kind: string, run: RunRef): Record<string, string> {
  return {
    job: kind,
    networkId: run.networkId,
    ...(run.slot ? { slot: run.slot.toISOString() } : {}),
    ...(run.subjectId ? { subjectId: run.subjectId } : {}),
  };
}

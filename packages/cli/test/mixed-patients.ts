import { eligibleFacts, invalidAgeFacts } from './fixtures.js';

/**
 * An NDJSON batch that varies from line to line: elapsed days, urgent signs, COWS items, a missing time
 * zone, and bad JSON, invalid facts and blank lines mixed in at different rhythms, so that a batch spanning
 * several blocks exercises every path of the batch command.
 */
export function mixedPatients(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 61 === 3) lines.push('{"evaluatedAt": nope');
    else if (i % 47 === 9) lines.push(JSON.stringify(invalidAgeFacts()));
    else if (i % 29 === 4) lines.push('');
    else if (i % 53 === 7) lines.push('   ');
    else {
      const day = String(1 + (i % 14)).padStart(2, '0');
      lines.push(
        JSON.stringify({
          ...eligibleFacts(),
          lastOpioidUseAt: `2025-03-${day}T12:00:00Z`,
          ...(i % 5 === 0 && { responsiveness: 'hard-to-wake' }),
          ...(i % 7 === 0 && { cowsItems: { sweating: i % 5, tremor: 2 } }),
          ...(i % 9 === 0 && { cowsItems: { sweating: 2, tremor: 4, yawning: 1 } }),
          ...(i % 11 === 0 && { selfHarmThoughts: 'passive', userTimeZone: null }),
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

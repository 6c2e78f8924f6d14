/**
 * A rule set as a document a clinician can review and sign off: version and content hash, outcomes in
 * precedence order, optional facts with their reasons, named conditions, and every rule as a sentence and
 * a table row with its sources and message. Rendered as Markdown or HTML.
 */
import { englishMessages, type RuleSet } from '@recovery-rules/core';
import { describeCondition } from './describe-condition.js';

/** One table: a header row and body rows of plain text cells. */
interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The document as headings, paragraphs and tables, before any markup. */
export interface RuleSetDocument {
  readonly title: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly sections: readonly { readonly heading: string; readonly intro?: string; readonly table: Table }[];
}

function effectOf(rule: RuleSet['rules'][number]): string {
  switch (rule.effect.kind) {
    case 'outcome':
      return rule.fallback ? `${rule.effect.outcome} (when no other rule fired and none was undecided)` : rule.effect.outcome;
    case 'outcome-from-fact':
      return `the value of ${rule.effect.fact}`;
    case 'flag':
      return `flag: ${rule.effect.flag}`;
  }
}

/** Builds the review document of a loaded rule set. */
export function ruleSetDocument(ruleSet: RuleSet): RuleSetDocument {
  const messages = englishMessages[ruleSet.id] ?? {};
  return {
    title: `${ruleSet.title} (${ruleSet.id})`,
    facts: [
      ['Version', ruleSet.version],
      ['Content hash (SHA-256)', ruleSet.contentHash],
      ['Description', ruleSet.description ?? ''],
      ['Used instead of a reassuring outcome when a rule is undecided', ruleSet.insufficientOutcome],
    ],
    sections: [
      {
        heading: 'Outcomes, most restrictive first',
        table: {
          header: ['Outcome', 'Severity', 'Reassuring', 'Meaning'],
          rows: ruleSet.outcomes.map((o) => [o.id, o.severity ?? '', o.reassuring ? 'yes' : 'no', o.description]),
        },
      },
      {
        heading: 'Policy parameters (SPEC §7)',
        intro: 'Values an app may override within the range; every result lists the values in force.',
        table: {
          header: ['Parameter', 'Value', 'Allowed', 'Meaning'],
          rows: [...ruleSet.parameters].map(([name, p]) => [name, `${p.value} ${p.unit}`, `${p.min} to ${p.max}`, p.description]),
        },
      },
      {
        heading: 'Optional facts',
        intro: 'When one of these is unknown, a comparison on it counts as "no finding" instead of "unknown".',
        table: { header: ['Fact', 'Why'], rows: [...ruleSet.optionalFacts.entries()].map(([fact, reason]) => [fact, reason]) },
      },
      {
        heading: 'Named conditions',
        table: {
          header: ['Name', 'Means'],
          rows: Object.entries(ruleSet.namedConditions).map(([name, node]) => [name, describeCondition(node, ruleSet)]),
        },
      },
      {
        heading: 'Rules (decision table)',
        intro: 'Each row: when the condition holds, the rule fires and produces its outcome or flag.',
        table: {
          header: ['Rule', 'When', 'Then', 'Sources', 'Message'],
          rows: ruleSet.rules.map((rule) => [
            rule.id,
            rule.conditions ? describeCondition(rule.conditions, ruleSet) : 'nothing else fired and nothing was undecided',
            effectOf(rule),
            rule.sources.join('; '),
            messages[rule.message]?.summary ?? `(no English message for ${rule.message})`,
          ]),
        },
      },
    ],
  };
}

const mdCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Markdown rendering, stable byte for byte for the same rule set. */
export function toMarkdown(doc: RuleSetDocument): string {
  const lines = [`# ${doc.title}`, '', ...doc.facts.filter(([, v]) => v !== '').map(([k, v]) => `- **${k}:** ${v}`), ''];
  for (const section of doc.sections) {
    lines.push(`## ${section.heading}`, '');
    if (section.intro) lines.push(section.intro, '');
    if (section.table.rows.length === 0) {
      lines.push('None.', '');
      continue;
    }
    lines.push(`| ${section.table.header.join(' | ')} |`, `|${section.table.header.map(() => '---').join('|')}|`);
    for (const row of section.table.rows) lines.push(`| ${row.map(mdCell).join(' | ')} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A standalone HTML page. */
export function toHtml(doc: RuleSetDocument): string {
  const parts = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${html(doc.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.45}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eee}</style>',
    '</head><body>',
    `<h1>${html(doc.title)}</h1>`,
    `<dl>${doc.facts.filter(([, v]) => v !== '').map(([k, v]) => `<dt>${html(k)}</dt><dd>${html(v)}</dd>`).join('')}</dl>`,
  ];
  for (const section of doc.sections) {
    parts.push(`<h2>${html(section.heading)}</h2>`);
    if (section.intro) parts.push(`<p>${html(section.intro)}</p>`);
    if (section.table.rows.length === 0) {
      parts.push('<p>None.</p>');
      continue;
    }
    const head = `<tr>${section.table.header.map((h) => `<th scope="col">${html(h)}</th>`).join('')}</tr>`;
    const body = section.table.rows.map((row) => `<tr>${row.map((cell) => `<td>${html(cell)}</td>`).join('')}</tr>`).join('\n');
    parts.push(`<table><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`);
  }
  parts.push('</body></html>');
  return `${parts.join('\n')}\n`;
}

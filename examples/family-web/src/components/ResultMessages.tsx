import type { ResultMessage } from '@recovery-rules/core/sync';

/** The engine's own plain-language messages, most restrictive first; each detail is one tap away. */
export function ResultMessages({ messages }: { messages: readonly ResultMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="messages">
      {messages.map((message, index) => (
        <li key={`${message.ruleId ?? 'outcome'}-${index}`}>
          <p className="summary">{message.summary}</p>
          {message.detail === undefined ? null : (
            <details>
              <summary>More about this</summary>
              <p className="detail">{message.detail}</p>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

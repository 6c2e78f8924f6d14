import type { EmergencyContacts } from '@recovery-rules/core/sync';
import { CallButton } from './CallButton.js';
import { useFocusOnMount } from './useFocusOnMount.js';

/** The three things this app helps with. */
export type FlowName = 'emergency' | 'naltrexone' | 'check-in';

/** The start screen: the emergency question first and largest, a direct call link, then the calmer tools. */
export function Home({ onStart, contacts }: { onStart: (flow: FlowName) => void; contacts: EmergencyContacts }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="home" aria-labelledby="home-heading">
      <h1 id="home-heading" ref={heading} tabIndex={-1}>How can we help?</h1>
      <button type="button" className="menu-item menu-emergency" onClick={() => onStart('emergency')}>
        Is this an emergency?
        <span>A few quick questions about someone who may be overdosing or unwell.</span>
      </button>
      <CallButton contacts={contacts} label="Already sure? Call" />
      <button type="button" className="menu-item" onClick={() => onStart('naltrexone')}>
        When could naltrexone start?
        <span>Work out the waiting time after the last opioid use.</span>
      </button>
      <button type="button" className="menu-item" onClick={() => onStart('check-in')}>
        How am I doing?
        <span>A short check-in on early warning signs.</span>
      </button>
    </section>
  );
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { EmergencyContacts } from '@recovery-rules/core/sync';
import { CallButton } from './CallButton.js';

/** Props of {@link SafeFallback}. */
export interface SafeFallbackProps {
  readonly contacts: EmergencyContacts;
  readonly onReset: () => void;
  readonly children: ReactNode;
}

/**
 * If any screen fails to render, the person still sees the emergency number and a way to start again,
 * never a blank page. (React still needs a class component for this.)
 */
export class SafeFallback extends Component<SafeFallbackProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept on the device: logged to the local console only.
    console.error('family-web screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="result" role="alert">
        <h2>Something went wrong on this screen</h2>
        <p>If someone may be overdosing or is in danger, call now.</p>
        <CallButton contacts={this.props.contacts} />
        <button type="button" className="secondary" onClick={() => { this.setState({ failed: false }); this.props.onReset(); }}>Start again</button>
      </section>
    );
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../../shared/contract/result';

export interface AppErrorBoundaryProps {
  /** Called as the views mount again: drops what the failed view may have cached, so they start from the core's data. */
  onReset: () => void;
  /** The fallback's button: back to the stories view. */
  onBack: () => void;
  /** Showing another view clears the error, so the navigation is a way back too. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/** One boundary around the views: a view that throws while rendering leaves a readable message and a way back, not a blank window. */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A view failed while rendering:', error, info.componentStack);
  }

  override componentDidUpdate(previous: AppErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.reset();
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null, failed: false });
  };

  private back = () => {
    this.props.onBack();
    this.reset();
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="app-error">
        <h1>This view stopped working</h1>
        <p>{errorMessage(this.state.error)}</p>
        <p className="muted">Your saved stories are safe. Go back to the stories to carry on.</p>
        <button type="button" className="primary" onClick={this.back}>
          Back to stories
        </button>
      </div>
    );
  }
}

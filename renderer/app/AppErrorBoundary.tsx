import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../../shared/contract/result';

export interface AppErrorBoundaryProps {
  /** Takes the app back to a view that works (the stories view); the views mount again. */
  onReset: () => void;
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
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ error: null, failed: false });
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null, failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="app-error">
        <h1>This view stopped working</h1>
        <p>{errorMessage(this.state.error)}</p>
        <p className="muted">Your saved stories are safe. Go back to the stories to carry on.</p>
        <button type="button" className="primary" onClick={this.reset}>
          Back to stories
        </button>
      </div>
    );
  }
}

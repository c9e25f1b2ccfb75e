import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { Explorer } from '../features/timeline/components/explorer';

function CrashFallback({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center p-6">
      <div role="alert" className="panel border-red-300">
        <h1 className="text-xl font-bold">Something went wrong</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <div>
          <button type="button" className="btn btn-primary" onClick={resetErrorBoundary}>
            Try again
          </button>
        </div>
      </div>
    </main>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <ErrorBoundary FallbackComponent={CrashFallback}>
      <QueryClientProvider client={queryClient}>
        <Explorer />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

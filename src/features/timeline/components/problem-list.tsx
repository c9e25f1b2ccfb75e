import { InvalidDatasetError } from '../api/get-dataset';

/** What is wrong with data that failed to validate, one "path: value message" per line. */
export function ProblemList({ error }: { error: Error }) {
  if (!(error instanceof InvalidDatasetError)) return null;
  return (
    <ul className="list-disc pl-6 font-mono text-sm">
      {error.problems.map((problem, i) => (
        <li key={i}>{problem}</li>
      ))}
    </ul>
  );
}

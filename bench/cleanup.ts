/** Everything the bench started, undone newest first: on success, failure or a signal. */

const steps: { name: string; run: () => Promise<unknown> }[] = [];

export const onCleanup = (name: string, run: () => Promise<unknown>): void => {
  steps.unshift({ name, run });
};

export async function cleanup(): Promise<void> {
  while (steps.length) {
    const step = steps.shift()!;
    try {
      await step.run();
    } catch (error) {
      process.stderr.write(`bench: cleanup of ${step.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

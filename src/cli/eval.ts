// Placeholder until the command is built.
export async function runEval(argv: string[]): Promise<number> {
  console.error('onrecord eval: not built yet', argv.length);
  return 1;
}

// Placeholder until the command is built.
export async function runExtract(argv: string[]): Promise<number> {
  console.error('onrecord extract: not built yet', argv.length);
  return 1;
}

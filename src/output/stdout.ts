// Writing to standard output at the reader's pace: each write resolves once the data is handed to the
// system, so a slow reader holds the producer back instead of lines piling up in memory.
export function writeStdout(data: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(data, (err) => (err ? reject(err) : resolve())));
}

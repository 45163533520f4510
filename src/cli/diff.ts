export async function runDiff(_: string[]): Promise<number> { return 2; }

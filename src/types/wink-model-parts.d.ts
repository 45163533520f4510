// The parts of wink-eng-lite-web-model that src/text/wink-model.ts loads one by one (the package types its
// main entry only).
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const featureFn: (config: unknown) => unknown;
  export default featureFn;
}
declare module 'wink-eng-lite-web-model/dist/load-sbd-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const load: () => unknown;
  export default load;
}

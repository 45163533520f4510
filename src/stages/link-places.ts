// Stage "link-places": each place entity gets its country, kind, coordinates and GeoNames id where the
// map and the document leave one choice (src/geo/link-places.ts).
export { linkPlaces } from '../geo/link-places.js';

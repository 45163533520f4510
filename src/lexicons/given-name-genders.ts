// Given names that first-name-genders.json (built from a list of European and American names) lacks:
// common, clearly gendered names from West, East and Southern Africa, Ethiopia and South Asia. Names
// given to both genders (Tope, Uche, Ayanda, Tendai) are left out. Lower case.
import type { Gender } from '../document.js';

const male = [
  // Yoruba, Igbo, Hausa
  'tunde', 'babatunde', 'segun', 'kunle', 'wale', 'bayo', 'kayode', 'gbenga', 'jide', 'lanre', 'rotimi',
  'akinwale', 'akinola', 'olumide', 'ebuka', 'chukwudi', 'nnamdi', 'ikenna', 'aliyu', 'yakubu', 'abdullahi',
  // East and Southern Africa, Ethiopia
  'juma', 'sipho', 'thabo', 'themba', 'bongani', 'mandla', 'sibusiso', 'lwazi', 'abebe', 'tesfaye',
  'getachew', 'tadesse', 'kwabena', 'kwaku', 'kwesi',
  // South Asia
  'rajesh', 'venkat', 'pradeep', 'sandeep', 'mahesh', 'ganesh', 'srinivas',
];
const female = [
  'funmilayo', 'funke', 'yetunde', 'bukola', 'abimbola', 'omolara', 'adunni', 'bisola', 'ronke', 'amaka',
  'obiageli', 'ngozika', 'hauwa', 'hadiza', 'afua', 'adwoa', 'efua', 'akosua', 'wanjiru', 'wambui', 'nyambura',
  'achieng', 'akinyi', 'atieno', 'awino', 'nomvula', 'zanele', 'lindiwe', 'nokuthula', 'busisiwe', 'tigist',
  'meseret', 'hirut', 'deepa', 'rekha', 'usha',
];

export const GIVEN_NAME_GENDERS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...male.map((n): [string, Gender] => [n, 'male']),
  ...female.map((n): [string, Gender] => [n, 'female']),
]);

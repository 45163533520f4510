// Words that can stand before a person's name as a title and stay outside the mention span
// ("President Xi Jinping", "Interior Minister …", "Gov. …", "Ms Okafor"). Lower case, no full stop:
// callers strip a trailing "." before the look-up. Multi-word titles are built from these words plus the
// modifiers in TITLE_MODIFIERS ("Prime Minister", "Vice President", "Foreign Minister").
import { lexiconClasses } from './gazetteer.js';
const TITLE_WORDS: ReadonlySet<string> = new Set([
  // honorifics
  'mr', 'mrs', 'ms', 'miss', 'mx', 'mister', 'madam', 'madame', 'mme', 'mlle', 'monsieur', 'herr', 'frau',
  'senor', 'señor', 'senora', 'señora', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'sheik', 'ayatollah', 'hon',
  // heads of state and government
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'king', 'queen', 'prince', 'princess',
  'emperor', 'empress', 'pope', 'cardinal', 'archbishop', 'bishop', 'sultan', 'emir', 'crown', 'mayor',
  'governor', 'gov', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman',
  'speaker', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'leader', 'commissioner',
  'spokesman', 'spokeswoman', 'spokesperson', 'judge', 'justice', 'attorney', 'prosecutor', 'sheriff',
  'councillor', 'councilman', 'councilwoman', 'deputy', 'ceo', 'coach', 'manager', 'captain', 'striker',
  // military and police ranks
  'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'capt', 'sergeant', 'sgt',
  'corporal', 'cpl', 'private', 'pvt', 'admiral', 'adm', 'commander', 'cmdr', 'marshal', 'brigadier',
  'inspector', 'detective', 'det', 'officer', 'constable', 'chief', 'superintendent', 'supt',
  'insp', 'brig', 'cdr', 'dci', 'dcs',
  // elected members and officials, as British, Irish and Commonwealth papers abbreviate them
  'cllr', 'alderman', 'alderwoman', 'mp', 'mep', 'msp', 'mla', 'mpp', 'pres', 'amb', 'atty',
  // religious and noble
  'fr', 'pastor', 'baroness', 'baron', 'countess', 'viscount', 'mufti',
]);

/** Words that qualify a title ("Prime Minister", "Vice President", "Foreign Minister", "former President"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'vice', 'deputy', 'acting', 'former', 'ex', 'first', 'foreign', 'interior', 'defence', 'defense',
  'finance', 'justice', 'home', 'health', 'education', 'trade', 'economy', 'energy', 'environment',
  'agriculture', 'labour', 'labor', 'transport', 'culture', 'sports', 'state', 'general', 'attorney',
  'chief', 'executive', 'grand', 'supreme', 'senior', 'junior', 'assistant', 'associate', 'under',
  'secretary', 'national', 'security', 'rear', 'field', 'lance', 'staff', 'police', 'army', 'navy',
  'head', 'opposition', 'party', 'majority', 'minority', 'house', 'senate', 'crown', 'lord', 'high',
]);

const bare = (norm: string): string => (norm.endsWith('.') ? norm.slice(0, -1) : norm);

/** A title word, with or without its full stop: "president", "gov.", "ms". */
export const isTitleWord = (norm: string): boolean => TITLE_WORDS.has(bare(norm));

/** A word that may stand in a title before the head title word: "prime", "interior", "russian". */
export function isTitleQualifier(norm: string): boolean {
  const w = bare(norm);
  return TITLE_WORDS.has(w) || TITLE_MODIFIERS.has(w) || lexiconClasses(w).includes('Demonym');
}

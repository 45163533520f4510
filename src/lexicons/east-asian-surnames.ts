// Common Chinese, Korean and Vietnamese surnames (romanised, lower case). Names from these languages are
// written surname first ("Xi Jinping", "Park Seo-yeon", "Nguyen Thi Lan"), so a first word found here
// is the family name, not a given name, and a later mention by that word alone is the same person.
const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set([
  // Chinese (pinyin, and a few Cantonese / Wade-Giles spellings)
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu',
  'hu', 'guo', 'he', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng',
  'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng',
  'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'jin', 'fu', 'zhong', 'cui', 'tan', 'liao', 'fan',
  'fang', 'shi', 'xiong', 'qin', 'hou', 'xue', 'lei', 'bai', 'long', 'duan', 'hao', 'kong', 'shao', 'qiu',
  'qian', 'mao', 'dai', 'xi', 'hua', 'bo', 'wen', 'zou', 'gu', 'meng', 'yan', 'lai', 'mo', 'niu', 'tse',
  'wong', 'chan', 'leung', 'cheung', 'lau', 'ng', 'ho', 'tsang', 'chow', 'kwok', 'yip', 'lam', 'tsai',
  'chiang', 'hsu', 'kuo', 'chang',
  // Korean
  'kim', 'lee', 'yi', 'park', 'pak', 'choi', 'choe', 'jung', 'jeong', 'kang', 'cho', 'jo', 'yoon', 'yun',
  'jang', 'lim', 'im', 'shin', 'oh', 'seo', 'kwon', 'hwang', 'ahn', 'an', 'ryu', 'yoo', 'hong', 'jeon',
  'ko', 'moon', 'mun', 'yang', 'son', 'bae', 'baek', 'heo', 'nam', 'noh', 'roh', 'ha', 'kwak', 'sung',
  'chung', 'min', 'woo', 'koo', 'byun', 'chae', 'won', 'bang', 'ju', 'um', 'yeo',
  // Vietnamese
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ngo',
  'duong', 'ly', 'trinh', 'dinh', 'truong', 'quach', 'mai', 'luong', 'ha', 'ta', 'thai', 'la',
]);

export const isEastAsianSurname = (norm: string): boolean => EAST_ASIAN_SURNAMES.has(norm);

/**
 * People data per language (lexicons/<lang>/people.json), validated and compiled into anchored patterns.
 * Lexicon words are matched on lower-cased text with diacritics kept ("phó" ≠ "phố"), so the patterns here
 * run on `lower()` of the text, which keeps offsets.
 */
import { z } from 'zod';
import { loadLexicons } from '../lexicons/load.js';
import { lower } from '../text/case.js';
import { endPhrase, type EndPhrase } from '../text/end-phrase.js';
import { asRussianLetters, fold } from '../text/fold.js';
import {
  alternationByFirstChar,
  endPattern,
  escapePhrase,
  lazyPattern,
  literalAlternation,
  type EndPattern,
  type Pattern,
} from '../text/regex.js';
import { arrestObjectPattern } from './arrest-object.js';
import { roleCaseForms } from './declension.js';

export const PeopleLexiconSchema = z.object({
  /** The file's JSON Schema (lexicons/schemas/), for editors; not read by the engine. */
  $schema: z.string().optional(),
  ranks: z.record(z.string().regex(/^[a-z -]+$/, 'English lower-case rank'), z.array(z.string().min(1))),
  /**
   * Plural forms of the ranks, written before a list of names ("Colonels X and Y", "les généraux de division
   * X et Y", "полковники X и Y"): every name of the list holds the rank.
   */
  pluralRanks: z
    .record(z.string().regex(/^[a-z -]+$/, 'English lower-case rank'), z.array(z.string().min(1)))
    .default({}),
  /**
   * The services a rank may name right after it, before the holder's name ("полковник полиции X", "colonel de
   * police X", "Kolonel Polisi X", "podpułkownika policji X"): the rank is the same. Each rank form is also read
   * with each of them after it (the first word still declined).
   */
  rankServices: z.array(z.string().min(1)).default([]),
  /**
   * The words that name the doer of a passive right before a rank, its articles between ("arrested by Captain
   * X", "detenido por el capitán X", "detido pelo capitão X"): the rank's holder made the arrest, so the
   * private words before the agent ("the suspect was arrested") are another's, also for a rank a ship's
   * master shares.
   */
  agentWords: z.array(z.string().min(1)).default([]),
  inflectionSuffixes: z.array(z.string()),
  honorifics: z.array(z.string().min(1)),
  /**
   * The honorifics a language gives any adult, victims, residents and witnesses too: Vietnamese "ông" and
   * "bà", which are also its pronouns for a man and a woman ("ông cho biết", he said), and academic titles
   * ("TS."); after the name 氏, 女士, 先生, 씨. Alone they make no official, unlike a comrade's ("đồng chí",
   * 同志, 동지), which the press gives officials only: such a name needs a rank or an office in some mention.
   * "Mr", "Herr", "señor", "Bapak", "นาย" alike. (The seeds' gold lists a French "M. X" quoted with no office:
   * French forms still vouch.) Each is also listed in `honorifics`.
   */
  courtesyHonorifics: z.array(z.string().min(1)).default([]),
  roleWords: z.array(z.string().min(1)),
  /**
   * Plural forms of role words, whole words ("directors", "directeurs", "Direktoren", "заместители"): an
   * office so written after a list of names is every listed name's (listed-role.ts).
   */
  pluralRoleWords: z.array(z.string().min(1)).default([]),
  /**
   * Role words are whole words, not stems: a language whose words take no endings (Vietnamese: "phó",
   * deputy, is not the first syllable of "phóng viên", reporter). Otherwise each role word is a stem.
   */
  wholeRoleWords: z.boolean().default(false),
  /**
   * The language writes a rank right after the name, with no comma ("Nguyen Van Hung ezredes"): in every
   * language a rank may follow a name after a comma ("X, colonel of ..."), here also directly (rank-after.ts).
   */
  ranksAfterName: z.boolean().default(false),
  /**
   * The language's noun phrases end in their head, so an office after a name closes its owner's words ("X
   * miniszterelnök-helyettes", "X, a népbizottság alelnöke", "X, il halk komitesi başkan yardımcısı"): the role
   * after a name is read up to the first role word within a few words (roles.ts roleAfterHeadFinal).
   */
  rolesAfterName: z.boolean().default(false),
  /**
   * Words a language glues before a role word in one compound ("Generalsekretär", "Provinzpolizeichef",
   * "Kreisparteisekretär"), besides the vice-/deputy prefixes every language shares: the compound is that role.
   */
  rolePrefixes: z.array(z.string().min(1)).default([]),
  /**
   * The language writes an office as one compound of any words before the role word ("Provinciegouverneur",
   * "Katastrophenschutzsprecher", "fylkesguvernør", "kormányszóvivő"): rolePrefixes cannot list them all, so a
   * role word of four letters or more closing a longer word (an ending of up to three letters after it:
   * "guvernören", "Sprecherin") makes that word a role.
   */
  compoundRoles: z.boolean().default(false),
  /**
   * National figures whom streets, schools, units, ships and communes are named after ("Trường THPT Nguyễn
   * Trãi", "Đồn Biên phòng Lý Thường Kiệt"): a name starting so is never an official of the article unless
   * a rank comes with it. Added to the gazetteer's namesakes (places data).
   */
  namesakes: z.array(z.string().min(1)).default([]),
  articles: z.array(z.string().min(1)),
  placeWords: z.array(z.string().min(1)),
  placePrepositions: z.array(z.string().min(1)),
  familyNames: z.array(z.string().min(1)),
  /**
   * Stems (matched at the start of a word) that mark the name they come with as a private person's: suspects,
   * defendants, victims, witnesses, drivers, residents, and the verbs of arrest and prosecution. Read in the
   * name's clause before it and at the start of what follows it; the record lists officials only.
   */
  privateCues: z.array(z.string().min(1)).default([]),
  /**
   * Words that make the rank or office right after them a former one ("nguyên Chủ tịch", "cựu Thiếu tướng",
   * "former deputy director", "ancien directeur"; '*' ends a stem): such a name is no official of the
   * article, and in police news mostly a defendant's.
   */
  formerWords: z.array(z.string().min(1)).default([]),
  /**
   * Words that join a name to the office after it with no comma ("Bapak X selaku Ketua ...", "X sebagai
   * Kepala ..."): what follows one is read as the name's apposition.
   */
  roleLinkers: z.array(z.string().min(1)).default([]),
  /**
   * Words that join a name to the authority its holder speaks for, with no office word and no comma ("X of
   * the National Traffic Safety Committee", "X von der Verkehrsbehörde", "X de la Policía provincial"):
   * followed within a few words by one of authorityWords, they make the phrase the name's role.
   */
  memberLinkers: z.array(z.string().min(1)).default([]),
  /**
   * Most words other than articles between a member linker and its authority word. A language that puts
   * modifiers before the head noun, as names of bodies do ("of the Quang Ninh provincial police", "of the
   * National Traffic Safety Committee"), needs several; one whose bodies are named head first ("de la Policía
   * provincial", "z wojewódzkiej policji", "из полиции провинции") needs one adjective at most, and more words
   * there are a clause: the linker read a home ("X z Hanoi przekazał policji", X from Hà Nội told the police).
   */
  memberModifiers: z.number().int().min(0).max(4).default(1),
  /**
   * Words that close a speaker's clause before what is said: the complementizer and the verbs of saying
   * ("that", "said", "che", "ha detto", "că"; '*' ends a stem). A role before one is the speaker's ("A local
   * official said X died", "il funzionario ha detto che X è stato fermato"): the name after it is whom the
   * speaker talks about, and takes no role from those words.
   */
  reportWords: z.array(z.string().min(1)).default([]),
  /**
   * Words that say a person came to harm: killed, injured, wounded, died on duty ("hy sinh", "bị thương",
   * "verletzt*", "herid*", "殉職", "숨졌"; '*' ends a stem). Next to a name they make its holder a victim the
   * story tells of, whom the record does not list even with a rank, unless the holder also speaks or acts
   * (reportWords, actWords) somewhere in the article (victims.ts).
   */
  harmWords: z.array(z.string().min(1)).default([]),
  /**
   * Words, in the passive, that say a person was arrested, charged, suspended or dismissed ("체포됐", "구속되",
   * "직위해제"; '*' ends a stem): next to a ranked name they tell of a defendant, whom the record never lists,
   * read as harmWords are (victims.ts). Passive forms only: an officer who arrests someone is written with the
   * active verb and stays an official.
   */
  chargeWords: z.array(z.string().min(1)).default([]),
  /**
   * A language that writes the object before its verb, marked by a particle ("X 중령을 체포했다", "X中佐を逮捕した"):
   * the active verbs of arrest and charge make a name whose title takes the object particle a defendant, whom
   * the record never lists, whatever the name does elsewhere (arrest-object.ts). Read after the name only:
   * before it the same verb tells what its holder did ("조직을 검거한 X 중령", the officer who broke up the ring).
   */
  arrestObject: z
    .object({
      /** The object particles, written right after the name or the title after it ("을", "를"; "を"). */
      particles: z.array(z.string().min(1)).min(1),
      /** Stems of the active verbs of arrest and charge ("체포했", "검거하"; "逮捕し"). */
      verbs: z.array(z.string().min(1)).min(1),
      /**
       * The particles that close another argument of the clause (a subject, a topic: "이", "가", "은", "는";
       * "が", "は"): a word so ended between the object and the verb is another person's ("X 중령을 단장으로 한
       * 수사팀이 용의자를 체포했다": the team the officer heads arrested the suspect).
       */
      otherArguments: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /**
   * Verbs of attack whose object comes to harm: shot, stabbed, killed, ran over ("disparó", "mató", "atropelló";
   * '*' ends a stem). A name after one in its sentence is the object of the attack, as a harm word next to it
   * says (victims.ts), though the weapon or the object's office stand between ("disparó con un revólver a los
   * subdirectores X y Y"); the subject, written before the verb, is not.
   */
  attackWords: z.array(z.string().min(1)).default([]),
  /**
   * Verbs of saying, directing and leading besides reportWords ("cho biết", "chỉ đạo", "directed", "leitete",
   * "述べた", "밝혔다"; '*' ends a stem): an official so written after the name acts in the story, and stays
   * one though harmed (victims.ts). Only that use: roles read before a name do not depend on them.
   */
  actWords: z.array(z.string().min(1)).default([]),
  /**
   * Words that never stand inside an office and open the predicate of the clause an office runs into, besides
   * reportWords: auxiliaries and tense words ("đã", "had", "was"), verbs of coming and taking part ("đến",
   * "attended"), a date's word ("ngày"); '*' ends a stem. An office read after a name that no comma closes ("X -
   * Phó Chủ tịch UBND huyện Y đã đến trao thưởng ...", "X, Director of Y had a brief report ...") ends before the
   * first of them, and a title read before a name never spans one ("namens de minister was viceminister X").
   */
  roleEndWords: z.array(z.string().min(1)).default([]),
  /**
   * Words that attribute what a sentence tells to the name right after them, only its title between, the name
   * closing its clause ("по словам полковника X,", "according to Colonel X,", "said Colonel X."; '*' ends a
   * stem): the name is the speaker, an official who acts in the story, whatever harm the sentence goes on to
   * tell of others (victims.ts).
   */
  sourceWords: z.array(z.string().min(1)).default([]),
  /**
   * Stems of the public bodies whose spokespeople the news names by membership alone (police, ministry,
   * committee, agency, department, authority): matched at the start of a word, or inside a compound where
   * the language writes compounds (German "Verkehrssicherheitsbehörde" ends with "behörde").
   */
  authorityWords: z.array(z.string().min(1)).default([]),
  /**
   * Offices of a head of state, government or party and of a minister ("president", "secretaris-generaal",
   * "Präsident", "premier ministre"), which the news writes before a foreign holder with no courtesy or rank:
   * two or three capitalised words of any spelling right after one, or after one and a nationality adjective
   * ("le président laotien X"), are read as the holder's name (office-named.ts), kept only where that office
   * is read as his role (judge.ts).
   */
  headOffices: z.array(z.string().min(1)).default([]),
  /** Syllables that only ever stand inside a Vietnamese name ("Thị", "Văn"): a name ending so is cut short. */
  middleOnlyNames: z.array(z.string().min(1)).default([]),
  /**
   * Family names of the Central Highlands peoples (Ê Đê, Gia Rai, Ba Na: "Y", "Ksor", "Siu", "Niê"), after which
   * a name's words are spelt as those languages write them ("Y Bliu Arul", "Ksor Phước Hà"), not only as
   * Vietnamese syllables.
   */
  highlandFamilyNames: z.array(z.string().min(1)).default([]),
  /** The lunar calendar's heavenly stems and earthly branches: a stem and a branch name a year ("Giáp Thìn"). */
  yearStems: z.array(z.string().min(1)).default([]),
  yearBranches: z.array(z.string().min(1)).default([]),
  /**
   * For a language written without capitals whose ranks and honorifics follow the name ("丁进军大校",
   * "グエン・ホン・フォン氏", "응우옌 반 훙 대령"): how a Vietnamese name is written in its script. Absent for the
   * languages whose titles stand before a capitalised name.
   */
  namesInScript: z
    .object({
      /** Han, katakana and Hangul names are titled after the name; Thai names after a rank before them. */
      script: z.enum([
        'Han',
        'Katakana',
        'Hangul',
        'Thai',
        'Devanagari',
        'Bengali',
        'Tamil',
        'Telugu',
        'Arabic',
        'Hebrew',
      ]),
      /** Vietnamese family names as the script writes them (阮, 陈; 응우옌, 쩐): a Han or Hangul name starts so. */
      familyNames: z.array(z.string().min(1)).default([]),
      /** Particles that join a role written before the name to it ("局長のグエン・…"). */
      roleJoiners: z.array(z.string().min(1)).default([]),
      /** Particles written in one word with the name or title before them ("청장은", "대령이"). */
      particles: z.array(z.string().min(1)).default([]),
      // Documented in its description, which the generated JSON Schema carries to editors of the lexicon files.
      phraseEndings: z
        .array(z.string().min(1))
        .default([])
        .describe(
          'Particles that end a phrase and never the last syllable of a Vietnamese name as the script writes it ' +
            '(Korean 는, 를, 의, 에서...; not 로, which is Lò or Lô, nor 이, which ends 하이, Hải): a one-word name ' +
            'read at the start of a clause is none when it ends in one ("보고서에는", in the report).',
        ),
      /**
       * Endings of office words that a Vietnamese name's syllables could also spell (Korean "보안관", sheriff,
       * reads Võ An Quan; "부반장", deputy team leader, Vũ Văn Giang), and of the bodies an office is held in
       * ("당위원회", the Party committee, reads Đặng Uy Viên Hội): a name written as one word never ends so.
       */
      officeEndings: z.array(z.string().min(1)).default([]),
      /**
       * Ranks of the script's own country only (Korean police grades: 총경, 경정, 경감...): a person named as
       * one word before them is a native officer ("서울경찰청 하성진 경감", 하성진 spelling Hà Sang Dinh too),
       * since a translation giving a Vietnamese officer such a rank writes the name syllable by syllable.
       */
      spacedNameRanks: z.array(z.string().min(1)).default([]),
      /**
       * Last syllables of the names of bodies (Korean 부 ministry, 청 agency, 국 department, 회 committee):
       * a word so ending right before an office is the body whose office it is ("보건부 장관", the minister of
       * health), unless it opens its clause, where a name written as one word stands as the office's subject.
       */
      bodyEndings: z.array(z.string().min(1)).default([]),
      /**
       * Words a news text writes right after an official's name in Han script ("表示", "介绍", "说", "等"): where
       * a name read after its office ends, whatever its characters. One character long, they may also be a
       * name's last character ("和", Hòa): a reading that ends with one is the last resort. In a script that
       * spaces its words (Devanagari: "ने", "को"), such a whole word after a name's first two ends it.
       */
      wordsAfterName: z.array(z.string().min(1)).default([]),
      /**
       * Middle names that never end a name (文 Văn, 氏 Thị): "阮文" is no full name, and after a family name
       * they mark a name of four characters ("阮氏金银", Nguyễn Thị Kim Ngân). In Thai ("วัน", "ถิ") a family name
       * and one of them alone is a name cut short.
       */
      middleNames: z.array(z.string().min(1)).default([]),
      /**
       * Conjunctions written in one word with the word after them (Arabic "و", and: "وقادة", and leaders): a word
       * so opened starts the next conjunct, and the word before it may be a four-word name's last (scripts.ts).
       */
      gluedConjunctions: z.array(z.string().min(1)).default([]),
      /**
       * Services a translation writes right before a rank in Japanese and Korean, keeping the Vietnamese
       * "Trung tá Công an" ("グエン・…警察中佐", "警察中佐グエン・…", "응우옌 반 람 경찰 중령"): the rank is the same.
       * Each rank form is also read with each of them before it (glued in katakana text, a space between in
       * Hangul).
       */
      servicesBeforeRank: z.array(z.string().min(1)).default([]),
    })
    .strict()
    .optional(),
});

export type PeopleLexicon = z.infer<typeof PeopleLexiconSchema>;

export interface CompiledPeople {
  /** Longest surface forms first: "lieutenant-colonel" is tried before "colonel". */
  readonly ranks: ReadonlyArray<{
    rank: string;
    /** A plural form: the names listed after the first one hold the rank too. */
    plural: boolean;
    /** Where the form (its first word declined, in a declining language) ends the text before a name. */
    atEnd: EndPhrase;
    /** The form opening a stretch, a whole word: a rank written after the name (rank-after.ts). */
    atStart: Pattern;
    /**
     * The literal text every `atEnd` match ends with (before trailing spaces), or null when the ending may
     * vary (an inflected one-word rank): a text not ending so cannot match, without running the pattern.
     */
    last: string | null;
    /** The code unit every `atStart` match starts with, or null when it may vary (singularByFirstUnit). */
    first: number | null;
    /**
     * The form's first word as written, which every match holds: where `last` is null (a declined one-word
     * rank, its ending any of the language's suffixes), a text without it is not searched (rank-before.ts).
     */
    firstWord: string;
  }>;
  /**
   * `ranks` in the same order, by the last two code units of the text before a name (lastUnitsKey): those
   * whose `last` ends with them, those whose `last` is the second alone, and those without a `last`
   * (rank-before.ts). Most ranks cannot end a given text, and are not looked at: keyed by one unit, a French
   * text ending in "e" was tried against 458 forms.
   */
  readonly ranksByLastUnits: ReadonlyMap<number, CompiledPeople['ranks']>;
  /**
   * For a text whose last two units end no `last` of two units or more: by its last unit, the ranks whose
   * `last` is that unit alone and those without a `last`, in the same order.
   */
  readonly ranksByLastUnit: ReadonlyMap<number, CompiledPeople['ranks']>;
  readonly ranksWithoutLast: CompiledPeople['ranks'];
  /**
   * The singular `ranks` in the same order, by the first code unit of a stretch after a name: those whose form
   * starts with it and those whose source starts with no literal character (rank-after.ts). An `atStart`
   * pattern opens with its form's first character, so the others cannot match and are never run (nor
   * compiled: a language without a lexicon of its own reads every lexicon's 1,250 forms).
   */
  readonly singularByFirstUnit: ReadonlyMap<number, CompiledPeople['ranks']>;
  readonly singularWithoutFirst: CompiledPeople['ranks'];
  /** Every rank form folded, words joined by one space: "thuong ta" tells a rank glued to a name. */
  readonly rankForms: ReadonlySet<string>;
  /** The last words of the rank forms of two words or more, folded ("ta", "uy", "tuong"). */
  readonly rankLastWords: ReadonlySet<string>;
  readonly honorificAtEnd: EndPattern;
  /** The courtesy honorifics (lower case, NFC): an honorific matched by honorificAtEnd and listed here vouches for nothing. */
  readonly courtesy: ReadonlySet<string>;
  readonly articleAtStart: RegExp;
  readonly articleAtEnd: EndPattern;
  readonly role: RegExp;
  /** A role word opening the text (after a glued vice-/deputy prefix). */
  readonly roleAtStart: RegExp;
  readonly placeBefore: EndPattern;
  /**
   * An administrative type word right before the name ("tỉnh", "xã"; the places lexicon's `before` words):
   * the gazetteer knows every name such a word introduces, so an unknown name after it is no place.
   */
  readonly adminPlaceBefore: RegExp;
  /**
   * Every administrative type word of the language joins a place's name with a preposition ("ville de",
   * "provincia di", "province of"): a type word right before a name, with none between, does not introduce it.
   */
  readonly typeWordsTakePreposition: boolean;
  readonly placeAfter: RegExp;
  readonly prepositionAtEnd: EndPattern;
  readonly inflectionSuffixes: readonly string[];
  /** A private-person cue anywhere in a stretch (a clause before the name). */
  readonly privateCue: RegExp;
  /** A private-person cue opening what follows the name: its apposition or parenthesis. */
  readonly privateAfter: RegExp;
  /**
   * A private-person cue in a role read with the name: at a word's start, or, where the language writes
   * compounds (compoundRoles), closing one ("Direktor eines Privatunternehmens", "directeur van een bouwbedrijf":
   * the compound's head is the business).
   */
  readonly privateInRole: RegExp;
  /** A former-word ending the text, before a rank: "cựu ", "former ", "ex-". */
  readonly formerAtEnd: EndPattern;
  /** A former-word and at most two words more ending the text, before a role: "former district ". */
  readonly formerNearEnd: EndPattern;
  /** A former-word opening a role read after the name ("former deputy director of ..."). */
  readonly formerAtStart: RegExp;
  /** What opens a role after the name: a comma, a dash, a parenthesis, or a role linker ("selaku"). */
  readonly roleOpener: RegExp;
  /**
   * What stands between a name and a rank written after it: a comma or an opening bracket and articles ("X, a
   * colonel", "X (colonel), head of ..."), or in a language that writes ranks after names (ranksAfterName) a
   * space alone ("X ezredes").
   */
  readonly rankOpener: RegExp;
  /**
   * A member linker and the words up to an authority word after a name (memberLinkers), or null: group 1 the
   * authority's phrase, group 2 the words before its authority word.
   */
  readonly memberOf: RegExp | null;
  /** Most words other than articles before the authority word (PeopleLexicon.memberModifiers). */
  readonly memberModifiers: number;
  /** Plural role words, lowercased (PeopleLexicon.pluralRoleWords). */
  readonly pluralRoleWords: ReadonlySet<string>;
  /** The articles, lowercased (PeopleLexicon.articles). */
  readonly articleWords: ReadonlySet<string>;
  /** Offices close their owner's words after a name (PeopleLexicon.rolesAfterName). */
  readonly rolesAfterName: boolean;
  /** A report word (lexicon reportWords) anywhere in a stretch; null where the lexicon lists none. */
  readonly reportWord: RegExp | null;
  /** A harm or charge word (lexicon harmWords, chargeWords) anywhere in a stretch; null where none is listed. */
  readonly harmWord: RegExp | null;
  /** An attack verb (lexicon attackWords) anywhere in a stretch; null where the lexicon lists none. */
  readonly attackWord: RegExp | null;
  /** A report or act word (lexicon reportWords, actWords) anywhere in a stretch; null where none is listed. */
  readonly actWord: RegExp | null;
  /** A word that ends an office (lexicon reportWords, roleEndWords) anywhere in a stretch; null where none. */
  readonly roleEnd: RegExp | null;
  /** Every harm word of a stretch, for where each stands (global; harmWord's alternation). */
  readonly harmWordAll: RegExp | null;
  /**
   * Every harm word of a stretch, the charge words left out: what the words before a name are read with. A
   * passive charge before the name is another's ("the suspect was arrested by Colonel X").
   */
  readonly harmOnlyAll: RegExp | null;
  /** Every attack verb of a stretch, for where each stands (global; attackWord's alternation). */
  readonly attackWordAll: RegExp | null;
  /** The object of an active arrest verb, read right after a name (PeopleLexicon.arrestObject); null if none. */
  readonly arrestObject: RegExp | null;
  /**
   * A source word (lexicon sourceWords) with no clause break after it to the end of a stretch: the stretch
   * before a name ends in "по словам полковника "; null where none is listed.
   */
  readonly sourceBefore: RegExp | null;
  /**
   * A source word right at the end of a stretch, articles after it allowed: the stretch before a rank in
   * "laut Oberstleutnant X", "volgens de luitenant-kolonel X"; null where none is listed.
   */
  readonly sourceAtEnd: RegExp | null;
  /**
   * A preposition right after a name and the few words of its phrase ("of the fishing vessel", "van het
   * vissersschip"): group 1 holds the phrase's words.
   */
  readonly ofPhraseAfter: RegExp;
  /** Titles follow a name with no comma (PeopleLexicon.ranksAfterName). */
  readonly ranksAfterName: boolean;
  /** The services a rank may carry after it, lowered (PeopleLexicon.rankServices: "полиции", "юстиции"). */
  readonly rankServices: readonly string[];
  /** The passive's agent words, lowered (PeopleLexicon.agentWords: "by", "por", "pelo"). */
  readonly agentWords: ReadonlySet<string>;
  /** The lexicons' namesakes, folded, words joined by one space. */
  readonly namesakes: ReadonlySet<string>;
}

/**
 * A lexicon word as the lowered text it is matched on writes it: lower case, NFC, and the Ukrainian and
 * Belarusian letters as the Russian ones (people/index.ts lowers a text with letters outside the Latin
 * blocks so), so the Russian file, which those languages read by kinship, can list their own words
 * ("заступник", "підозрюван*").
 */
function asLowered(word: string): string {
  return asRussianLetters(lower(word.normalize('NFC')));
}

function alternation(words: Iterable<string>): string {
  const list = [...new Set([...words].map(asLowered))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)';
  return literalAlternation(list, escapePhrase);
}

/**
 * Words in Latin letters also as written without their marks ("secretaire", "presidente", "prevenu"): pages
 * and machine translations that drop diacritics drop them from roles and private cues too, as from ranks
 * (compilePeople). Only Latin words: other scripts' marks (Cyrillic й, Brahmic vowel signs) are letters.
 */
function withUnmarkedLatin(words: readonly string[]): string[] {
  const out = [...words];
  for (const w of words) {
    const lowered = asLowered(w);
    if (!LATIN_WORD.test(lowered)) continue;
    const bare = fold(lowered);
    if (bare !== lowered) out.push(bare);
  }
  return out;
}
const LATIN_WORD = /^[\p{Script=Latin}\s'’.*-]+$/u;

/** Units of the longest word as alternation() writes it: what a match of its words holds at most. */
function longest(words: Iterable<string>): number {
  let most = 0;
  for (const w of words) most = Math.max(most, lower(w.normalize('NFC')).length);
  return most;
}

/**
 * Lexicon entries as one alternation, longest first: an entry ending with '*' is a stem, written by `stem`, any
 * other by `whole` (both given the entry escaped).
 */
function entryAlternation(
  words: Iterable<string>,
  stem: (escaped: string) => string,
  whole: (escaped: string) => string,
): string {
  const list = [...new Set([...words].map(asLowered))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)';
  return alternationByFirstChar(
    list.map((w) => ({
      first: w.charAt(0),
      source: w.endsWith('*') ? stem(escapePhrase(w.slice(0, -1))) : whole(escapePhrase(w)),
    })),
  );
}

/**
 * Whole words and phrases, or stems where the entry ends with '*' (as in the figures lexicons), for a pattern
 * only ever tested (`test`: where or what it matched is never read): the whole words first, behind one
 * word-end lookahead, then the stems. Whether some alternative matches does not depend on their order, and one
 * lookahead in place of one per word keeps the compiled pattern small: `\p{L}` and `\p{N}` compile to
 * hundreds of ranges, and the 520 whole words a language without a lexicon of its own reads (every
 * lexicon's) made each of its two private-cue patterns about 5 MB of bytecode, seconds of compiling at the
 * first article in that language.
 */
function testedCueAlternation(words: Iterable<string>): string {
  const list = [...new Set([...words].map(asLowered))].sort((a, b) => b.length - a.length);
  const wholes = list.filter((w) => !w.endsWith('*'));
  const stems = list.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  const parts = [
    ...(wholes.length > 0 ? [`(?:${literalAlternation(wholes, escapePhrase)})(?![\\p{L}\\p{N}])`] : []),
    ...(stems.length > 0 ? [literalAlternation(stems, escapePhrase)] : []),
  ];
  return parts.length === 0 ? '(?!)' : parts.join('|');
}

/** Scripts that write words with no space between: a cue in them may follow any letter ("その場で殉職した"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * Cues (whole words, or stems ending '*') found anywhere in a stretch: at a word's start in the scripts that
 * space their words, wherever they stand in those that do not. Null for no cue.
 */
/** A cue with nothing but articles after it to the end of a stretch; null for no cue. */
function atStretchEnd(cue: RegExp | null, articles: readonly string[]): RegExp | null {
  if (cue === null) return null;
  const between = articles.length > 0 ? `(?:\\s+(?:${alternation(articles)}))*` : '';
  return new RegExp(`(?:${cue.source})${between}\\s*$`, cue.flags);
}

function cueAnywhere(words: readonly string[]): RegExp | null {
  return cuePattern(words, true);
}

/**
 * The pattern of cueAnywhere and cueAsWritten: spaced cues from a word start, unspaced ones anywhere; `unmarked`
 * adds each Latin cue's form without its marks.
 */
function cuePattern(words: readonly string[], unmarked: boolean): RegExp | null {
  if (words.length === 0) return null;
  const unspaced = words.filter((w) => UNSPACED.test(w));
  const written = words.filter((w) => !UNSPACED.test(w));
  const spaced = unmarked ? withUnmarkedLatin(written) : written;
  const parts = [
    ...(spaced.length > 0 ? [`${WORD_START}(?:${testedCueAlternation(spaced)})`] : []),
    ...(unspaced.length > 0 ? [alternation(unspaced.map((w) => w.replace(/\*$/u, '')))] : []),
  ];
  return new RegExp(parts.join('|'), 'u');
}

/**
 * A cue as cueAnywhere reads it, but as written only: a role-end word read without its marks would end
 * offices at another word ("đã" at "da" of "Da Nang", "cùng" at "Cung" of "Cung Văn hóa").
 */
function cueAsWritten(words: readonly string[]): RegExp | null {
  return cuePattern(words, false);
}

/** The same cue, every match of a stretch (global). */
const everywhere = (cue: RegExp | null): RegExp | null =>
  cue === null ? null : new RegExp(cue.source, 'gu');

/** The cue, then no clause break (comma, colon, semicolon, full stop) up to the end of the stretch. */
const beforeClauseEnd = (cue: RegExp | null): RegExp | null =>
  cue === null ? null : new RegExp(`(?:${cue.source})[^,;:.!?،、，。]*$`, 'u');

/** Whole words, or stems with any ending where the entry ends with '*' ("ehemalig*": "ehemalige"). */
const wordAlternation = (words: Iterable<string>): string =>
  entryAlternation(
    words,
    (s) => `${s}[\\p{L}\\p{M}]*`,
    (w) => w,
  );

/**
 * The code unit a match of `source` (the escaped `form`) must start with: the form's first character when
 * the source writes it as itself (a letter or digit of the BMP, not escaped, not white space), else null.
 */
function literalFirstUnit(form: string, source: string): number | null {
  const first = form.charAt(0);
  const unit = form.charCodeAt(0);
  if (first === '' || (unit >= 0xd800 && unit <= 0xdfff) || !/^[\p{L}\p{N}]$/u.test(first)) return null;
  return source.startsWith(first) ? unit : null;
}

/**
 * A word start as a lookbehind: the match (and its groups) begin at the word itself, and the engine tries the
 * alternatives only where a word starts, about twice as fast over a 160-character window as consuming the
 * boundary character.
 */
const WORD_START = '(?<![\\p{L}\\p{N}])';

/** A pattern read as an EndPhrase: where its match starts. */
function startOf(re: Pattern): EndPhrase {
  return { startIn: (text) => re.exec(text)?.index ?? -1 };
}

/** The last two code units of a text (at least two long) as one number: the key of ranksByLastUnits. */
export function lastUnitsKey(text: string): number {
  return text.charCodeAt(text.length - 2) * 0x10000 + text.charCodeAt(text.length - 1);
}

export function compilePeople(lex: PeopleLexicon, adminPlaceWords: readonly string[] = []): CompiledPeople {
  const suffixList = [...new Set(lex.inflectionSuffixes.filter((s) => s !== '').map(asLowered))];
  const suffixes = alternation(lex.inflectionSuffixes.filter((s) => s !== ''));
  const longestSuffix = longest(lex.inflectionSuffixes);
  // Each alternation built once: the former words stand in three patterns, the private cues in two.
  const former = wordAlternation(lex.formerWords);
  const privateCue = testedCueAlternation(withUnmarkedLatin(lex.privateCues));
  // Harm and charge words bind alike (victims.ts): one pattern, and its global twin for where each stands.
  const harmWord = cueAnywhere([...lex.harmWords, ...lex.chargeWords]);
  const attackWord = cueAnywhere(lex.attackWords);
  // The nouns among the cues that may close a compound (five letters or more, one word): a short stem
  // inside a longer word is too often another word's syllable, and a cue that is also a role word
  // (Hungarian "vezető", driver and head: "osztályvezető") closes an office's compound as often.
  const roleForms = lex.roleWords.map((r) => lower(r));
  const compoundCue = lex.compoundRoles
    ? alternation(
        lex.privateCues
          .map((c) => lower(c.replace(/\*$/u, '')))
          .filter((c) => c.length >= 5 && !/\s/u.test(c))
          .filter((c) => !roleForms.some((r) => r.startsWith(c) || c.startsWith(r))),
      )
    : '';
  const forms: Array<{ rank: string; form: string; plural: boolean }> = [];
  const add = (table: Record<string, string[]>, plural: boolean) => {
    for (const [rank, surfaces] of Object.entries(table)) {
      for (const s of surfaces) {
        for (const form of [
          asLowered(s),
          ...lex.rankServices.map((service) => asLowered(`${s} ${service}`)),
        ]) {
          forms.push({ rank, form, plural });
          // Machine translations drop diacritics from ranks left untranslated ("Thuong ta", "pulkownik").
          const folded = fold(form);
          if (folded !== form) forms.push({ rank, form: folded, plural });
        }
      }
    }
  };
  add(lex.ranks, false);
  add(lex.pluralRanks, true);
  forms.sort((a, b) => b.form.length - a.form.length);
  const ranks = forms.map(({ rank, form, plural }) => {
    const [first, ...rest] = form.split(' ');
    // Declined ranks ("pułkownika", "generała dywizji") inflect their first word.
    const declined = lex.inflectionSuffixes.length > 0 && !first!.endsWith('.');
    const inflected = escapePhrase(first!) + (declined ? `(?:${suffixes})?` : '');
    const source = [inflected, ...rest.map(escapePhrase)].join('\\s+');
    const ending =
      rest.length > 0 ? rest[rest.length - 1]! : inflected === escapePhrase(first!) ? first! : '';
    const last = ending !== '' && !/\s/u.test(ending) ? ending : null;
    // Built at first use (lazyPattern): most forms are never run.
    const atStart = lazyPattern(`^(?:${source})(?![\\p{L}\\p{M}\\p{N}])`, 'u');
    return {
      rank,
      plural,
      atEnd:
        endPhrase([first!, ...rest], declined ? suffixList : []) ??
        startOf(
          endPattern(
            lazyPattern(`${WORD_START}(${source})\\s*$`, 'u'),
            form.length + (declined ? longestSuffix : 0),
          ),
        ),
      atStart,
      last,
      first: literalFirstUnit(form, source),
      firstWord: first!,
    };
  });
  // A declining language's role words ending soft or in -а/-я stand in their oblique cases too ("по словам
  // председателя", "главы", "голови").
  const roleWords = withUnmarkedLatin(
    lex.inflectionSuffixes.length > 0 ? lex.roleWords.flatMap(roleCaseForms) : lex.roleWords,
  );
  const role = lex.wholeRoleWords
    ? `(?:${alternation(roleWords)})(?![\\p{L}\\p{M}])`
    : alternation(roleWords);
  const prefixes = alternation(['vice', 'wice', 'vize', 'sub', ...lex.rolePrefixes]);
  // A role word closing a compound (compoundRoles): three letters or more before it, three at most after it.
  const closing = lex.compoundRoles
    ? alternation(roleWords.filter((w) => w.length >= 4 && !/\s/u.test(w)))
    : '';
  const compound = closing === '' ? '' : `\\p{L}{3,}?(?:${closing})\\p{L}{0,3}(?![\\p{L}\\p{M}])`;
  const lastUnit = (r: (typeof ranks)[number]): number => r.last!.charCodeAt(r.last!.length - 1);
  const ranksByLastUnits = new Map<number, typeof ranks>();
  for (const r of ranks) {
    if (r.last === null || r.last.length < 2 || ranksByLastUnits.has(lastUnitsKey(r.last))) continue;
    const key = lastUnitsKey(r.last);
    ranksByLastUnits.set(
      key,
      ranks.filter(
        (other) =>
          other.last === null ||
          (other.last.length < 2 ? lastUnit(other) === lastUnit(r) : lastUnitsKey(other.last) === key),
      ),
    );
  }
  const ranksByLastUnit = new Map<number, typeof ranks>();
  for (const r of ranks) {
    if (r.last === null || ranksByLastUnit.has(lastUnit(r))) continue;
    ranksByLastUnit.set(
      lastUnit(r),
      ranks.filter(
        (other) => other.last === null || (other.last.length === 1 && lastUnit(other) === lastUnit(r)),
      ),
    );
  }
  const singular = ranks.filter((r) => !r.plural);
  const singularByFirstUnit = new Map<number, typeof ranks>();
  for (const r of singular)
    if (r.first !== null && !singularByFirstUnit.has(r.first))
      singularByFirstUnit.set(
        r.first,
        singular.filter((other) => other.first === null || other.first === r.first),
      );
  return {
    ranksByLastUnits,
    ranksByLastUnit,
    ranksWithoutLast: ranks.filter((r) => r.last === null),
    singularByFirstUnit,
    singularWithoutFirst: singular.filter((r) => r.first === null),
    rankForms: new Set(forms.map((f) => fold(f.form).replace(/\s+/gu, ' '))),
    rankLastWords: new Set(
      forms.flatMap((f) => {
        const words = fold(f.form).split(/\s+/u);
        return words.length > 1 ? [words[words.length - 1]!] : [];
      }),
    ),
    ranks,
    courtesy: new Set(lex.courtesyHonorifics.map((h) => lower(h.normalize('NFC')))),
    honorificAtEnd: endPattern(
      new RegExp(`${WORD_START}(${alternation(lex.honorifics)})\\s*$`, 'u'),
      longest(lex.honorifics),
    ),
    articleAtStart: new RegExp(`^(?:(?:${alternation(lex.articles)})(?:\\s+|(?<=')))+`, 'u'),
    articleAtEnd: endPattern(
      new RegExp(`${WORD_START}(?:${alternation(lex.articles)})\\s*$`, 'u'),
      longest(lex.articles),
    ),
    // A role stem at the start of a word, or after a vice-/deputy prefix glued to it ("wiceprzewodniczący")
    // or joined by a hyphen ("vice-ministre", "sub-director").
    role: new RegExp(
      `(?:^|[^\\p{L}]|${prefixes})(?:${role})${compound ? `|(?<![\\p{L}\\p{M}])${compound}` : ''}`,
      'u',
    ),
    roleAtStart: new RegExp(`^(?:(?:(?:${prefixes})-?)*(?:${role})${compound ? `|${compound}` : ''})`, 'u'),
    placeBefore: endPattern(
      new RegExp(
        `${WORD_START}(?:${alternation(lex.placeWords)})(?:\\s+(?:${alternation(lex.placePrepositions)}))?\\s*$`,
        'u',
      ),
      longest(lex.placeWords) + longest(lex.placePrepositions),
    ),
    adminPlaceBefore: new RegExp(`${WORD_START}(?:${alternation(adminPlaceWords)})\\.?\\s*$`, 'u'),
    typeWordsTakePreposition:
      adminPlaceWords.length > 0 &&
      adminPlaceWords.every((w) =>
        lex.placePrepositions.some((p) => {
          const form = asLowered(w);
          const prep = asLowered(p);
          return form.endsWith(` ${prep}`) || (prep.endsWith("'") && form.endsWith(prep));
        }),
      ),
    placeAfter: new RegExp(`^\\s+(?:${alternation(lex.placeWords)})(?![\\p{L}])`, 'u'),
    prepositionAtEnd: endPattern(
      new RegExp(`${WORD_START}(?:${alternation(lex.placePrepositions)})\\s*$`, 'u'),
      longest(lex.placePrepositions),
    ),
    inflectionSuffixes: [...lex.inflectionSuffixes]
      .filter((s) => s !== '')
      .sort((a, b) => b.length - a.length),
    formerAtEnd: endPattern(
      new RegExp(`${WORD_START}(?:${former})(?:\\s+|-)$`, 'u'),
      longest(lex.formerWords) + 24,
    ),
    formerNearEnd: endPattern(
      new RegExp(`${WORD_START}(?:${former})(?:\\s+|-)(?:[\\p{L}\\p{M}'’.-]+\\s+){0,2}$`, 'u'),
      longest(lex.formerWords) + 60,
    ),
    formerAtStart: new RegExp(`^(?:${former})(?:\\s+|-)`, 'u'),
    roleOpener: new RegExp(
      `^\\s*(?:[,،–—(]|\\s-\\s${lex.roleLinkers.length > 0 ? `|\\s(?:${alternation(lex.roleLinkers)})\\s` : ''})\\s*`,
      'u',
    ),
    rankOpener: new RegExp(
      `^(?:\\s*[,(]\\s*(?:(?:${alternation(lex.articles)})\\s+)*${lex.ranksAfterName ? '|[ \\u00a0]+' : ''})`,
      'u',
    ),
    // Up to four words between the linker and the authority ("of the National Traffic Safety Committee"), a comma
    // before the linker or none ("X, du Comité national ..."); an elided linker joins the next word ("dell'ufficio").
    memberOf:
      lex.memberLinkers.length > 0 && lex.authorityWords.length > 0
        ? new RegExp(
            `^,?\\s+(?:${alternation(lex.memberLinkers)})(?:\\s+|(?<=['’]))(((?:[\\p{L}\\p{M}'’-]+\\s+){0,4}?)[\\p{L}\\p{M}]*(?:${alternation(lex.authorityWords)})[\\p{L}\\p{M}]*)`,
            'u',
          )
        : null,
    memberModifiers: lex.memberModifiers,
    articleWords: new Set(lex.articles.map(asLowered)),
    pluralRoleWords: new Set(lex.pluralRoleWords.map(asLowered)),
    rolesAfterName: lex.rolesAfterName,
    reportWord:
      lex.reportWords.length > 0
        ? new RegExp(`${WORD_START}(?:${testedCueAlternation(lex.reportWords)})`, 'u')
        : null,
    harmWord,
    harmWordAll: everywhere(harmWord),
    harmOnlyAll: lex.chargeWords.length === 0 ? everywhere(harmWord) : everywhere(cueAnywhere(lex.harmWords)),
    arrestObject: lex.arrestObject ? arrestObjectPattern(lex.arrestObject, asLowered) : null,
    sourceBefore: beforeClauseEnd(cueAnywhere(lex.sourceWords)),
    sourceAtEnd: atStretchEnd(cueAnywhere(lex.sourceWords), lex.articles),
    attackWord,
    attackWordAll: everywhere(attackWord),
    actWord: cueAnywhere([...lex.reportWords, ...lex.actWords]),
    roleEnd: cueAsWritten([...lex.reportWords, ...lex.roleEndWords]),
    ofPhraseAfter: new RegExp(
      `^\\s+(?:${alternation(lex.placePrepositions)})\\s+((?:[\\p{L}\\p{M}'’-]+\\s+){0,3}[\\p{L}\\p{M}'’-]+)`,
      'u',
    ),
    ranksAfterName: lex.ranksAfterName,
    rankServices: lex.rankServices.map(asLowered),
    agentWords: new Set(lex.agentWords.map(asLowered)),
    namesakes: new Set(lex.namesakes.map((n) => fold(n.normalize('NFC')).split(/\s+/u).join(' '))),
    privateCue: new RegExp(`${WORD_START}(?:${privateCue})`, 'u'),
    privateInRole: new RegExp(
      `${WORD_START}(?:${privateCue})${compoundCue === '' ? '' : `|\\p{L}{3,}?(?:${compoundCue})\\p{L}{0,3}(?![\\p{L}\\p{M}])`}`,
      'u',
    ),
    // One word may stand between the article and the cue: "X, a local resident", "X, un ancien détenu".
    privateAfter: new RegExp(
      `^\\s*(?:\\([^()\\d]{0,60}\\)\\s*)?[,(–—]\\s*(?:(?:${alternation(lex.articles)})\\s+)*(?:[\\p{L}\\p{N}'’-]+\\s+)?(?:${privateCue})`,
      'u',
    ),
  };
}

let loaded: ReadonlyMap<string, PeopleLexicon> | undefined;

/**
 * Every language's people.json, validated once however many readers ask (people/language.ts, and places for the
 * family names a script writes: places/lexicon.ts); a broken file fails loudly at cold start, naming the path.
 */
export function loadPeopleLexicons(): ReadonlyMap<string, PeopleLexicon> {
  loaded ??= loadLexicons(PeopleLexiconSchema, 'people');
  return loaded;
}

/** Several lexicons as one (the article's language plus Vietnamese, or all when the language has none). */
export function mergeLexicons(lexicons: readonly PeopleLexicon[]): PeopleLexicon {
  const ranks: Record<string, string[]> = {};
  const pluralRanks: Record<string, string[]> = {};
  for (const l of lexicons) {
    for (const [r, forms] of Object.entries(l.ranks)) (ranks[r] ??= []).push(...forms);
    for (const [r, forms] of Object.entries(l.pluralRanks)) (pluralRanks[r] ??= []).push(...forms);
  }
  const all = (pick: (l: PeopleLexicon) => string[]) => [...new Set(lexicons.flatMap(pick))];
  return {
    ranks,
    pluralRanks,
    // The article's own language's (read first) only: every rank form is read once with each service.
    rankServices: lexicons[0]?.rankServices ?? [],
    // Short words ("da", "av") are other words in other languages: the article's own only.
    agentWords: lexicons[0]?.agentWords ?? [],
    inflectionSuffixes: all((l) => l.inflectionSuffixes),
    honorifics: all((l) => l.honorifics),
    courtesyHonorifics: all((l) => l.courtesyHonorifics),
    roleWords: all((l) => l.roleWords),
    pluralRoleWords: all((l) => l.pluralRoleWords),
    wholeRoleWords: lexicons.every((l) => l.wholeRoleWords),
    // The article's own language (read first) decides: Vietnamese, read with it, writes ranks before names.
    ranksAfterName: lexicons[0]?.ranksAfterName ?? false,
    rolesAfterName: lexicons[0]?.rolesAfterName ?? false,
    compoundRoles: lexicons[0]?.compoundRoles ?? false,
    // How bodies are named is the article's own language's (a Polish article reads the English file too).
    memberModifiers: lexicons[0]?.memberModifiers ?? 1,
    rolePrefixes: all((l) => l.rolePrefixes),
    namesakes: all((l) => l.namesakes),
    articles: all((l) => l.articles),
    placeWords: all((l) => l.placeWords),
    placePrepositions: all((l) => l.placePrepositions),
    familyNames: all((l) => l.familyNames),
    privateCues: all((l) => l.privateCues),
    formerWords: all((l) => l.formerWords),
    roleLinkers: all((l) => l.roleLinkers),
    memberLinkers: all((l) => l.memberLinkers),
    reportWords: all((l) => l.reportWords),
    harmWords: all((l) => l.harmWords),
    chargeWords: all((l) => l.chargeWords),
    attackWords: all((l) => l.attackWords),
    actWords: all((l) => l.actWords),
    roleEndWords: all((l) => l.roleEndWords),
    sourceWords: all((l) => l.sourceWords),
    authorityWords: all((l) => l.authorityWords),
    headOffices: all((l) => l.headOffices),
    middleOnlyNames: all((l) => l.middleOnlyNames),
    highlandFamilyNames: all((l) => l.highlandFamilyNames),
    yearStems: all((l) => l.yearStems),
    yearBranches: all((l) => l.yearBranches),
    ...(lexicons[0]?.namesInScript ? { namesInScript: lexicons[0].namesInScript } : {}),
    // Particles are the article's own language's grammar: never borrowed from the file read with it.
    ...(lexicons[0]?.arrestObject ? { arrestObject: lexicons[0].arrestObject } : {}),
  };
}

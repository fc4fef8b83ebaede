/**
 * The stage lexicons (lexicons/<lang>/stages.json): per language, the words that say a report is about a
 * later stage of a case than the event itself. Only the later stages have cues: a report with none is about
 * the event (when its language has a file; otherwise its stage is unknown).
 */
import { z } from 'zod';

const Cues = z.array(z.string().min(1)).default([]);

export const StagesLexiconSchema = z.object({
  /** The file's JSON Schema (lexicons/schemas/), for editors; not read by the engine. */
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  /**
   * Cues are matched in the lower-cased title and lead, as whole words (a word ending in `*` as the start of
   * a word, at a cue's end or inside it: "verurteil*", "renvoyé* devant"); in scripts written without spaces
   * (Thai, Chinese, Japanese, Lao, Khmer, Burmese) and in the abjads whose words take attached prefixes
   * (Arabic, Hebrew, Persian, Urdu) as substrings. A cue found inside a longer cue of another stage counts as
   * that one: "передано в суд" (sent to court) is an indictment, though "суд" is a trial cue.
   */
  prosecution: Cues,
  indictment: Cues,
  trial: Cues,
  verdict: Cues,
  appeal: Cues,
  /**
   * The stages of a disaster or a violent death after the event. The search for the missing is the event
   * (its first reports name the missing, and partial finds: "three bodies recovered"), so recovery cues say
   * the search is over: every victim found ("all 22 bodies", "the last body"), the search ended or called
   * off. A cue " … " stands for up to three words (eight characters in unspaced scripts) in between.
   */
  recovery: Cues,
  /**
   * The funeral, burial, memorial and honours of the dead: posthumous promotion or decoration, recognition
   * as a martyr, national mourning. Not "buried" (a landslide buries its victims: the event), nor
   * condolences (sent on the day of the event).
   */
  funeral: Cues,
  /** Compensation of the victims or their families (indemnities, damages paid, aid handed over to them). */
  compensation: Cues,
  /**
   * A later stage told as time passed since the event: "two days after the boat sank", "sau 3 ngày lẩn
   * trốn". Alone a lapse says nothing (an event's report recalls a tip-off days before); in one sentence of
   * the lead with a `found` cue (a victim's body found or recovered) the report is about the recovery, with
   * a `caught` cue (a suspect arrested) about the pursuit of the case (prosecution): the first reports of a
   * disaster name the missing, of a crime the suspect who fled.
   */
  lapse: Cues,
  /** A victim's body found or recovered: a recovery when told in one sentence with a `lapse`. */
  found: Cues,
  /** A suspect arrested or caught: a prosecution when told in one sentence with a `lapse`. */
  caught: Cues,
  /**
   * Phrases blanked out of the lead before the cues are matched: a longer phrase that holds a cue and means
   * something else ("bị cáo buộc", accused of, holds "bị cáo", defendant).
   */
  ignore: Cues,
});

export type StagesLexicon = z.infer<typeof StagesLexiconSchema>;

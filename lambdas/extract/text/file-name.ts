/**
 * Pages copied from news sites keep the file names of their pictures as lines of their own ("11kg Drogen
 * 5110.jpg", "binh phuoc 1.jpg", "472744513_1089575966273805_n.jpg"): whatever such a line holds names a file,
 * not a thing the story tells of.
 */

/** A line that ends with the extension of a picture's file (trailing spaces aside). */
const PICTURE_FILE_END = /\.(?:jpe?g|png|webp|gif|avif)\s*$/iu;

/** A caption pasted as a file name is a sentence at most; a longer "line" is body text that happens to end so. */
const MAX_FILE_NAME_LINE = 200;

/** Whether the offset `at` of `body` lies on a line that is a picture's file name. */
export function onPictureFileLine(body: string, at: number): boolean {
  const nl = body.indexOf('\n', at);
  const end = nl < 0 ? body.length : nl;
  const start = body.lastIndexOf('\n', at - 1) + 1;
  return end - start <= MAX_FILE_NAME_LINE && PICTURE_FILE_END.test(body.slice(start, end));
}

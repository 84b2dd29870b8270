/**
 * Answers that depend on a word alone, kept by word. Articles repeat the same few thousand
 * words and the rules ask about each of them many times, so each answer is worked out once.
 * The memory is emptied past 50,000 words, so that no input can grow it without bound.
 */
export type WordAnswers<T> = Map<string, T>;

const MOST_WORDS_KEPT = 50000;

/** The answer for `word`: kept, or read from `from` by `read` and kept. */
export function answerByWord<A, T>(answers: WordAnswers<T>, word: string, from: A, read: (from: A) => T): T {
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = read(from);
    if (answers.size > MOST_WORDS_KEPT) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}

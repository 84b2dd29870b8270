// Hand-made attributions for the sample article, so the actor and position finders can be tested
// on their own, whatever the attribution finder does. Each is located by its words in the text.
import type { Attribution } from '../../src/core/extract/attributions';
import type { Span } from '../../src/core/model';

export interface Marked {
  speaker: string;
  cue: string;
  content: string[];
  kind: Attribution['kind'];
  addressee?: string;
  speakerForm?: Attribution['speakerForm'];
}

/** Finds `needle` in `text` at or after `from`; throws so a changed text fails loudly. */
export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length };
}

/** The occurrence of `needle` outside the content and closest to it. */
export function nearest(text: string, needle: string, content: Span[]): Span {
  const first = content[0]?.start ?? 0;
  const last = content[content.length - 1]?.end ?? 0;
  let best: Span | undefined;
  let bestDistance = Infinity;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (content.some((c) => at < c.end && c.start < end)) continue;
    // Before, after, or between the content's parts ("“…,” X said, “…”").
    const distance = end <= first ? first - end : at >= last ? at - last : 0;
    if (distance < bestDistance) { best = { start: at, end }; bestDistance = distance; }
  }
  if (!best) throw new Error(`not in the text: ${needle}`);
  return best;
}

/** Builds attributions from words: the speaker and cue are searched near the content. */
export function attributionsFrom(text: string, marked: Marked[]): Attribution[] {
  return marked.map((m) => {
    const content = m.content.map((c) => spanOf(text, c));
    const near = Math.max(0, (content[0]?.start ?? 0) - 400);
    const speakerSpan = nearest(text, m.speaker, content);
    const cueSpan = nearest(text, m.cue, content);
    const a: Attribution = {
      speakerSpan,
      speakerForm: m.speakerForm ?? 'name',
      cue: { ...cueSpan, text: text.slice(cueSpan.start, cueSpan.end) },
      content,
      kind: m.kind,
    };
    if (m.addressee) a.addresseeSpan = spanOf(text, m.addressee, near);
    return a;
  });
}

/** The sample's statements as a careful reader marks them. */
export const SAMPLE_MARKS: Marked[] = [
  { speaker: 'Secretary General Jens Stoltenberg', cue: 'says', kind: 'indirect', content: ['NATO will not send combat troops to Ukraine, but no compromise on bloc’s expansion'] },
  { speaker: 'the alliance’s secretary general, Jens Stoltenberg', cue: 'said', kind: 'mixed', content: ['NATO is finalizing its own response to Moscow’s proposal about European security, and will send it “later this week” in parallel with Washington'] },
  { speaker: 'Stoltenberg', cue: 'told', kind: 'direct', addressee: 'CNN’s Christiane Amanpour', content: ['to sit down and discuss arms control, disarmament, transparency on military activities, risk reduction mechanisms and other issues which are relevant for European security,'] },
  { speaker: 'he', cue: 'added', kind: 'direct', speakerForm: 'pronoun', content: ['We are also willing to sit down and listen to Russian concerns. But we are not ready to compromise on core principles, including the right for every nation in Europe to choose its own path, including what kind of security arrangements it wants to be part of,'] },
  { speaker: 'Stoltenberg', cue: 'said', kind: 'mixed', content: ['NATO will not send “combat” troops to Ukraine'] },
  { speaker: 'Deputy Foreign Minister Sergey Ryabkov', cue: 'told', kind: 'direct', content: ['not a menu from which one can pick and choose this or that. They are complementary and must be considered as a whole,'] },
  { speaker: 'Foreign Minister Sergey Lavrov', cue: 'has said', kind: 'mixed', content: ['the demand for NATO to end expansion was “unconditional” and that the documents were made public so it would “not be swept under the rug.”'] },
  { speaker: 'Kremlin spokesman Dmitry Peskov', cue: 'called', kind: 'direct', content: ['a matter of life and death'] },
  { speaker: 'the State Department', cue: 'said', kind: 'mixed', content: ['any moves by Washington would not be “concessions,” and that it would reject “security proposals we have heard from Moscow that are simply non-starters,”'] },
];

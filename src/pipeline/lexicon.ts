/**
 * The cue lexicon: the words that make a sentence an objection, a support, a question or an aside.
 * Versioned: bump LEXICON_VERSION when a cue changes, so a change in the mined map can be traced.
 * Patterns are matched on normalised text (straight quotes), case-insensitively, at word boundaries.
 */
export const LEXICON_VERSION = 1;

export interface Cue {
  /** A regular expression source, matched case-insensitively. */
  pattern: string;
  /** Only at the start of the sentence. */
  start?: boolean;
}

const cues = (start: boolean, ...patterns: string[]): Cue[] => patterns.map((pattern) => ({ pattern, start }));

/** Sentences that are not part of the argument: thanks, donations, deadlines, acknowledgements. */
export const ASIDE: Cue[] = [
  ...cues(true,
    'thanks?\\b', 'thank you', 'great post', 'nice post', 'great question', 'ah,? i see', 'i see what you mean',
    'sent a tenner', 'have donated', 'just flagging', 'some thoughts\\b', 'edit:', 'cool[.!]', 'congrat',
    'hey!?$', 'yh\\b', 'sources of relief', 'parts that (?:were|i am)',
  ),
  ...cues(false, '\\bdonat(?:e|ed|ion)\\b', '\\bapplications? close', '\\bdeadline\\b', 'keep up the (?:good|great|excellent) work'),
];

/** Objections: the sentence argues against something. */
export const OBJECTION: Cue[] = [
  ...cues(true,
    'however\\b', 'but\\b', 'yet\\b', 'on the other (?:hand|side)\\b', 'possible confound', 'another critique',
    'i disagree', 'i doubt', "i don't think", 'i do not think', "i'm skeptical", 'i am skeptical', "i'm sceptical",
    'i am sceptical', 'i am not (?:very )?sure that', "i'm not (?:very )?sure that", "i'm not convinced", 'i am not convinced',
    'this does(?:n\'t| not) (?:provide|show|mean)', 'that does(?:n\'t| not) (?:provide|show|mean)', 'not necessarily',
    'counter-?point', 'the problem (?:is|with)', 'one (?:issue|problem|concern) (?:is|with)', 'i\'d be bearish',
    'this (?:is|seems) (?:wrong|mistaken|false)', 'unlike\\b',
  ),
  ...cues(false,
    "skeptical of the claim", 'sceptical of the claim', 'sceptical about', 'skeptical about', 'disagrees? with',
    'not obvious', 'possible confound', 'confounded', 'throws a wrench', 'anti-correlated', 'isn\'t reliably',
    'no longer (?:very )?compelling', 'simpler explanations?', 'is not the simplest', 'not the simplest',
    'does(?:n\'t| not) mean that', 'less vulnerable', 'less affirmative evidence', 'invalidate', 'is misleading',
    'wouldn\'t conclude', 'would not conclude', 'i doubt', 'breaks down', 'but i (?:still )?think', 'however,? i think',
    'i don\'t think', 'rather than', 'not because',
  ),
];

/** Supports: the sentence argues for something said before. */
export const SUPPORT: Cue[] = [
  ...cues(true,
    'i agree', 'i mostly agree', 'agreed', 'that makes sense', 'yep,? that sounds right', 'that sounds right',
    'similarly,', 'concretely,', 'for example,?', 'for instance,?', 'indeed,?', 'in particular,', 'this is (?:consistent|in line) with',
    'this is related to', 'to add\\b', 'also,', 'moreover,', 'furthermore,', 'additionally,', 'this is already',
  ),
  ...cues(false, 'evidence (?:for|that)', 'consistent with', 'supports? (?:the|this|that)', 'i agree with', 'as .{1,30} said'),
];

/** Explicit targets named in the text: the words after the cue name what is argued against. */
export const EXPLICIT_TARGET: { pattern: string; role: 'rebuts' | 'supports' }[] = [
  { pattern: "(?:skeptical|sceptical) of the claim that (?<target>[^,.;:]+?)(?:,? because\\b|[,.;:]|$)", role: 'rebuts' },
  { pattern: "(?:validate|test) (?<target>this post's (?:claim|hypothesis))", role: 'supports' },
  { pattern: "for (?<target>this post's (?:claim|hypothesis)) to work", role: 'rebuts' },
  { pattern: '(?<target>this post\'s (?:claim|hypothesis|argument))', role: 'rebuts' },
  { pattern: 'disagrees? with (?<target>a point in the post)', role: 'rebuts' },
  { pattern: 'agree with (?:your|the) point about (?<target>[^,.;:]+)', role: 'supports' },
  { pattern: 'adds up to (?<target>the claim in the comment above)', role: 'supports' },
];

/** Phrases folded into one term before topic similarity, so variants meet: "chain of thought" ↔ "CoT". */
export const PHRASES: [RegExp, string][] = [
  [/\bchains? of thoughts?\b|\bchain-of-thoughts?\b|\bcots?\b/gi, ' phrase_cot '],
  [/\b(?:mis)?alignment[- ]faking\b/gi, ' phrase_alignment_faking '],
  [/\bgradient[- ]hacking\b/gi, ' phrase_gradient_hacking '],
  [/\breward[- ]hacking\b/gi, ' phrase_reward_hacking '],
  [/\breinforcement learning\b|\bRL(?:HF|'ing)?\b/g, ' phrase_rl '],
  [/\blarge language models?\b|\blanguage models?\b|\bLLMs?\b/gi, ' phrase_llm '],
  [/\bfaithful(?:ness)?\b|\bunfaithful(?:ness)?\b/gi, ' phrase_faithfulness '],
  [/\bsycophan(?:cy|tic)\b/gi, ' phrase_sycophancy '],
  [/\bemergent misalignment\b/gi, ' phrase_emergent_misalignment '],
  [/\bsituational awareness\b/gi, ' phrase_situational_awareness '],
  [/\bnatural abstractions?(?: hypothesis)?\b|\bNAH\b/g, ' phrase_natural_abstraction '],
  [/\babductive reasoning\b|\babduction\b/gi, ' phrase_abduction '],
  [/\bscal(?:e|ing)(?: trends?| laws?| sweeps?)?\b/gi, ' phrase_scaling '],
  [/\bfine-?tun(?:e|ed|ing)\b/gi, ' phrase_finetuning '],
  [/\bpost-?training\b/gi, ' phrase_post_training '],
  [/\bpre-?training\b/gi, ' phrase_pretraining '],
];

export const compile = (list: Cue[]) =>
  list.map((c) => ({ ...c, re: new RegExp(c.start ? `^(?:${c.pattern})` : `\\b(?:${c.pattern})`, 'i') }));

/**
 * The cue lexicon: the words that make a sentence an objection, a support, a question or an aside.
 * Versioned: bump LEXICON_VERSION when a cue changes, so a change in the mined map can be traced.
 * Patterns are matched on normalised text (straight quotes), case-insensitively, at word boundaries.
 */
export const LEXICON_VERSION = 2;
/*
 * Changes from version 1 (each measured on the seeds with `npm run mine -- --explain`):
 *  - "rather than", "confounded", "less vulnerable", "breaks down" are no longer objection cues: on the
 *    seeds they fired on 9 sentences, all plain contrasts, concessions or descriptions ("shape rather than
 *    texture", "(although the results would be somewhat confounded …)"), none arguing against a claim.
 *  - "edit:" is no longer an aside: "Edit: In this notebook I coded an LSTM …" reports a result.
 *  - acknowledgements ("Yep, that sounds right!", "I mostly agree, but it's messy.", "I agree, though I'll
 *    also add:") are asides when they are short and name no target: they answer a parent that is not in
 *    the corpus, so as map nodes they would be islands; their stance stays on the comment page.
 *  - clarification requests ("Not sure that I understand …", "I don't think I see why …") are questions,
 *    never objections.
 *  - "possible confound" and "another critique" at the start decide the role even before a final "?".
 *  - explicit targets can give a plain claim its role ("for this post's hypothesis to work, …").
 */

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
    'sent a tenner', 'have donated', 'just flagging', 'some thoughts\\b', 'cool[.!]', 'congrat',
    'hey!?$', 'yh\\b', 'sources of relief', 'parts that (?:were|i am)',
  ),
  ...cues(false, '\\bdonat(?:e|ed|ion)\\b', '\\bapplications? close', '\\bdeadline\\b', 'keep up the (?:good|great|excellent) work'),
];

/**
 * Acknowledgements: agreement with a parent that is not in the corpus. An aside only when the whole
 * sentence is short (ACKNOWLEDGEMENT_MAX_WORDS) and names no target ("I agree with your point about X"
 * is a support of X).
 */
export const ACKNOWLEDGEMENT: Cue[] = cues(true,
  'yep\\b', 'yes\\b', 'agreed\\b', 'i (?:mostly |fully |strongly |partly )?agree\\b(?! with)', 'that (?:makes sense|sounds right)',
  'ah,? i see', 'i see (?:ur|your) point', 'fair (?:point|enough)', 'good point',
);
/** "I mostly agree, but it's messy." has 7 words; the shortest acknowledgement that carries a claim on the seeds has 12. */
export const ACKNOWLEDGEMENT_MAX_WORDS = 8;

/** Requests for clarification: questions, even without a question mark, and never objections. */
export const CLARIFICATION: Cue[] = cues(true,
  "(?:i'm |i am )?not sure (?:that )?i (?:understand|follow|get)", "i don't (?:think i )?(?:see|understand|follow) why",
  'can you (?:say|explain|elaborate)', 'could you (?:say|explain|elaborate)', 'what do you mean',
);

/** Objections whose cue is strong enough to win over a final question mark ("Possible confound: Is it …?"). */
export const STRONG_OBJECTION: Cue[] = cues(true, 'possible confound', 'another critique', 'one (?:objection|critique|confound)');

/** Objections: the sentence argues against something. */
export const OBJECTION: Cue[] = [
  ...cues(true,
    'however\\b', 'but\\b', 'yet\\b', 'though\\b', 'on the other (?:hand|side)\\b', 'possible confound', 'another critique',
    'i disagree', 'i doubt', "i don't think", 'i do not think', "i'm skeptical", 'i am skeptical', "i'm sceptical",
    'i am sceptical', 'i am not (?:very )?sure that', "i'm not (?:very )?sure that", "i'm not convinced", 'i am not convinced',
    "this does(?:n't| not) (?:provide|show|mean)", "that does(?:n't| not) (?:provide|show|mean)", 'not necessarily',
    'counter-?point', 'the problem (?:is|with)', 'one (?:issue|problem|concern) (?:is|with)', "i'd be bearish",
    'this (?:is|seems) (?:wrong|mistaken|false)', 'unlike\\b',
  ),
  ...cues(false,
    'skeptical of the claim', 'sceptical of the claim', 'sceptical about', 'skeptical about', 'disagrees? with',
    'not obvious', 'possible confound', 'throws a wrench', 'anti-correlated', "isn't reliably",
    'no longer (?:very )?compelling', 'simpler explanations?', 'is not the simplest', 'not the simplest',
    "does(?:n't| not) mean that", 'less affirmative evidence', 'invalidate', 'is misleading',
    "wouldn't conclude", 'would not conclude', 'i doubt', 'but i (?:still )?think', 'however,? i think',
    "i don't think", 'not because',
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

/**
 * Openings that refer to the sentence just before: a connective ("However", "Similarly") or a
 * demonstrative ("This doesn't provide evidence"). An objection or support that opens with one answers
 * the claim just before it, even across a paragraph break within the comment.
 */
export const ANAPHORIC_OPENING = /^(?:however|but|yet|though|on the other (?:hand|side)|on the other|so|thus|therefore|similarly|concretely|for (?:example|instance)|in particular|indeed|also|moreover|furthermore|additionally|this|that|these|those|and)\b/i;

/** A later objection of the same kind ("Another critique is …") argues against the same target as the first. */
export const ANOTHER_OBJECTION = /^another (?:critique|objection|problem|issue|concern)\b/i;

/**
 * Explicit targets named in the text: the words in `target` name what is argued against or for.
 * `role` is the relation; a sentence that is otherwise a plain claim takes the matching role.
 */
export const EXPLICIT_TARGET: { pattern: string; role: 'rebuts' | 'supports' }[] = [
  { pattern: '(?:skeptical|sceptical) of the claim that (?<target>[^,.;:]+?)(?=,? because\\b|[,.;:]|$)', role: 'rebuts' },
  { pattern: "for (?<target>this post's (?:claim|hypothesis|argument)) to work", role: 'rebuts' },
  { pattern: 'disagrees? with (?<target>a point in the post)', role: 'rebuts' },
  { pattern: 'throws a wrench in(?:to)? (?<target>the [^,.;:]+?)(?=[,.;:]|$)', role: 'rebuts' },
  { pattern: '^(?:so,? )?(?<target>[^,.;:]{12,}?) (?:is|are) no longer (?:very )?compelling', role: 'rebuts' },
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

/**
 * Phrase terms that name a topic of the debate: sharing one is enough for `relates` (two claims that both
 * discuss alignment faking are on one topic). The others (RL, LLM, scaling, fine-tuning, pre-/post-
 * training) are so broad in this field that they count as ordinary terms.
 */
export const TOPIC_TERMS = new Set([
  'phrase_cot', 'phrase_alignment_faking', 'phrase_gradient_hacking', 'phrase_reward_hacking', 'phrase_faithfulness',
  'phrase_sycophancy', 'phrase_emergent_misalignment', 'phrase_situational_awareness', 'phrase_natural_abstraction', 'phrase_abduction',
]);

/**
 * Nouns of conversation, not of a topic: two claims that both mention "the question", "a point" or "the
 * results" are not on one topic. On the seeds they made most of the false cross-author pairs.
 */
export const GENERIC_NOUNS = [
  'question', 'point', 'comment', 'post', 'paper', 'result', 'experiment', 'thing', 'way', 'bit', 'part', 'case', 'reason',
  'lot', 'sense', 'idea', 'example', 'time', 'work', 'people', 'end', 'kind', 'sort', 'fact', 'number', 'model', 'step',
  'difference', 'problem', 'issue', 'something', 'anything', 'everything', 'someone', 'stuff', 'term', 'page', 'figure',
  'section', 'footnote', 'process', 'approach', 'method', 'task', 'author', 'researcher', 'research', 'data', 'version',
];

/** Compile a cue list; `any` tests the whole list at once, so most sentences cost one regex, not forty. */
export const compile = (list: Cue[]) =>
  Object.assign(
    list.map((c) => ({ ...c, re: new RegExp(c.start ? `^(?:${c.pattern})` : `\\b(?:${c.pattern})`, 'i') })),
    { any: new RegExp(list.map((c) => (c.start ? `^(?:${c.pattern})` : `\\b(?:${c.pattern})`)).join('|'), 'i') },
  );

/*
 * Link cues (read by link.ts): the words that say how two claims of a thread stand to each other.
 */

/**
 * A claim the author attributes to someone else ("You say X", "Some people argue X", "The post claims
 * X"): an objection right after it answers that someone, not the author.
 */
export const ATTRIBUTED_CLAIM = /\b(?:you|you're|they|people|some(?:one|body)?|many|critics?|proponents?|others|the (?:post|op|author|article|paper|parent)|(?:he|she))\s+(?:(?:seem to|might|may|would|often|sometimes|also)\s+)?(?:say|says|said|argue[sd]?|claim(?:s|ed)?|think|thinks|thought|suggest(?:s|ed)?|believe[sd]?|assume[sd]?|write|writes|wrote|mention(?:s|ed)?|point(?:s|ed)? out)\b/i;

/** A concession that opens a claim ("I concede X", "Sure, X", "Granted, X"): a "But …" after it argues against the other side. */
export const CONCESSION_OPENING = /^(?:i (?:concede|grant|admit|agree|accept)\b|(?:sure|granted|admittedly|fair enough|true|yes|yeah|ok(?:ay)?)\b[,.;:!]?|it(?:'s| is) true that\b|to be fair\b)/i;

/** The contrast that turns from a concession to the author's point. */
export const CONTRAST_OPENING = /^(?:but|however|yet|still|that said|even so|nonetheless|nevertheless|on the other hand)\b/i;

/**
 * An opening that backs the claim before it ("For example, …", "In particular, …", "Indeed, …"). "Also",
 * "Moreover", "Similarly" add a point beside it and "So", "Thus" draw a conclusion from it: they say
 * nothing of support, so they link nothing.
 */
export const SUPPORT_OPENING = /^(?:for (?:example|instance)|e\.\s?g\.|concretely|in particular|specifically|indeed|this is (?:because|why)|that's because|because)\b/i;

/**
 * An objection that points back at the sentence before it ("This framing seems false to me.", "That's
 * accounting, not statistics.", "But I somewhat dispute that."): it rebuts those words, which in a plain
 * dump are often a quote whose marks are gone. A bare contrast ("However, …") only qualifies.
 */
export const BACK_REFERENCE = /^(?:this|that|these|those)\b|\b(?:dispute|disagree with|deny|reject|doubt)\s+(?:that|this|it)\b/i;

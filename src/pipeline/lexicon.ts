/**
 * The cue lexicon: the words that make a sentence an objection, a support, a question or an aside.
 * Versioned: bump LEXICON_VERSION when a cue changes, so a change in the mined map can be traced.
 * Patterns are matched on normalised text (straight quotes), case-insensitively, at word boundaries.
 */
export const LEXICON_VERSION = 8;
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
 *
 * Changes from version 2 (measured on lw-dev/text with score-graph.mjs, and on the seeds):
 *  - a leading "But"/"However"/"Yet"/"Though" no longer makes an objection on its own: the connective stays
 *    the cue, but the sentence must also push back (COUNTER_SIGNAL: a negation, "still", "only", "too", a
 *    comparison, "might not"); otherwise it is a contrast within the author's own argument (role claim,
 *    rule `contrast`). On lw-dev 381 sentences were objections by "But" alone.
 *  - DENIAL: what an objection does, whatever its first word: disagreement verbs ("I somewhat dispute",
 *    "I must object"), negated or negative evaluations ("seems false to me", "doesn't seem like an honest
 *    summary", "that's not true"), arguments that fail ("doesn't hold up", "don't stack"), critiques of the
 *    other side's reading ("you're overindexing", "this confuses X with Y"), contrast frames ("that's X, not
 *    Y", "is a much weaker claim", "very different from").
 *  - CHALLENGE_QUESTION: questions that object ("How does that conclusion follow?", "You wouldn't say this
 *    of …?", negated questions "Isn't it …?") are objections (rule `challenge-question`), apart from
 *    requests for clarification (rule `clarification-cue`, more forms: "I'm not getting …", "not sure what
 *    you …") and plain questions (`question-mark`).
 *  - CAVEAT: an author's hedge on his own claim ("so I can't promise much", "I could be wrong") is a claim
 *    with rule `caveat`, which the linker turns into `qualifies`, never a rebuttal.
 *  - CONCESSION: granting the other side ("you're right that", "a correct criticism of my post") is a
 *    support with rule `concession`; DISCLAIMER ("this is not to disagree with …", "I'm not questioning …")
 *    is a claim with rule `disclaimer`.
 *
 * Changes from version 3:
 *  - GROUPING: the cues that say where one comment of a plain dump ends (they were in group.ts), with the
 *    weak ones ("This …", "also", a quoted question) turned from joins into evidence weighed with the rest.
 *  - Link cues (read by link.ts): ATTRIBUTED_CLAIM ("You say X"), CONCESSION_OPENING ("I concede X") and
 *    LINK_CONTRAST_OPENING (the "But" after it, which argues against the other side, not the concession),
 *    SUPPORT_OPENING ("For example, …" backs the claim before it), BACK_REFERENCE ("This framing seems
 *    false" rebuts the sentence before it).
 *
 * Changes from version 4 (measured on lw-dev json/text/threads with score-threads.mjs and score-graph.mjs):
 *  - REPLY_STANCE: the words with which a reply opens say how it stands to the comment it answers:
 *    agreement ("Yeah;", "I agree", "That seems right") → supports; denial, negated agreement or an
 *    opening "But"/"No," → rebuts; a clarification ("are you saying …?") or a disclaimer ("not
 *    disagreeing, but …") → neither. Before, a reply answered its parent only when one of its sentences
 *    was an objection or a support by itself, and half the replies of lw-dev/json answered nothing.
 *  - SUPPORT_OPENING: only a reason ("This is because …") backs the author's own claim before it; an
 *    example or a detail ("For example", "In particular", "Indeed") links nothing.
 *  - BACK_REFERENCE: "That said, …" is the author's own turn (it qualifies), not a pointer back at words
 *    to rebut; on lw-dev/text it made 7 of the 31 rebuttals inside one comment. A paragraph that the next
 *    opens by rebutting it this way is, in a plain dump, quoted words whose marks were lost (quote.ts).
 *
 * Changes from version 5 (measured on lw-dev json/text with score-graph.mjs and score-threads.mjs, and for
 * GROUPING on lw-dev/text with `node bench/boundaries.ts --fit`, held out by commenter):
 *  - CITATION: the words of a citation (cite.ts) live here: the work words, the words that look like a
 *    surname but are not one, the named benchmarks and datasets. New: the adjectives that may stand
 *    before a work word ("this classic article …"), the participles that name a work by what it holds
 *    ("the logical inductor constructed in the paper"), and the words that point back at a work named
 *    before ("the first paper", "the latter", "this paper"); months abbreviated ("(Nov 2022)") are no
 *    surnames, now that "(Smith 2020)" needs no comma.
 *  - GROUPING_STOP_WORDS: three-letter function words ("the", "and", "you" …), now that group.ts compares
 *    words of three letters and more (and acronyms: "ASI", "RL", "SAE"), which name a topic as often as long
 *    words do. Found/true 1.12 → 1.14 with 34 % → 37 % of true comments exact.
 *  - BACK_REFERENCE: a pointer back may follow "FYI", "Well", "Actually", … ("FYI this is not a quadratic
 *    function."), and "a … statement/claim here" points back too ("Seems odd to make an absolute
 *    statement here."). ADDRESSEE_BACK_REFERENCE: an objection asking the addressee about "this" ("Presumably
 *    you wouldn't say this of …?") answers the words before it, in a plain dump a lost-marks quote.
 *  - DISPUTE_BACK_REFERENCE: inside one comment only a pointer back that disputes ("I dispute that")
 *    rebuts the author's own words before it; "This is not what I expected" after them qualifies. A lost-
 *    marks quote (quote.ts) may be answered after a short aside ("Nice framing! But I dispute that.").
 *  - ADDRESSES_OTHER_SIDE: an objection that says what the other side claims ("So you're claiming X, which
 *    is not obvious to me", "your argument doesn't hold up") answers them, even after "So"/"But": it is
 *    not the author's contrast with their own claim.
 *
 * Changes from version 6 (measured on lw-dev json/text with score-graph.mjs, score-threads.mjs and
 * /tmp/extras.mjs, and on the seeds: content unchanged):
 *  - CITATION_BENCHMARKS are matched against a link's words by their patterns, case aside, with an optional
 *    "the" before and "benchmark"/"dataset" after ("bigbench hard", "the mmlu benchmark", "ImageNet dataset",
 *    "the Pile dataset"), not by spelling equality, which caught only the exact names. CITATION_BENCHMARK_WORDS
 *    (moved here from cite.ts, with "eval(s)", "test suite", "datasets" added): the words that say a link
 *    names a benchmark or a dataset by what it is ("the Winograd schema challenge"). On lw-dev the same two
 *    links are caught ("[the Pile](arxiv…)", "[the Winograd schema challenge](arxiv…)"); the new forms are
 *    the ones a forum writes for the other names of the list.
 *
 * Changes from version 7 (the link branch, merged with the citation branch's v7):
 *  - QUOTE_DENIAL (read by link.ts, rule quote-point): the plain claim right after a quote that nothing
 *    else answers rebuts it when it denies ("I didn't say that …", "The race dynamics are not just about
 *    who's leading"); a plain claim with no negation after a quote is as often an answer to a question,
 *    an example or a joke (of 22 drawn at random from lw-dev/json, 6 rebutted the quote), so it says
 *    nothing of stance. QUOTE_DENIAL_CONDITION: a negation inside an opening condition ("If you don't
 *    have any puzzles …", "Although …") denies nothing.
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
  'yep\\b', 'yes\\b', 'yeah\\b', 'agreed\\b', '(?:oh|ah),? i see\\b', 'that (?:seems|looks) (?:right|correct|fair)', 'i (?:mostly |fully |strongly |partly )?agree\\b(?! with)', 'that (?:makes sense|sounds right)',
  'ah,? i see', 'i see (?:ur|your) point', 'fair (?:point|enough)', 'good point',
);
/** "I mostly agree, but it's messy." has 7 words; the shortest acknowledgement that carries a claim on the seeds has 12. */
export const ACKNOWLEDGEMENT_MAX_WORDS = 8;

/** Requests for clarification: questions, even without a question mark, and never objections. */
export const CLARIFICATION: Cue[] = cues(true,
  "(?:i'm |i am )?not sure (?:that )?i (?:understand|follow|get)", "i don't (?:think i )?(?:see|understand|follow) why",
  'can you (?:say|explain|elaborate)', 'could you (?:say|explain|elaborate)', 'what do you mean',
  "(?:not disagreeing,? but,? )?i(?:'m| am) not (?:getting|following)\\b", '(?:sorry,? )?(?:what|which) (?:do|did) you mean',
  "(?:[^?]*,? )?i(?:'m| am) not (?:sure|clear) (?:what|which|how|who) (?:you|this|that)\\b", 'do you mean\\b', 'did you mean\\b',
);

/** Objections whose cue is strong enough to win over a final question mark ("Possible confound: Is it …?"). */
export const STRONG_OBJECTION: Cue[] = cues(true, 'possible confound', 'another critique', 'one (?:objection|critique|confound)');

/** Objections: the sentence argues against something. */
export const OBJECTION: Cue[] = [
  ...cues(true,
    'on the other (?:hand|side)\\b', 'possible confound', 'another critique',
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

/** Connectives that open a contrast: the cue of a `contrast`, and of an objection only with a COUNTER_SIGNAL. */
export const CONTRAST_OPENING: Cue[] = cues(true, 'however\\b', 'but\\b', 'yet\\b', 'though\\b', 'that said\\b');

/**
 * After a contrast opening, words that push back on what came before, rather than carry the author's own
 * argument on: a negation, a limit ("only", "too", "more limited"), a persistence ("still"), a comparison.
 */
export const COUNTER_SIGNAL: Cue[] = cues(false,
  "not\\b", "\\w+n't\\b", 'never\\b', 'no\\b', 'nothing\\b', 'none\\b', 'neither\\b', 'nor\\b', 'without\\b', 'still\\b', 'only\\b',
  'too\\b', 'limited\\b', 'less\\b', 'fewer\\b', 'more\\b.*\\bthan\\b', 'rather\\b', 'instead\\b', 'wrong\\b', 'false\\b',
  'problem', 'unlikely\\b', 'doubt', 'fail', 'lack', 'against\\b',
);

/**
 * Denials: what an objection does, whatever word it opens with. Checked before caveats, concessions and
 * the plain cue list, so "I agree it's unlocking new abilities, I just disagree that …" is an objection.
 */
export const DENIAL: Cue[] = [
  ...cues(true,
    // A demonstrative that is denied: "FYI this is not a quadratic function.", "They are not proofs that …".
    "(?:(?:fyi|note that|well|no|actually|so|and),? )?(?:this|that|these|those|they|it)(?:'s| is| are|'re| was| were)(?: just| simply)? not(?! (?:to|just|only|that|clear|quite|necessarily|always|a coincidence|surprising|news|obvious|as)\\b)(?:(?: really| actually| quite| even))? (?:a|an|the|what|how|why|true|right|correct|[a-z]+e?s)\\b",
    "(?:(?:fyi|note that|well|no|actually|so|and),? )?(?:this|that|these|those|they|it) (?:is|are|was|were)n't(?! (?:to|just|only|that|clear|quite|necessarily|always|a coincidence|surprising|news|obvious|as)\\b)(?:(?: really| actually| quite| even))? (?:a|an|the|what|how|why|true|right|correct|[a-z]+e?s)\\b",
    // "They are not proofs that …, they are simply questions": a denial that says what the thing is instead.
    "(?:\\w+,? )?(?:this|that|it|they|these|those)(?:'s| is| are|'re)(?:n't| not) [^,;:]{3,80}, (?:but |they(?:'re| are) |it(?:'s| is) |rather )",
    '(?:i think )?there(?:\'s| is| are) no such thing as', 'not (?:really|quite|exactly)[,.]', 'nope\\b', 'no,',
    "(?:but |and )?(?:this|that|which|it) (?:just |really |actually |simply )?(?:doesn't|does not|won't|wouldn't|can't) (?:\\w+ )?(?:follow|hold(?: up)?|make sense|add up)\\b",
    '\\[?citation needed\\]?',
  ),
  ...cues(false,
    // Disagreement verbs with I as subject.
    "i (?:just |somewhat |strongly |also |still |really |mostly |partly |would |do |kind of |sort of )?(?:disagree|dispute|deny|reject)\\b",
    "i (?:must|have to|would|'d|want to|need to) (?:\\w+ )?object\\b", "i (?:just |also |still |really )?(?:don't|do not|can't|cannot) (?:buy|accept)\\b",
    "i just (?:think|believe|don't think)\\b", "i don't think (?:so|that's (?:right|true|the case))",
    // Evaluations that say the other side is wrong.
    // Not in a condition or a relative clause: "if they are wrong", "who are wrong", "what X is getting wrong".
    "(?<!\\b(?:if|when|whether|what|who|which|unless)(?: \\w+)? )(?:seems?|looks?|sounds?|feels?|is|are|'s) (?:\\w+ ){0,2}(?:false|wrong|mistaken|incorrect|odd|strange|loaded|misleading|confused|overstated|exaggerated|implausible|unfair|backwards|circular|unfounded|unsupported|a stretch)\\b",
    "(?:does(?:n't| not)|do(?:n't| not)) (?:\\w+ )?(?:seem|look|sound) (?:\\w+ ){0,3}(?:right|true|correct|accurate|honest|fair|plausible|reasonable|convincing|relevant|valid)\\b",
    "(?:is|'s|are|'re|was)(?:n't| not) (?:\\w+ )?(?:true|right|correct|accurate|the case|how \\w+ works?)\\b",
    // Denying a doubt: "it's not highly unlikely in general".
    "(?:is|'s|are|'re)(?:n't| not) (?:\\w+ )?(?:unlikely|implausible|unreasonable|far-fetched)\\b",
    // An argument that fails: "this argument doesn't quite work", "the arguments they're citing just don't stack".
    "(?:arguments?|reasoning|logic|claims?|analogy|framing|summary|conclusions?|inference|proofs?|evidence|data|model|point|premises?|stud(?:y|ies)|results?|numbers|figures|maths?)(?: \\S+){0,4} (?:does(?:n't| not)|do(?:n't| not)|fails? to|won't|can't|cannot) (?:\\w+ ){0,2}(?:hold|work|follow|apply|stack|add up|go through|make sense|support|show|establish|prove|imply|generali[sz]e|survive)",
    "(?:barely|poorly|never|not really|hardly|not) (?:argued|supported|justified|established|defended|demonstrated|shown) (?:for|by|in)?",
    // Critiques of the other side's reading, and frames that set a claim against another.
    "you(?:'re| are| might be| may be| seem to be| could be|'re just| are just) (?:\\w+ )?(?:confusing|conflating|confounding|over-?indexing|under-?indexing|overestimating|underestimating|misreading|misunderstanding|misinterpreting|mischaracteri[sz]ing|missing|ignoring|equivocating|overstating|assuming)\\b(?! out\\b)",
    "(?:this|that|it|which) (?:confuses|conflates|ignores|presupposes|begs the question|equivocates)\\b", "confus(?:es|ing) [^,.;]{1,60}? with\\b",
    'flaw(?:s|ed)?\\b', '(?:a )?(?:much |far |very |rather |strictly )?(?:weaker|narrower) claim', "(?:very|quite|completely|totally|entirely|fundamentally|(?:sort|kind) of) different (?:\\w+ )?(?:from|than)\\b",
    'which is (?:\\w+ )?different from',
    "(?:is|'s|are|was|were) [^,;:]{2,120}, not (?!only|just|merely|necessarily|to\\b|least|that\\b|so\\b|even|always|quite|sure|all\\b|particularly|very|too)[^,;:]{2,60}?(?:[.!]?$|, (?:as|which|because|since)\\b)",
    // A concession that turns: "It may not be that great a strategy, but to me it seems way better …".
    "^(?:it|this|that|that's|you|they) (?:may|might|could) (?:well )?not be [^,;]{2,60}, but\\b",
    'counter-?example', 'on the contrary', 'quite the opposite', 'the opposite is true', 'the opposite (?:effect|result|finding|conclusion)',
    // Names of fallacies, and evidence that points the other way: "a non sequitur", "the data say otherwise".
    "(?:is|'s|are|seems|sounds) (?:\\w+ )?(?:a |an )?(?:non[- ]sequitur|straw ?man|red herring|false dichotomy|cherry-?picked)\\b", 'moving the goal ?posts',
    "you(?:'re| are) (?:\\w+ )?(?:cherry-?picking|straw ?manning)\\b",
    '(?:says?|suggests?|shows?|indicates?|tells? us|said|showed|suggested) otherwise\\b',
  ),
];

/**
 * Questions that object: they assert that something is wrong rather than ask for it to be explained.
 * Checked only on sentences that end with a question mark (or open as one).
 */
export const CHALLENGE_QUESTION: Cue[] = [
  ...cues(true,
    "(?:but |and |so |then )?(?:isn't|aren't|doesn't|don't|wouldn't|couldn't|shouldn't|won't|can't|didn't|wasn't|weren't) (?:it|this|that|there|you|they|we|he|she|the|your|a|an)\\b",
    '(?:but |and |so |then )?(?:how|why) (?:does|do|would|should|could|can|is|are) (?:that|this|it|the|your|you|they)(?: [\\w-]+){0,3} (?:follow|special|different|unique|relevant|matter|imply|justif|support|true)',
    '(?:really|seriously)\\?', 'says who\\b', 'and\\?',
  ),
  ...cues(false,
    "you (?:wouldn't|would not|don't|do not|can't|cannot|won't) (?:\\w+ )?(?:say|claim|argue|think|agree|accept|deny|expect)\\b",
    "what makes you (?:think|say|believe|confident)", "where(?:'s| is) the evidence", 'how do you know', 'is that (?:really|actually)',
    "(?:wouldn't|doesn't|isn't) (?:that|this|it) (?:\\w+ )?(?:mean|imply|contradict|undermine|be)\\b",
  ),
];

/** Hedges an author puts on his own claim: they qualify it, they do not rebut it (rule `caveat`). */
export const CAVEAT: Cue[] = [
  ...cues(true,
    "(?:but |though |however,? |that said,? )?i(?:'m| am) not (?:\\w+ )?(?:sure|certain|confident)(?: (?:about|of) (?:this|that|it))?[.!]?$",
    '(?:caveat|disclaimer|epistemic status)\\b', "(?:but |though )?(?:i could|i might|i may) (?:well |easily |totally )?be (?:wrong|mistaken|misremembering)",
  ),
  ...cues(false,
    "i (?:can't|cannot|couldn't) (?:promise|guarantee|be (?:sure|certain))\\b", "i (?:could|might|may) (?:well |easily |totally )?be (?:wrong|mistaken|misremembering)\\b",
    '(?:with|take (?:this|it|that) with) a (?:grain|pinch) of salt', "i(?:'m| am) not (?:an? )?(?:expert|specialist)\\b", "i haven't (?:checked|verified|looked (?:into|at) (?:this|it))\\b",
    'ymmv\\b', '(?:low|moderate) confidence\\b', ", but i(?:'m| am) not (?:\\w+ )?(?:sure|certain|confident)[.!]?$",
    "(?:though|although),? i(?:'m| am) not (?:\\w+ )?(?:sure|certain|confident)\\b", "^not (?:\\w+ )?sure(?: about (?:this|that))?(?:,? though)?[.!]?$",
  ),
];

/** Granting the other side a point: a support of what is conceded (rule `concession`). */
export const CONCESSION: Cue[] = [
  ...cues(true, '(?:granted|admittedly|fair enough|point taken|good catch)\\b', '(?:but|though|however|still),? i (?:do |still |really )?(?:like|love|appreciate|agree)\\b', "that's fair\\b"),
  ...cues(false,
    "(?<!(?:whether|if) )you(?:'re| are)(?: \\w+)? (?:right|correct)\\b", "(?:a|an) (?:fair|correct|valid|good|reasonable|legitimate|real) (?:criticism|critique|point|objection|concern)\\b",
    'i (?:concede|grant|admit)\\b', 'i stand corrected', "(?:you've|you have) (?:convinced|persuaded) me",
  ),
];

/** Disclaimers: the author says what he is not doing ("this is not to disagree with …"); a claim, never an objection. */
export const DISCLAIMER: Cue[] = cues(false,
  "(?:is|'s|was)(?:n't| not) to (?:say|disagree|argue|deny|dispute|criticize|criticise|object|question|suggest)\\b",
  "i(?:'m| am)(?: \\w+)? not (?:disagreeing|questioning|arguing|objecting|disputing|denying|criticizing|criticising|saying)\\b",
  '^not (?:disagreeing|questioning|arguing|objecting|disputing)\\b',
);

/** A line that is only arithmetic ("10^1000 x 100 = 10^1002"): answering a figure, it corrects it. */
export const EQUATION = /^[\s\d.,^~()]+(?:\s*(?:[x×*/+−-]|\^)\s*[\s\d.,^~()]+)+\s*=\s*[\s\d.,^~()]+$|^[\s\d.,^~()]+=\s*[\s\d.,^~()]+(?:\s*[x×*/+−-]\s*[\s\d.,^~()]+)+$/;

/**
 * Openings that refer to the sentence just before: a connective ("However", "Similarly") or a
 * demonstrative ("This doesn't provide evidence"). An objection or support that opens with one answers
 * the claim just before it, even across a paragraph break within the comment.
 */
export const ANAPHORIC_OPENING = /^(?:however|but|yet|though|on the other (?:hand|side)|on the other|so|thus|therefore|similarly|concretely|for (?:example|instance)|in particular|indeed|also|moreover|furthermore|additionally|this|that|these|those|and)\b/i;

/**
 * Openings that cannot be read without the sentence before: a demonstrative or "it" standing for what was
 * just said ("This is why …", "It also means …"), or a "So" that draws from it. A determiner ("This paper
 * shows") names its own subject, so only a demonstrative followed by a verb or an adverb counts.
 */
export const DANGLING_OPENING =
  /^(?:(?:this|that|these|those)(?:'s|'d| (?:is|was|are|were|seems?|means?|makes?|sounds?|would|could|might|may|will|can|should|does|doesn't|did|didn't|isn't|wasn't|has|have|had|feels?|looks?|suggests?|implies|shows?|also|just|still|actually|really|probably|definitely|then|alone|itself|too)\b)|it (?:also|then|just|still|thus|therefore|means|implies|suggests|shows|follows|makes|sounds|seems like)\b|so,? (?:this|that|it|these|those|they|then)\b)/i;

/** A reference to an item of a numbered list ("Maybe 3) could be a subset of 2)"): the item is elsewhere. */
export const LIST_REFERENCE = /(?:^|[\s,;])\d{1,2}\)(?=[\s,.;:?!]|$)/g;

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
 * GROUPING: the cues that say where one comment of a plain dump ends and the next begins (group.ts).
 * They were in group.ts; they live here so that a change to them is versioned with the rest of the lexicon.
 * Matched at the start of a paragraph, case-sensitive unless the pattern says otherwise.
 */

/** Openings that go on with the previous paragraph's thought: a join on their own. */
export const GROUPING_CONTINUATIONS = [
  'Similarly,', 'Part of the', 'However,', 'On the other side,', 'On the other hand,', 'In particular,',
  'Concretely,', 'Moreover,', 'Furthermore,', 'Additionally,', 'Also,', 'Otherwise,', 'For example,',
  'Another question', 'Another critique', 'Another thing', 'So,', 'Thus,', 'Therefore,', 'That said,',
  'Edit:', 'PS:', 'P.S.', 'PD:',
];

/**
 * Openings that start a new reply rather than continue one ("I mostly agree, but …", "Thanks for …").
 * They stop the joins of a colon or comma: "Just flagging that another cross-post has been collecting
 * some comments:" ends with a colon because a link followed it, and "I mostly agree" after it is a new reply.
 * No rule joining it, such an opening starts a comment: on lw-dev "FWIW" does so 10 times in 10, "Thanks"
 * 9 in 10, "Oh" 7 in 10, "Yeah" 6 in 10, against one paragraph in four.
 */
export const GROUPING_REPLY_OPENER = /^(?:I (?:mostly |fully |strongly |partly )?(?:agree|disagree)\b|Thanks\b|Thank you\b|Yep\b|Yes,|No,|Agreed\b|That makes sense\b|Great (?:post|question)\b|Ah\b|Hey\b|Hi\b|FWIW\b|fwiw\b|Oh\b|Yeah\b)/;

/**
 * Openings that read as the first words of a reply (to a parent the dump does not show): acknowledgements,
 * reactions, questions put to the parent's author. Evidence for a new comment, weighed with the rest.
 */
export const GROUPING_REPLY_START = /^(?:Thanks|Thank you|Yeah|Yep|Yes|No[,.!]|Oh|FWIW|fwiw|Agreed|I agree|I disagree|I mostly|Good point|Fair|Hmm|Huh|Interesting|Wait|Sure|Nice|Great|Congrat|Sounds|Ah|Hey|Hi|Right[,.]|True[,.]|Strong|Curated|Not sure|I'm not sure|I don't think|Do you|Are you|Is there|Did you|Have you|Can you|Could you|Would you|Seems|Hm|Ok|Okay|Nope|Indeed|Absolutely|Definitely|Makes sense|Agree|Disagree|lol|Lol|Haha|Woah|Wow|Ooh)\b/;

/** Connectives that need something before them ("But …", "So …", "For example …"): evidence for going on. */
export const GROUPING_CONNECTIVE = /^(?:But|And|So|Or|Also|However|Then|Like|Similarly|Moreover|Furthermore|Additionally|Otherwise|Therefore|Thus|Hence|Still|Yet|Meanwhile|Instead|Plus|Anyway|Relatedly|Conversely|Second|Third|Finally|Lastly|Overall|Because|Which|Where|Whereas|Although|Though|Nor|Now|Again|Likewise|In (?:particular|addition|contrast|other words|any case|short|general)|For (?:example|instance)|That said|On the other hand|Edit|EDIT|PS|P\.S\.|\.\.\.|…)\b/;

/** Openings in the first person, as a reply's first words usually are ("I think …", "My guess …"). */
export const GROUPING_FIRST_PERSON = /^(?:I|I'm|I've|I'd|My|FWIW)\b/;

/** Openings that point back at what was just said ("This …", "It …"). */
export const GROUPING_DEMONSTRATIVE = /^(?:This|These|That|It|Those|Such)\b/;

/** A closing note: an edit or postscript ends a comment. */
export const GROUPING_CLOSING = /^(?:Edit|EDIT|ETA|PS|P\.S\.)|^\(edit/i;

/** An enumeration label: "Case 1:", "Step 2", "Option B". */
export const GROUPING_LABEL = /^(Case|Step|Part|Option|Point) (\d+|[A-Z])\b/;

/** Short common words left out of the vocabulary a paragraph shares with its neighbours. */
export const GROUPING_STOP_WORDS = new Set(
  ("the and for but not you are was can has had its our any all one who how why may get got out now too own use way see say lot yes did let him her his she off put new few big per via etc " +
  "that this with have from they them their there what when which would could should about into than then these those been being were will just like also more some such only very much even because think really thing things something other people make does doing dont your youre it's that's i'm i've here where while whether most many maybe seem seems well still there's don't doesn't isn't").split(' '),
);

/*
 * Link cues (read by link.ts): the words that say how two claims of a thread stand to each other.
 */

/**
 * A claim the author attributes to someone else ("You say X", "Some people argue X", "The post claims
 * X"): an objection right after it answers that someone, not the author.
 */
export const ATTRIBUTED_CLAIM = /\b(?:you|you're|they|people|some(?:one|body)?|many|critics?|proponents?|others|the (?:post|op|author|article|paper|parent)|(?:he|she))\s+(?:(?:seem to|might|may|would|often|sometimes|also)\s+)?(?:say|says|said|argue[sd]?|claim(?:s|ed)?|think|thinks|thought|suggest(?:s|ed)?|believe[sd]?|assume[sd]?|write|writes|wrote|mention(?:s|ed)?|point(?:s|ed)? out)\b/i;

/**
 * An objection that addresses the other side's claim in its own words ("So you're claiming that X, which
 * is not obvious to me", "Then your argument doesn't hold up"): it answers them, so even after a
 * connective it is not the author's contrast with their own claim.
 */
export const ADDRESSES_OTHER_SIDE = /\byou(?:'re| are)? (?:(?:just|really|basically|essentially) )?(?:claiming|saying|arguing|suggesting|assuming|implying)\b|\byou (?:claim|say|argue|suggest|assume|imply)\b|\byour (?:argument|claim|point|reasoning|logic|position|conclusion|framing|model|proposal|objection)\b/i;

/** A concession that opens a claim ("I concede X", "Sure, X", "Granted, X"): a "But …" after it argues against the other side. */
export const CONCESSION_OPENING = /^(?:i (?:concede|grant|admit|agree|accept)\b|(?:sure|granted|admittedly|fair enough|true|yes|yeah|ok(?:ay)?)\b[,.;:!]?|it(?:'s| is) true that\b|to be fair\b)/i;

/** The contrast that turns from a concession to the author's point. */
export const LINK_CONTRAST_OPENING = /^(?:but|however|yet|still|that said|even so|nonetheless|nevertheless|on the other hand)\b/i;

/**
 * An opening that gives the reason for the claim before it ("This is because …", "That's because …"):
 * the author argues for their own claim, a `supports` link within the comment. An illustration or a
 * detail of it ("For example, …", "In particular, …", "Concretely, …", "Indeed, …") is the same position
 * said in more detail, not a second position backing the first: it links nothing (lexicon v5; on lw-dev
 * these were all 57 supports inside one comment of the text form and 46 of the json form, and a map of
 * who answers whom gains nothing from them), and it still stands next to its claim on the comment page.
 * "Also", "Moreover" add a point beside it and "So", "Thus" draw a conclusion from it: they say nothing
 * of support either.
 */
export const SUPPORT_OPENING = /^(?:this is (?:because|why)|that's (?:because|why)|that is because|because|the reason (?:is|being))\b/i;

/**
 * The pointer back that says outright it argues against the words before ("I somewhat dispute that", "I
 * disagree with this"): the one form of BACK_REFERENCE that rebuts a claim of the author's own comment.
 * "This seems kind of heretical", "That doesn't mean X" after the author's own claim qualify it: on
 * lw-dev/text, 16 of the 26 rebuttals inside one comment were such a demonstrative after the author's own
 * words (lexicon v6).
 */
export const DISPUTE_BACK_REFERENCE = /\b(?:dispute|disagree with|deny|reject|doubt)\s+(?:that|this|it)\b/i;

/**
 * An objection that points back at the sentence before it ("This framing seems false to me.", "That's
 * accounting, not statistics.", "But I somewhat dispute that."): it rebuts those words, which in a plain
 * dump are often a quote whose marks are gone. A bare contrast ("However, …") only qualifies.
 */
export const BACK_REFERENCE = new RegExp([
  /^(?:(?:fyi|well|actually|honestly|hmm+|sorry|nope|no)[,:]?\s+)?(?:this|that|these|those)\b(?!\s+(?:said|being said|is to say|way|aside)\b|\s+is,)/.source,
  DISPUTE_BACK_REFERENCE.source,
  /\b(?:statement|claim|assertion|framing|argument)s?\s+(?:made\s+)?here\b/.source,
].join('|'), 'i');

/**
 * An objection that asks the addressee about the words just before it ("Presumably you wouldn't say this
 * of actual physicists?", "Would you really say that about …?"): in a plain dump, those words are the
 * addressee's, quoted (quote.ts). "this"/"that" must stand for the words (an object: "say this of"), not
 * open a clause ("you think that X").
 */
export const ADDRESSEE_BACK_REFERENCE = /^(?:(?:presumably|surely|so|then|wait|hmm+|well|but)[,]?\s+)?(?:you|would you|do you|did you|can you)\b[^.?!]{0,30}?\b(?:this|that)(?=\s+(?:of|about|for|to|in|when|if|is|was)\b|\s*[?.!,]|$)/i;

/**
 * How a reply opens toward the comment it answers (read by link.ts `replyStance`, on the reply's first
 * sentences, asides included: "Yeah, that seems right." is an aside but says the reply agrees). Tried in
 * this order: what it is not doing, a clarification, a refusal, an agreement, a turn against.
 */
export const REPLY_STANCE = {
  /** "This is not to disagree", "not disagreeing, but …": the reply says it is not arguing against. */
  disclaimer: /^not (?:disagreeing|questioning|arguing|objecting|disputing)\b|\b(?:is|'s|was)(?:n't| not) to (?:say|disagree|argue|deny|dispute|critici[sz]e|object|question)\b|\bi(?:'m| am)(?: \w+)? not (?:disagreeing|questioning|arguing|objecting|disputing|denying|critici[sz]ing)\b/i,
  /** "Are you saying …?", "Do you mean …?": it asks what the parent meant, it takes no side. */
  clarification: /^(?:(?:so|wait|sorry|hmm|ok(?:ay)?)[,.!]?\s+)?(?:are you (?:saying|suggesting|claiming|arguing|asking|thinking)|do you mean|did you mean|what do you mean|can you (?:say|explain|elaborate|clarify)|could you (?:say|explain|elaborate|clarify)|i(?:'m| am) not (?:sure|clear) (?:what|which|how|who)|not sure (?:what|which|how) you|i(?:'m| am) not (?:getting|following))\b/i,
  /** Refusals: "I don't agree", "I'm not sure I agree", "No,", "Nope", "Not really", "I don't think so". */
  refusal: /^(?:no\b[,.;:!]|nope\b|nah\b|not really\b|not quite\b|i don't think so\b|i(?:'m| am) not (?:sure|convinced) (?:i |that i )?(?:agree|buy)\b)|\bi (?:don't|do not|can't|cannot) (?:\w+ )?(?:agree|buy (?:it|this|that|the))\b|\bi (?!(?:don't|do not|wouldn't|won't|can't|didn't) )(?:\w+ )?disagree\b/i,
  /** Agreement: "Yeah;", "Agreed", "I (mostly) agree", "That seems right", "You're right", "Good point". */
  agreement: /^(?:i (?:don't|do not|wouldn't) (?:\w+ )?disagree\b|yes|yeah|yep|yup|agreed|exactly|indeed|absolutely|definitely|true|right|fair|\+1)\b(?![- ](?:but|though|however|now|away|here|there|then|how|what|why|when|where|which|who|enough to|to say)\b)|^(?:i (?:\w+ )?agree\b|(?:that|this|it) (?:seems|sounds|looks) (?:right|correct|fair|true|plausible|reasonable)|(?:that|this) makes sense|makes sense|(?:good|great|fair|excellent) point|you(?:'re| are) (?:\w+ )?(?:right|correct)|that's (?:right|true|fair|correct))\b/i,
  /** A turn against what was said: a reply that opens with "But", "However", "Actually". */
  turn: /^(?:but|however|actually|on the contrary|not so|that's not)\b/i,
  /** Thanks and greetings say nothing of stance: the next sentence is read. */
  courtesy: /^(?:thanks|thank you|thx|hi|hey|hello|ah|oh|hmm+|huh|interesting|wow|nice|cool|great)\b/i,
  /** After an agreement, a turn within the same sentence or the next ("I agree, but …"): it argues against. */
  agreeBut: /\b(?:but|however|though|although|that said|except)\b/i,
} as const;

/**
 * A negation in a plain claim right after a quote: it denies the quoted words (link.ts, rule quote-point),
 * unless the claim opens with a condition or a concession ("If you don't have any puzzles …", "Even
 * though it isn't …"): a negation there sets a case, it denies nothing.
 */
export const QUOTE_DENIAL = /\b(?:not|never|nobody|nothing|no one|none|neither|nor)\b|n't\b/i;
export const QUOTE_DENIAL_CONDITION = /^(?:if|unless|when|whenever|whether|even if|even though|although|though|while|since|because|once|until)\b/i;

/*
 * CITATION: the words with which people name a written work (read by cite.ts).
 */

/** Words for a written work. "post" only counts with a title: "Nate's post" is too often a forum reply. */
export const CITATION_WORK = '(?:paper|papers|study|article|preprint|report|piece|essay|book|memoir|model card|system card|technical report|thesis|monograph|chapter)';

/** Adjectives that may stand between "this"/"the" and a work word: "this classic article", "the original paper". */
export const CITATION_WORK_ADJECTIVE = '(?:classic|great|excellent|old|new|recent|nice|good|famous|seminal|interesting|short|long|original|earlier|later|whole|relevant|linked|above|cited|influential|well-known)';

/** What a work does to what it holds: "the logical inductor constructed in the paper" names the work by it. */
export const CITATION_HOLDS = '(?:constructed|introduced|defined|proposed|described|presented|developed|studied|formali[sz]ed|analy[sz]ed)';

/** Last words of an organisation's name: "a study by Pew Research Center" names no author. */
export const CITATION_ORGANISATION_WORDS = /^(?:Center|Centre|Institute|University|College|School|Lab|Labs|Laboratory|Foundation|Group|Research|Society|Association|Council|Commission|Committee|Office|Department|Agency|Bureau|Inc|Ltd|Corp|Corporation|Company|Press|Times|Post|News|Journal|Review)$/;

/** First words of a phrase that says which part of a work, not which work: "the main result described in the paper". */
export const CITATION_NOT_TOPIC = /^(?:main|key|central|first|second|third|last|final|same|other|whole|basic|core|new|big|original|specific|particular|exact|actual|general|overall|entire|above|following|previous|latter|former)$/;

/** Ordinals that point back at one of the works named before ("the first paper", "the latter study"). */
export const CITATION_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, former: 1, latter: -1 };

/** Capitalised words that look like surnames but are not: sentence openers, months, places, organisations, models. */
export const CITATION_NOT_SURNAMES = new Set([
  'The', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'From', 'And', 'But', 'If', 'As', 'See', 'Also',
  'Figure', 'Figures', 'Fig', 'Table', 'Tables', 'Section', 'Appendix', 'Experiment', 'Experiments', 'Page', 'Step',
  'Case', 'Iteration', 'Version', 'Claude', 'Opus', 'Sonnet', 'Haiku', 'Gemma', 'Qwen', 'Llama', 'Anthropic', 'OpenAI',
  'Google', 'DeepMind', 'Meta', 'Microsoft', 'China', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept',
  'Oct', 'Nov', 'Dec', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'Edit', 'Update', 'Note', 'Parts', 'Sources', 'Thanks', 'Great', 'Possible', 'Yep',
  'Axolotl', 'Pangolin', 'Hugging', 'HuggingFace', 'Neuronpedia', 'Lesswrong', 'LessWrong', 'Bayesian', 'Beysian',
  // Sentence openers and time words that stand before a year: "Since (2020)", "Until 2019,".
  'Since', 'Until', 'Before', 'After', 'By', 'Around', 'Circa', 'Early', 'Late', 'Mid', 'Summer', 'Winter', 'Spring',
  'Fall', 'Autumn', 'Christmas', 'Today', 'Now', 'Back', 'Here', 'There', 'Where', 'When', 'Then', 'What', 'Which', 'Who',
  'Why', 'How', 'It', 'We', 'They', 'He', 'She', 'You', 'My', 'Our', 'Your', 'His', 'Her', 'Their', 'Its', 'Even', 'Only',
  'Chapter', 'Part', 'Volume', 'Vol', 'Issue', 'Election', 'Year', 'Class', 'Cohort', 'Batch', 'Round', 'Season',
  // Ordinals and adjectives that stand between "the" and "paper": "the Original paper".
  'First', 'Second', 'Third', 'Last', 'Original', 'New', 'Old', 'Same', 'Other', 'Whole', 'Full', 'Main', 'Above',
  'Following', 'Linked', 'Latest', 'Recent', 'Famous', 'Classic', 'Relevant', 'Entire', 'Final', 'Actual', 'Real',
  'Gemini', 'Grok', 'ChatGPT', 'Bard', 'Mistral', 'Kimi', 'Copilot', 'Wikipedia', 'Twitter', 'Reddit', 'Substack',
  'YouTube', 'Facebook', 'Amazon', 'Apple', 'Nvidia', 'Congress', 'Senate', 'Europe', 'America', 'Earth', 'God',
]);

/** Named benchmarks and datasets: cited as what they are, never as a paper. */
export const CITATION_BENCHMARKS: [RegExp, string, 'benchmark' | 'dataset'][] = [
  [/\bBIG-?Bench(?: Hard)?\b/g, 'BIG-Bench', 'benchmark'],
  [/\bMMLU\b/g, 'MMLU', 'benchmark'],
  [/\bGSM-?8K\b/gi, 'GSM8K', 'benchmark'],
  [/\bHumanEval\b/g, 'HumanEval', 'benchmark'],
  [/\bTruthfulQA\b/g, 'TruthfulQA', 'benchmark'],
  [/\bHellaSwag\b/g, 'HellaSwag', 'benchmark'],
  [/\bSWE-?bench\b/gi, 'SWE-bench', 'benchmark'],
  [/\bGPQA\b/g, 'GPQA', 'benchmark'],
  [/\bImageNet\b/g, 'ImageNet', 'dataset'],
  [/\bThe Pile\b/g, 'The Pile', 'dataset'],
];

/** Words that say a link names a benchmark or a dataset, not a paper: "[the Winograd schema challenge](arxiv…)", "the MMLU benchmark". */
export const CITATION_BENCHMARK_WORDS = {
  benchmark: '(?:challenge|benchmark|benchmarks|leaderboard|eval|evals|test suite)',
  dataset: '(?:dataset|datasets|data set|corpus)',
} as const;

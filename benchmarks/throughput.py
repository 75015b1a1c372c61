"""Throughput and memory of the pipeline against its baselines, in one run.

Usage:
    python benchmarks/throughput.py [--shared ../shared] [--scales 1,5,25] [--repeat 3] [--quick]

Every measurement runs in a fresh child process on the same texts (the
transcripts of ``../shared/corpus``), so that its peak memory (max RSS) is its
own. It prints a table of words per second and peak memory with ratios:

  a. the full pipeline end to end (reading, structure, quantities, topics,
     validation, writing facts.json), through the ``extract`` library call, as it
     runs by default (models only on the passages that may hold a figure) and with
     ``parse_all`` (``extract --parse-all``: models on every sentence);
  b. the bare spaCy pipeline (``spacy.load`` and ``nlp.pipe``, same model): the
     practical ceiling for a parse-based extractor; and the same with the matrix
     library the extractor uses (numpy's BLAS, one thread);
  c. quantulum3 alone on each whole document, and on each paragraph;

then the time per word at several multiples of the corpus (the file list
repeated), and ``--jobs 1`` against ``--jobs 2``.

Profiling notes: see NOTES below, printed with ``--notes``.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

NOTES = """\
Profiling notes (before optimising; full pipeline on the 1x corpus, 13 transcripts):
- pyinstrument showed most samples in spaCy's Token creation (token.pxd cinit) called from the
  quantity context code, and 2.6 s in quantulum3's unit loading. cProfile on the quantities
  component alone then found the cause: ``doc.text`` rebuilds the whole document's string from its
  tokens on every call, and the context code sliced it for every phrase (3,531 calls, 32 million
  Token objects, 6 of the component's 7 s). Span texts (``doc[i:j].text``) fixed it: the
  component went from 8.7 s to 1.1 s with identical output.
- quantulum3's unit lexicon (used for units the own table lacks) took 2.6 s to load in every
  process; the mapping is now shipped as package data (a test keeps it in sync).
- After that, per component (s): structure 0.4, tok2vec 4.1, tagger 0.1, parser 3.1,
  attribute_ruler 1.7, lemmatizer 0.8, ner 7.9, quantities 1.1, topics 0.6, records 0.1.
  spaCy's own components are 90 % of the time; NER alone (which has its own embedding layer in
  en_core_web_sm) is the largest. Quantity parsing runs only on sentences with a numeral.
- The bare ``nlp.pipe`` baseline batches every document at once (1.8 GB peak); the extractor
  processes one transcript at a time and streams its output, so its memory stays flat.

Second round (2026-11-28), wall-clock timing per component and cProfile, same corpus:
- thinc multiplies with blis by default; on this machine (AMD EPYC, Zen 5) blis ran a
  2000x96x384 product at 40 GFLOPS against numpy's OpenBLAS at 118 on one thread. Loading the
  model with NumpyOps(use_blis=False) gave the same annotations and took tok2vec from 3.5 s to 2.0 s
  and NER from 7.5 s to 4.5 s. On whole documents two BLAS threads helped tok2vec but slowed NER
  (its matrices are small); once passages are batched (below) two threads made one process about
  5% faster (7.8 s -> 7.4 s), but --jobs 2 (one thread per worker, so as not to oversubscribe the
  cores) then gained only 1.58-1.60x over it instead of 1.65-1.68x. The pipeline runs with one
  thread per process (threadpoolctl; --blas-threads N to change it) and one per Ray actor.
- The attribute ruler was 1.7 s, nearly all in spaCy's Matcher (its ~180 patterns tried at every
  token). The same patterns looked up in tables by each token's attribute row: 0.5 s, same results.
- Quantities: the entity code rebuilt doc.text for every all-caps entity (609 times), and the
  concept fallback rescanned the document's noun chunks; passing the text and the sentence's
  chunks took the component from 2.8 s to 0.8 s. Seven more doc.text rebuilds per transcript
  (structure, topics, records) now read one copy kept in doc.user_data.
- With all that, parsing everything cost 15 s for 85,000 words, 10 s of it in the model's
  components: 3x quantulum3 on whole documents (about 26 s here) needed under 8.7 s. Figures
  sit in 30% of the words (sentences with a numeral); with the sentence before each (and up to 8
  before when they may name the figure's owner) 43%. Parsing those passages only (numeral_focus),
  with the senter splitting the rest, cut the model time to 4 s; Span.as_doc, used at first to
  cut the passages out, copies the whole document's arrays for every span (0.8 s), so passages
  are built as new Docs from the token arrays.
- Parsing passages rather than single sentences matters for quality: the parser then finds the
  sentence boundaries itself, as in the full pipeline (164 fields of 1,080 quantities differed from
  full parsing when each sentence was parsed alone, 39 with passages). The passages must also keep
  the tokenizer's norms ("n't" -> "not"), which the models read: with them, 18 fields differ
  (entity 14, concept 3, counted 1), none of them on the gold. The entity recogniser seeing only
  the passages also means the host country and reporters' self-introductions are read from fewer
  names.
- Topics on a partly tagged document: the tagged words give each untagged form its usual class;
  reading them from arrays instead of Token objects took topics from 0.76 s to 0.51 s.
- Not taken: spaCy's rule lemmatizer (0.5 s) is already cached by (word, tag, morphology); a
  wrapper that looked rows up in arrays saved nothing, since the time is in first look-ups.
  Batch sizes from 16 to 1000 passages made no difference. NER's transition loop (about 60% of
  its time) runs in Cython with blis and cannot use the faster BLAS.

Third round (2026-12-02), py-spy (native frames) and cProfile on the 16-transcript corpus, output
checked identical (facts.json of ../shared/corpus and ../shared/wild, field by field) after each change:
- spaCy's rule lemmatizer caches only the look-ups that run its rules: three tokens in four (base forms,
  proper nouns, numbers, punctuation) were worked out again each time (40,000 of 54,000 calls), and a
  look-up that does run the rules tests candidate forms against lists of up to 57,000 known words
  (0.2 ms each). ``cached_lemmatizer`` keeps every answer by (word, part of speech, morphology), reads and
  writes token arrays and looks known words up in sets: lemmatizing went from 1.6 s to 0.2 s.
- ``doc.noun_chunks`` makes a Token for every word of the transcript though only the parsed passages
  can hold a chunk: the language's own iterator over the tagged stretches gives the same chunks
  (``extractor/pipeline/parsed.py``), twice per transcript (quantities, topics).
- Small whole-document costs per sentence or per figure: the text lower-cased whole for every sentence
  ("respectively"), ``doc.ents`` rebuilt for every owner (``parsed.entity_at`` reads the token's
  entity tags), ``doc.text`` rebuilt from Token objects (the Doc now keeps the string it was made from).
- ``may_hold_figure`` as one pattern of 50 alternatives cost 40 µs a sentence; looking the words up in
  sets gives the same answers (a test checks it against that pattern) for a fifth of that.
- The 17 time patterns were searched in every sentence (1.0 s), though seven sentences in eight match
  none: they are now gated by the text any of their matches must hold (read from the patterns' own
  parse, ``quantities/required_text.py``, so a new pattern cannot be missed), then by one search of
  all of them at once.
- Topics' sentence units, word classes and guessed phrases read token arrays instead of Token objects.
- NER stays the largest cost (about half of the models' time; py-spy puts a third of it in spaCy's
  validity checks of its 73 moves at every step). Batch sizes (16 to 1000 passages) and sorting the
  passages by length changed nothing beyond the machine's noise, which on this shared 2-core machine
  is a fifth or more between runs minutes apart: the table now takes its measures in turn, round by
  round, and prints the ratio to bare spaCy within each round.

Fourth round (2026-12-02, idle machine, wall clock per component of ``extract ../shared/corpus``, 8.1 s):
- numeral_focus 5.8 s (entity recogniser 3.05, tok2vec 1.0, parser 0.96, attribute ruler 0.17, lemmatizer
  0.11, the splitter on the whole text 0.29, the rest 0.15), quantities 0.9, topics 0.57, tokenizer 0.35,
  structure 0.3, records and writing 0.2. The passages are 59,833 of the corpus's 146,473 tokens (41%).
- The entity recogniser's own network is under 1 s of its 3 s; the rest is its transition loop. py-spy with
  native frames puts 47% of it in ``TransitionSystem.set_valid`` (the validity of all 73 moves at every
  token, through StateC accessors that are not inlined in this build), whatever the batch size (1 to 256
  passages). It is spaCy's own cost, the same in bare spaCy; only fewer tokens would cut it.
- Groups of 1,000-2,000 tokens for the models instead of 5,000: 7.6-7.7 s against 7.8-7.9 s (three runs
  each, in turn) and a lower peak (270 -> 219 MB); output identical. Groups of 500: 7.9-8.2 s.
- What is left on the Python side is spread thin: no function of the package outside the models takes
  more than 0.3 s of the 8 s (the time patterns' searches, the guessed topic phrases, the mention reader).

Fifth round (2026-12-07, a machine shared by eight sessions on two cores, load 6-14: wall-clock figures were
meaningless, so these are CPU seconds, ``time.process_time``, per pipeline component over ``../shared/corpus``,
unprofiled; output identical on corpus, wild and stress after each step):
- Before: 26.4 s CPU for the whole run; numeral_focus 13.7 (entity recogniser 6.5, tok2vec 2.7, parser 2.2,
  attribute ruler 0.5, lemmatizer 0.2, splitter 0.7), quantities 4.6, topics 3.4, imports 1.3, structure 1.15,
  tokenizer 1.0, pipeline build 0.6. The models are half the time and the same work as bare spaCy's per token.
- Time patterns: the gate (some word any pattern needs) let half the sentences through to one search of all 28
  patterns at once, which ``re`` tries alternative by alternative at every position (200 µs a sentence). Each
  pattern is now searched only in a sentence that holds every piece of text its matches need ("between" and a
  month's name, not either; ``required_text.PatternSieve``), the pieces found in the sentence lower-cased (exact
  when its letters outside ASCII have no case; otherwise every pattern is searched): 1.24 -> 0.53 s CPU for the
  corpus's 11,399 sentences.
- The mention reader tried the whole numeral grammar at every lexeme of a figure's sentence; it now first asks
  whether a numeral or multiple may start there (a digit, a number word, an article, a multiple).
- The host's bare institutions ("the Board") made a Token for every word of the transcript; the lemma array
  gives the few candidates (``parsed.tokens_with_lemma``).
- Topic labels' tagger tagged the whole untagged sentence of every phrase it was asked about; it reads only
  one word's part of speech, which depends on the five tokens each side that its embedding's windows and the
  attribute ruler's two-token patterns reach (read from the model's layers; a transformer gets the sentence).
- Small: vocabulary lists kept per profile by name, guessed word classes remembered per word, the JSON writer
  writing thousands of the encoder's pieces at once, control characters counted by one search.
- After: quantities 4.6 -> 3.7 s, topics 3.4 -> 2.7 s, the whole run 26.4 -> 24.9 s CPU (-5.5%; runs in turn
  on the loaded machine differ by 5% between rounds). The models' half is untouched; what is left outside them
  is spread over many rules, none above 2% of the run.

Sixth round (2026-12-07, the same shared machine, load 5-8; CPU seconds per component over ``../shared/corpus`` in
one process, the base and the branch in turn, three rounds; output identical on corpus, wild and stress):
- Before (dceefda): 19.6-19.8 s CPU in all (imports 0.95, pipeline build 0.37, extraction 18.25-18.49);
  numeral_focus 10.9-11.3 (entity recogniser 5.4, tok2vec 2.0, parser 1.7, splitter 0.5, attribute ruler 0.3),
  quantities 2.7, topics 2.7 (the tagger and entity recogniser on untagged sentences 1.1 of it), structure 0.9,
  tokenizer 0.6, records and writing 0.3.
- The garbage collector took 0.6 s of it (``gc.callbacks``): five full passes of 0.08 s each walked the
  pipeline's 100,000 objects, and 700 passes over the youngest objects found 2,000 objects to free in all (the
  rest are freed by reference counting). The pipeline is now frozen for the collector while files are
  extracted, and its first threshold is 7,000 (both undone at the end of a run): 0.6 -> 0.1 s in the
  collector, and the whole run 19.6/19.8/18.6 -> 18.8/18.4/18.2 s CPU (-4%, -7% and -2% in three rounds; the
  components where the passes fell, topics most, lose more than the passes' own time, likely their caches);
  peak memory 237 -> 240 MB.
- Why the entity recogniser costs three times the parser per token: perf (native frames) puts 34% of its CPU in
  mutex locking. spaCy 3.8's build of ``StateC::B_`` (the buffer accessor that every move's validity check
  calls, 73 moves at every token) takes and gives back the GIL twice per call (``PyGILState_Ensure`` and
  ``Release``, compiled in), and ``greedy_parse`` runs that loop with the GIL released, so each call takes the
  lock for real. It is inside spaCy's compiled code, the same in bare spaCy (which runs it on every token,
  where the extractor runs it on 41%); only fewer tokens or another spaCy build would cut it.
- Looked at and left: the focus passages' own work (building passage Docs, copying annotations) is 0.3 s; the
  topic tagger's calls cost what the model costs per token (few repeated sentences: 102 of 115 distinct for the
  recogniser, all distinct for the tagger); imports are spaCy's (0.9 of 0.95 s).

Seventh round (2026-12-07, the same shared machine, load 7-10; CPU seconds, base eec59dc and the branch in turn; output
identical on corpus, wild and stress):
- The topic labels' tagger and recogniser closures (``pipeline/components/topics.py``), replayed on the 65 calls the
  corpus makes (one BLAS thread, three runs): tagger 1.14-1.32 -> 0.92-1.07 s, recogniser 0.59-0.62 -> 0.47-0.51 s.
  ``Span.as_doc`` cut the tokens around a word asked about, and worked out the span's vector on the way (a look-up per
  word, never read): a new Doc from the token arrays instead; each distinct sentence of a call is tokenized (tagger)
  or recognised (recogniser) once (1,196 words asked about sit in 831 distinct sentences, 208 recogniser sentences in
  172); parts of speech read from arrays.
- Noun chunks were read twice per transcript (quantities, topics): kept in ``doc.user_data`` with a digest of the
  parse they were read from. The content lemmas of topic units are worked out once per distinct word row.
- Topics, min of five runs on Docs parsed once (``transcript_topics`` alone): 4.10/3.91 -> 3.78/3.67 s (two rounds);
  quantities unchanged (3.3-3.6 s either way). Whole runs (timing per component, four rounds) moved by less than the
  machine's noise (about 5% between runs minutes apart).
- What is left outside the models is spread thin: the topic labels (``topics/label*.py``, about 17% of the CPU by
  sampling: ``_heard`` tests every word of a segment against the opening question's range one by one, the phrase
  trimming and guessed phrases), the attribute ruler's per-token matches (about 2.5%, focus and the topic tagger),
  the time patterns' sieve (about 2%), host names in ``entity.py`` (about 2%).

Eighth round (2026-12-07, the same shared machine, load 2-7; CPU seconds; base d4e6795; output identical on corpus,
wild and stress after each step):
- Real (unprofiled) CPU per stage of the quantities over the corpus, wrappers on ``extract.py``'s names, Docs parsed
  once: 3.3 s in all; sentence_mentions 0.44, time references 0.42 (all 11,399 sentences), DocumentReading.of 0.38
  (host names, noun chunks 0.09, unit context), concept 0.30, owner 0.30, records and confidence 0.24, period 0.14,
  the figure gate 0.13, kind 0.12. cProfile inflates the rules that make many small calls five-fold: the told-as-current
  rule is 0.03 s, not 0.3.
- The attribute ruler gets the models' passages 64 at a time (most under 200 tokens): a batch's rows are now read
  once, the distinct ones found by one sort, and what the rules set written with one ``Doc.from_array`` per
  document: 0.242 -> 0.194 s over the corpus's 2,732 ruler documents. What is left is spaCy's cost per document
  (``to_array``, ``from_array``), not the rules.
- The time references of a sentence without a figure are read only when a later figure of its turn asks what the
  turn carries (5,426 of 9,497 such sentences are in turns without a later figure): quantities 2.96 -> 2.74 s.
- Whole runs (``--child full``, base and branch in turn, three rounds): 19.9-20.7 s against 20.1-21.1 s CPU, the
  gain under the noise between runs. ``PYTHONDONTWRITEBYTECODE=1`` in this environment makes every run compile the
  package's sources again: imports 1.07 s against 0.82 s with the bytecode kept, which bare spaCy (compiled at
  install) does not pay.
- Tried and left: the figure gate's words looked up as a set (no faster: most sentences end the walk early); merging
  the topic tagger's windows of one sentence (the tags of the window's edge tokens, which ``_not_noun_phrases``
  reads, would change).

Ninth round (2026-12-07, the same shared machine, load 8-12; CPU seconds per component over ``../shared/corpus``, one
process each, base 391aef9 and the branch in turn, three rounds; facts.json of corpus, wild and stress identical to
the base's, whole files less the generator block):
- The entity recogniser's lock churn (sixth round) is not in its compiled moves but in where they run: spaCy's
  ``greedy_parse`` releases the GIL around its step loop (``_parseC``), so each of the thousands of GIL takes per
  token inside it (``PyGILState_Ensure``) locks the interpreter's mutex for real; with the lock held they only count.
  ``pipeline/components/greedy_parse.py`` runs the same steps from Python with the lock held: the model's own
  ``ParserStepModel`` for the features and hidden layer (the same compiled ``sum_state_features``), the scores by the
  same BLIS product (``blis.py.gemm``, as thinc's ``CBlas``) and bias, unseen classes set to the least score, then
  spaCy's ``transition_states`` (set_valid and the move, compiled, lock held). Moves identical bit for bit (a unit
  test against ``Parser.pipe``; facts identical on corpus, wild and stress). A Python loop step costs some 50 us, but
  a step serves a whole batch of passages.
- Entity recogniser 5.0/5.4/5.1 -> 3.1/2.6/2.8 s, parser 1.67/1.81/1.69 -> 1.47/1.16/1.29 s (three rounds); the
  whole run 19.3/21.4/19.6 -> 19.4/16.0/17.4 s CPU (the first branch run at load 9.5 had every other component
  15-25% slower than its base run). On 8 transcripts' passages alone, replayed in one process: 2.4 -> 1.3 s. Of the
  recogniser's time now, half is its own network (embedding and the precomputed first layer), as before.
- Only where the pipeline calls the components itself (``numeral_focus``, the topic labels' recogniser);
  ``--parse-all`` runs spaCy's ``nlp.pipe`` as it is.
"""


def corpus_files(shared: Path) -> list[Path]:
    files = sorted((shared / "corpus").glob("*/*.txt"))
    if not files:
        sys.exit(f"no transcripts under {shared / 'corpus'}: pass --shared PATH (the folder holding corpus/)")
    return files


def words(files: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in files)


# --- the measurements, each run in its own child process -------------------------------------


def run_full(files: list[Path], jobs: int, parse_all: bool = False) -> float | None:
    """Extract ``files`` as ``extract`` does; returns when the pipeline was ready (one process only)."""
    import extractor
    from extractor.api import extract_to

    options = extractor.Options(jobs=jobs, pipeline=extractor.PipelineConfig(parse_all=parse_all))
    nlp = extractor.build_pipeline(options.pipeline) if jobs == 1 else None
    ready = time.perf_counter() if nlp is not None else None
    with tempfile.TemporaryDirectory() as tmp:
        summary = extract_to(files, Path(tmp) / "facts.json", "json", options, nlp=nlp)
    if summary.failures:
        raise SystemExit(f"failures: {[f.error for f in summary.failures]}")
    return ready


def run_bare_spacy(files: list[Path], matrix_library: str = "blis") -> None:
    from threadpoolctl import threadpool_limits

    from extractor.pipeline.model_loading import load_model

    # "blis" is what spacy.load gives; "numpy" is what the extractor loads (one BLAS thread).
    nlp = load_model(matrix_library=matrix_library)
    with threadpool_limits(limits=1, user_api="blas") if matrix_library == "numpy" else nullcontext():
        for _ in nlp.pipe(p.read_text(encoding="utf-8") for p in files):
            pass


def run_quantulum(files: list[Path], unit: str) -> None:
    from quantulum3 import parser

    for p in files:
        text = p.read_text(encoding="utf-8")
        pieces = [text] if unit == "document" else [x for x in re.split(r"\n\s*\n|\r?\n", text) if x.strip()]
        if unit == "document" and "\n" not in text.strip():
            pieces = [text]
        for piece in pieces:
            parser.parse(piece)


MEASURES = {
    "full": lambda files: run_full(files, 1),
    "full-jobs2": lambda files: run_full(files, 2),
    "full-parse-all": lambda files: run_full(files, 1, parse_all=True),
    "spacy": run_bare_spacy,
    "spacy-numpy": lambda files: run_bare_spacy(files, "numpy"),
    "quantulum-doc": lambda files: run_quantulum(files, "document"),
    "quantulum-para": lambda files: run_quantulum(files, "paragraph"),
}


def child(name: str, file_list: Path) -> None:
    files = [Path(line) for line in file_list.read_text().splitlines() if line]
    # The timed part includes imports and model loading (a cold start, as one `extract` run pays);
    # the full pipeline also reports the time from when its pipeline was ready (a warm service).
    started = time.perf_counter()
    ready = MEASURES[name](files)
    ended = time.perf_counter()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": ended - started, "warm_seconds": ended - ready if ready else None,
                      "peak_mb": own / 1024, "worker_peak_mb": kids / 1024}))


def measure(name: str, files: list[Path], repeat: int = 1) -> dict:
    """Run measure ``name`` ``repeat`` times, each in a fresh process; keep the fastest run.

    The fastest of several runs is the least disturbed by whatever else the machine is doing (as
    ``timeit`` advises); every measure of the table gets the same number of runs.
    """
    runs = [_measure_once(name, files) for _ in range(max(1, repeat))]
    return min(runs, key=lambda r: r["seconds"])


def measure_interleaved(names: list[str], files: list[Path], repeat: int) -> tuple[dict, list[dict]]:
    """Each measure ``repeat`` times, taken in turn (one run of every measure per round), each in a fresh
    process; returns the fastest run of each, and every round's runs.

    Taking them in turn rather than one measure's runs after another's means a machine that speeds up
    or slows down during the benchmark (a shared one does, by a fifth or more over minutes) weighs on
    every measure alike, so the ratios between them hold better.
    """
    rounds = [{name: _measure_once(name, files) for name in names} for _ in range(max(1, repeat))]
    fastest = {name: min((r[name] for r in rounds), key=lambda x: x["seconds"]) for name in names}
    return fastest, rounds


def _measure_once(name: str, files: list[Path]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(str(p) for p in files))
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--child", name, f.name], capture_output=True, text=True, check=False
        )
    finally:
        os.unlink(f.name)
    if out.returncode != 0:
        raise SystemExit(f"{name} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--scales", default="1,5,25", help="corpus multiples for the scaling figures")
    ap.add_argument("--quick", action="store_true", help="skip quantulum3 on whole documents and the 25x scale")
    ap.add_argument("--notes", action="store_true", help="print the profiling notes")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each measure of the table and of --jobs (the fastest is kept; default 3)")
    ap.add_argument("--parts", default="table,scaling,jobs", help="which parts to run (default: all three)")
    ap.add_argument("--child", nargs=2, metavar=("NAME", "FILELIST"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(a.child[0], Path(a.child[1]))
        return
    if a.notes:
        print(NOTES)
    files = corpus_files(a.shared)
    n_words = words(files)
    print(f"corpus: {len(files)} transcripts, {n_words:,} words ({a.shared / 'corpus'})\n")

    parts = set(a.parts.split(","))
    if "table" in parts:
        names = ["full", "full-parse-all", "spacy", "spacy-numpy", "quantulum-para"] + (
            [] if a.quick else ["quantulum-doc"])
        results, rounds = measure_interleaved(names, files, a.repeat)
        full = results["full"]
        print(f"fastest of {max(1, a.repeat)} runs each (the measures taken in turn, round by round)\n"
              f"{'run':<44}{'words/s':>10}{'peak MB':>10}{'full ÷ this':>14}")
        labels = {
            "full": "a. full pipeline (extract, default)",
            "full-parse-all": "a. full pipeline, --parse-all",
            "spacy": "b. bare spaCy nlp.pipe (spacy.load)",
            "spacy-numpy": "b. bare spaCy nlp.pipe, numpy BLAS",
            "quantulum-doc": "c. quantulum3 per whole document",
            "quantulum-para": "c. quantulum3 per paragraph",
        }
        for name in names:
            r = results[name]
            wps = n_words / r["seconds"]
            ratio = (n_words / full["seconds"]) / wps
            print(f"{labels[name]:<44}{wps:>10,.0f}{r['peak_mb']:>10,.0f}{ratio:>14.2f}")
        paired = sorted(r["spacy"]["seconds"] / r["full"]["seconds"] for r in rounds)
        print(f"full ÷ bare spaCy (spacy.load) within each round: {', '.join(f'{x:.2f}' for x in paired)} "
              f"(median {statistics.median(paired):.2f})")
    else:
        full = measure("full", files, a.repeat)

    if "scaling" in parts:
        print("\nscaling (full pipeline, file list repeated; time per word once the pipeline is built, and "
              "including the start):")
        base = None
        for scale in [int(s) for s in a.scales.split(",") if s]:
            if a.quick and scale > 5:
                continue
            r = full if scale == 1 else measure("full", files * scale)
            per_word = r["warm_seconds"] / (n_words * scale) * 1e6
            cold = r["seconds"] / (n_words * scale) * 1e6
            base = base or per_word
            print(f"  {scale:>3}x  {n_words * scale:>10,} words  {per_word:8.1f} µs/word  "
                  f"({per_word / base:.2f} x the 1x time per word; {cold:.1f} µs/word with the start)  "
                  f"peak {r['peak_mb']:,.0f} MB")

    if "jobs" in parts:
        two = measure("full-jobs2", files, a.repeat)
        print(f"\n--jobs 1: {full['seconds']:.1f} s; --jobs 2: {two['seconds']:.1f} s; "
              f"speed-up {full['seconds'] / two['seconds']:.2f} x (peak per worker {two['worker_peak_mb']:,.0f} MB)")


if __name__ == "__main__":
    main()

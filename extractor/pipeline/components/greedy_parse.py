"""spaCy's parser and entity recogniser run with Python's lock held: the same moves, about half the time.

spaCy 3.8's ``Parser.greedy_parse`` scores and applies the moves in a loop with the interpreter's lock (the GIL)
released, and the compiled move checks of its states (``StateC``, called for each of the entity recogniser's 73
moves at every step) take that lock and give it back, twice a call: a third of the recogniser's time was spent
in the lock's mutexes (``benchmarks/throughput.py --notes``). :func:`pipe` runs the same steps with the lock
held, where taking it again costs a counter: the states' features and hidden layer from the model's own
``ParserStepModel`` (the same compiled ``sum_state_features`` and the same maxout), the scores from the same BLIS
product and the same bias, the classes never seen set to the least score, then spaCy's own
``transition_states``, which checks and applies the best valid move of each state. The moves, and so the parse
and the entities, are the same bit for bit (``tests/unit/test_greedy_parse.py`` compares them with spaCy's);
on the passages of the corpus the entity recogniser took 2.6-3.1 s of CPU instead of 5.0-5.4 s, the
parser 1.2-1.5 s instead of 1.7-1.8 s (``benchmarks/throughput.py --notes``, ninth round).

Used where the pipeline calls the components itself (``numeral_focus``, the topic labels' recogniser); a
component it cannot read this way (beam search, a GPU, a model without an upper layer) runs as spaCy runs it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

# thinc's CPU operations multiply with BLIS in the compiled loop (``ops.cblas()``): so must the scores here.
import blis.py as _blis
import numpy
from spacy import util
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc
from thinc.api import NumpyOps, set_dropout_rate


def held(component) -> bool:
    """Whether :func:`pipe` runs ``component`` with the lock held (else as spaCy runs it)."""
    return (isinstance(component, Parser) and component.cfg.get("beam_width", 1) == 1
            and isinstance(component.model.ops, NumpyOps))


def pipe(component, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
    """``component.pipe(docs, batch_size=batch_size)``, with a parser's or entity recogniser's moves worked out
    by :func:`_parse` (same batches, sorted by length as ``Parser.pipe`` sorts them, same error handler)."""
    if not held(component):
        yield from component.pipe(docs, batch_size=batch_size)
        return
    error_handler = component.get_error_handler()
    for batch in util.minibatch(docs, size=batch_size):
        in_order = list(batch)
        try:
            by_length = sorted(in_order, key=len)
            for sub in util.minibatch(by_length, size=max(batch_size // 4, 2)):
                sub = list(sub)
                component.set_annotations(sub, _parse(component, sub))
            yield from in_order
        except Exception as e:  # noqa: BLE001  as Parser.pipe: the component's error handler decides
            error_handler(component.name, component, in_order, e)


def _parse(component, docs: list[Doc]) -> list:
    """The final states of ``docs``, as ``Parser.predict`` gives them (``greedy_parse``), the lock held."""
    if not any(len(doc) for doc in docs):
        return component.moves.init_batch(docs)
    component._ensure_labels_are_added(docs)
    set_dropout_rate(component.model, 0.0)
    batch = component.moves.init_batch(docs)
    step = component.model.predict(docs)
    upper = step.vec2scores
    if not step.attrs.get("has_upper", True) or upper is None or not (upper.has_param("W") and upper.has_param("b")):
        step.clear_memory()
        return component.predict(docs)
    weights, bias = upper.get_param("W"), upper.get_param("b")
    unseen = numpy.asarray(step._class_mask) == 0
    states = [state for state in batch if not state.is_final()]
    while states:
        ids = step.get_token_ids(states)
        vector, _ = step.state2vec(ids, False)
        # As the compiled loop (``predict_states``): hidden to output by BLIS, then the bias added.
        scores = _blis.gemm(numpy.ascontiguousarray(vector, dtype="float32"), weights, trans2=True)
        scores += bias
        if unseen.any():
            scores[:, unseen] = numpy.nanmin(scores)
        states = component.transition_states(states, scores)
    step.clear_memory()
    return batch


__all__ = ["held", "pipe"]

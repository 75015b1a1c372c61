"""``python -m extractor`` and the ``extract`` command: the command line, Ctrl-C reported from the start.

The command's own handler (``cli.extract_cli``) is in place only once ``cli`` is imported;
Ctrl-C while it is being imported ends here the same way: one line, status 130. Ctrl-C after the
run is ignored (it has ended). Before this module runs, Ctrl-C is the interpreter's.
"""
# ``_signal`` is the C module, not ``signal``: it is ready at once, where building ``signal``'s enums takes
# long enough to be interrupted.
import _signal
import _thread
import sys
import time


def _interrupt_main_soon() -> None:
    """Run in a thread of its own: Ctrl-C for the main thread a moment later, once it has left the hook below
    (delivered inside the hook, it would be "ignored" again)."""
    time.sleep(0.01)
    _thread.interrupt_main()


def _redeliver_interrupt(unraisable) -> None:
    """``sys.unraisablehook`` for the run: a Ctrl-C that lands where Python cannot raise it (a weakref callback
    of the import machinery, a ``__del__``) would be printed as "Exception ignored" with a traceback through our
    handler, and the run would go on; it is delivered again instead, where it can stop the run. Anything else
    is reported as Python reports it."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        _thread.start_new_thread(_interrupt_main_soon, ())
        return
    sys.__unraisablehook__(unraisable)


def main() -> None:
    """Console-script entry point."""
    received: list[int] = []

    def on_interrupt(signum, frame):
        # As Python's own handler (KeyboardInterrupt), but remembered: a compiled module's import that Ctrl-C
        # breaks (numpy's, say) reports an error of its own, not the KeyboardInterrupt that caused it.
        received.append(signum)
        raise KeyboardInterrupt

    _signal.signal(_signal.SIGINT, on_interrupt)
    sys.unraisablehook = _redeliver_interrupt
    try:
        # Imported here, inside the handler: Ctrl-C while the command loads ends in one line (see above).
        from .cli import extract_cli

        status = extract_cli()
    except KeyboardInterrupt:  # while ``cli`` is imported, or between two of its steps
        print("extract: interrupted", file=sys.stderr)
        status = 130
    except Exception:
        # A compiled module's import that Ctrl-C broke reports an error of its own (numpy: an ImportError, or a
        # TypeError from its warnings); without a Ctrl-C it is a real fault (a broken installation, a bug),
        # and the interpreter's report says where.
        if not received:
            raise
        print("extract: interrupted", file=sys.stderr)
        status = 130
    # The run is over, its output written or removed: a late Ctrl-C must not become a traceback at exit.
    _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    sys.exit(status)


if __name__ == "__main__":
    main()

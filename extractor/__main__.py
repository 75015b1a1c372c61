"""``python -m extractor`` and the ``extract`` command: the command line, Ctrl-C reported from the start.

The command's own handler (``cli.extract_cli``) is in place only once ``cli`` is imported;
Ctrl-C while it is being imported ends here the same way: one line, status 130.
"""
import sys


def main() -> None:
    """Console-script entry point."""
    try:
        # Imported here, inside the handler: Ctrl-C while the command loads ends in one line (see above).
        from .cli import main as run
    except KeyboardInterrupt:
        print("extract: interrupted", file=sys.stderr)
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()

"""``python -m extractor``: the same as the ``extract`` command."""
from .cli import main

if __name__ == "__main__":
    main()

"""`python -m minutebook`: the same command line as the `minutebook` script."""

from .cli import main

if __name__ == "__main__":
    main()

"""``python -m newscorpus``: the same command line as the ``newscorpus`` script."""

from newscorpus._cli import run

if __name__ == "__main__":
    run()

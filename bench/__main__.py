"""Run every benchmark: ``python -m bench``."""

from bench import answers

if __name__ == "__main__":
    answers.main([])

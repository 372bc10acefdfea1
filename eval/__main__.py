"""``python -m eval``: frames and findings on score-annotated windows, test split (eval/frames.py)."""

from eval.frames import main

main()

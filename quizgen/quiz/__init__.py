"""The terminal quiz: pure session logic, grading, the rich terminal UI, and the sqlite + FSRS progress store."""

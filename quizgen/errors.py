"""The one exception the core raises for anything the user can fix; the CLI prints it as one line."""


class QuizgenError(Exception):
    """A problem with the user's input or files, stated as what and where, fit for one line."""

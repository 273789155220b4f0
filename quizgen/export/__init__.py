"""Writers: the JSON/CSV question bank and the Anki deck."""

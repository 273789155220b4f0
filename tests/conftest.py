"""Shared fixtures: the sample article and the varied test articles."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "source" / "us-troops-korea.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")

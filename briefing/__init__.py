"""briefing: news articles in, a policy brief out (PDF, DOCX, HTML, JSON)."""

__version__ = "0.1.0"

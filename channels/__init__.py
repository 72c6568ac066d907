"""The project's own Rasa input channels (see channels/telegram.py)."""

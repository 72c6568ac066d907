"""Custom NLU pipeline components (config.yml) and the Rasa fixes they bring along:
components/rasa_fixes.py, and components/log_privacy.py (no conversation content in
the logs at any level)."""

from components import log_privacy, rasa_fixes

rasa_fixes.apply()
log_privacy.install()

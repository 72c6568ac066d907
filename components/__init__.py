"""Custom NLU pipeline components (config.yml) and the Rasa fixes they bring along."""
from components import rasa_fixes

rasa_fixes.apply()

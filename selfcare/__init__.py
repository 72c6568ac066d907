"""The self-care assistant's domain core: the safety layer (selfcare.safety) and
the curated knowledge file (selfcare.knowledge).

Pure Python (stdlib + PyYAML): nothing in this package imports rasa or
rasa_sdk, so the NLU components, the custom actions, the channels and the
scripts all share it, and it is tested directly.
"""

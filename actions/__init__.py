"""The custom actions. Loading them also switches on the action server's token check
(actions/auth.py): the action server answers the Rasa server only."""

from actions import auth

auth.register()

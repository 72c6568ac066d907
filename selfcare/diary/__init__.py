"""The symptom diary for "one strategy at a time" experiments: a strategy started, a
check-in a day (pain, fatigue, sleep, whether it was done, a note), what changed, a chart,
an export, a reminder, and erasing it all.

Pure Python (SQLAlchemy Core, matplotlib, stdlib): no rasa or rasa_sdk import, so the
actions call it and the tests test it directly. The modules, by concern:

    store.py    DiaryStore (SQLite or PostgreSQL; migrations), Checkin, Strategy, DiaryError
    parse.py    typed answers: scores (OutOfRange for 12 or -1), sleep, yes/no, times, zones
    plan.py     the pacing plan for exercise strategies (start small, +2 minutes a week)
    summary.py  before against during, the pain trend, the text, hard days
    chart.py    the PNG chart and the shell's sparkline
    export.py   CSV and the text for an appointment

Import from the modules (`from selfcare.diary.store import DiaryStore`): chart.py loads
matplotlib, which the other modules don't need.
"""

"""The safety categories and the verdict type shared by every safety module.

CRISIS and EMERGENCY are the alarms; DOSE, STOPPING and PREGNANCY are the
medicine questions the guardrail answers; NONE is everything else.
"""

from __future__ import annotations

from dataclasses import dataclass

CRISIS = "crisis"
EMERGENCY = "emergency"
DOSE = "dose"
STOPPING = "stopping"
PREGNANCY = "pregnancy"
NONE = "none"

ALARMS = frozenset({CRISIS, EMERGENCY})
MEDICINE_CATEGORIES = frozenset({DOSE, STOPPING, PREGNANCY})


@dataclass(frozen=True)
class Assessment:
    """The verdict on one message.

    category: one of CRISIS, EMERGENCY, DOSE, STOPPING, PREGNANCY, NONE.
    reason:   a short machine label of the rule that decided, such as
              "crisis.explicit", "emergency.stroke", "dose.amount",
              "figure_of_speech" or "none". Never contains the user's text.
    """

    category: str
    reason: str

    @property
    def alarm(self) -> bool:
        return self.category in ALARMS

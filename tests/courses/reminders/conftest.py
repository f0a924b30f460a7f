"""A course with a trainer, learners in each language, and a clock to move across days."""

import datetime as dt
import zoneinfo

import pytest
import time_machine

BISHKEK = zoneinfo.ZoneInfo("Asia/Bishkek")


def bishkek(day: int, hour: int = 10, minute: int = 0, month: int = 12) -> dt.datetime:
    """A moment in December 2026, Bishkek time."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=BISHKEK)


@pytest.fixture
def clock():
    """clock(moment): stop the clock there (moving it again later is allowed)."""
    travellers = []

    def move(moment):
        if travellers:
            travellers.pop().stop()
        traveller = time_machine.travel(moment, tick=False)
        traveller.start()
        travellers.append(traveller)

    yield move
    for traveller in travellers:
        traveller.stop()


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def course(make_course, trainer):
    return make_course(lessons=3, trainers=[trainer])

"""The national simulation still runs (tiny sizes; its figures are judged in docs/scale.md)."""

import datetime as dt

import pytest

from bench import national

pytestmark = pytest.mark.slow


def test_three_instance_processes_send_everything_once_across_a_leader_kill() -> None:
    result = national.run(2, until=dt.date(2026, 1, 23), processes=True)

    assert result.processes and result.ticks == result.tick_times > 0
    assert result.one_leader_every_tick
    assert result.killed, "the leader was SIGKILLed and a standby took over"
    assert sum(1 for n in result.ticks_by_instance.values() if n) == 2
    assert result.planned > 0 and result.sent == result.planned
    assert result.lost == 0 and result.failed == 0
    # A second post happens only for a message on the wire at the kill, and that is flagged.
    assert result.duplicated <= result.uncertain
    assert sorted(result.rss_by_instance) == ["instance-1", "instance-2", "instance-3"]
    assert all(mb > 0 for mb in result.rss_by_instance.values())


def test_in_one_process_the_year_runs_the_same_way() -> None:
    result = national.run(2, until=dt.date(2026, 1, 16))

    assert result.ticks == result.tick_times > 0 and result.one_leader_every_tick
    assert result.killed, "the leader was killed halfway and another took over"
    assert sum(1 for n in result.ticks_by_instance.values() if n) == 2
    assert result.planned > 0 and result.sent == result.planned
    assert result.lost == 0 and result.duplicated == result.uncertain == 0

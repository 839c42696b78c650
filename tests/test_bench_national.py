"""The national simulation still runs (tiny size; its figures are judged in docs/scale.md)."""

import datetime as dt

from bench import national


def test_the_national_simulation_sends_everything_once_across_a_leader_kill() -> None:
    result = national.run(2, until=dt.date(2026, 1, 30))

    assert result.ticks == result.tick_times > 0 and result.one_leader_every_tick
    assert result.killed, "the leader was killed halfway and another took over"
    assert sum(1 for n in result.ticks_by_instance.values() if n) == 2
    assert result.planned > 0 and result.sent == result.planned
    assert result.lost == 0 and result.duplicated == result.uncertain == 0

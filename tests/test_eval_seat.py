"""The eval's reading of «is role X in group Y?» answered by group Y's members (tests/eval
``seat_answer``): a «yes» that confirms the seat and an honest «no» that names where the role
sits are both answers to a ``role_groups`` item; the item's musts catch a «no» that is wrong.
Made-up roles and groups only."""

from __future__ import annotations

from bot.features.organisation.texts import role_in_group, role_not_in_group
from tests.eval import Item, seat_answer


def _item(*must: str, intent: str = "role_groups") -> Item:
    return Item(
        id="x-001",
        kommune="valer",
        half="dev",
        text="er fritidslederen med i Trivselsgruppa?",
        intent=intent,
        must=must,
    )


NO = "Hvem sitter i Trivselsgruppa?\n\n" + role_not_in_group(
    "fritidsleder", "Trivselsgruppa", ["Nærmiljøteamet"]
)
YES = "Hvem sitter i Trivselsgruppa?\n\n" + role_in_group(
    "fritidsleder", "Trivselsgruppa", ["Fritidsleder"]
)


def test_an_honest_no_that_names_the_roles_seats_answers_the_item() -> None:
    assert seat_answer(_item("nærmiljøteam"), "members", NO)
    assert seat_answer(_item(), "members", NO)


def test_a_no_is_wrong_when_the_item_says_the_role_sits_in_that_group() -> None:
    assert not seat_answer(_item("trivselsgrupp"), "members", NO)
    assert not seat_answer(_item("nærmiljøteam", "Trivselsgruppa"), "members", NO)


def test_a_no_without_other_seats_is_still_a_no() -> None:
    bare = role_not_in_group("fritidsleder", "Trivselsgruppa", [])
    assert seat_answer(_item(), "members", bare)
    assert not seat_answer(_item("trivselsgruppa"), "members", bare)


def test_a_yes_answers_and_a_plain_member_list_does_not() -> None:
    assert seat_answer(_item("trivselsgrupp"), "members", YES)
    plain = "Hvem sitter i Trivselsgruppa?\n\nDeltakere:\n- Fritidsleder\n- Rektor"
    assert not seat_answer(_item(), "members", plain)


def test_only_a_role_groups_item_takes_a_members_reply_this_way() -> None:
    assert not seat_answer(_item(intent="group_members"), "members", NO)
    assert not seat_answer(_item(), "frequency", NO)

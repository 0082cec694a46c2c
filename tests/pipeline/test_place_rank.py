"""The place policy of a sentence (pipeline/event_places.PlaceRank): a meeting's venue
first (when asked for), then a place in the trigger's own clause, then the parties'
place, then the place nearest the trigger; of equal ranks the first named wins."""

from __future__ import annotations

from pipeline.event_places import PlaceRank


def _rank(not_venue: bool = True, other_clause: bool = False, party_rank: int = 2,
          distance: int = 1) -> PlaceRank:
    return PlaceRank(not_venue=not_venue, other_clause=other_clause,
                     party_rank=party_rank, distance=distance)


def test_a_venue_outranks_a_nearer_place_of_the_trigger_clause() -> None:
    assert _rank(not_venue=False, other_clause=True, distance=9) < _rank()


def test_the_trigger_clause_outranks_a_party_place_elsewhere() -> None:
    assert _rank(party_rank=2, distance=9) < _rank(other_clause=True, party_rank=0)


def test_the_parties_place_outranks_a_nearer_one() -> None:
    assert _rank(party_rank=0, distance=9) < _rank(party_rank=2, distance=1)



def test_ranks_compare_as_their_fields_in_this_order() -> None:
    assert PlaceRank._fields == ("not_venue", "other_clause", "party_rank", "distance")

"""Story clustering: pure keys, fuzzy matching, set-based counts and alias records."""

from __future__ import annotations

import dataclasses

from pipeline.cluster import (
    Group,
    family,
    group_key,
    outlet,
    persons_conflict,
    quantities_conflict,
    same_person,
    story_id_of,
    story_key,
)
from schemas import Actor, ArticleRef, Event, Evidence, Location, PipelineInfo, Quantity, Story
from schemas.codec import dumps, loads
from schemas.validation import errors as schema_errors

KEN = Actor(text="Kenya", name="Kenya", country="KEN", role="GOV")
UGA = Actor(text="Uganda", name="Uganda", country="UGA", role="GOV")
NAIROBI = Location(text="Nairobi", name="Nairobi", country="KEN")


def ev(event_id: str, *, type_: str = "CONSULT", source: Actor | None = KEN,
       target: Actor | None = UGA, date: str | None = "2024-03-04",
       location: Location | None = NAIROBI, article: str = "ar_1", outlet_: str = "a.example",
       published: str = "2024-03-04T10:00:00Z", quantities: list[Quantity] | None = None,
       person: str | None = None) -> Event:
    e = Event(event_id=event_id, type=type_, modality="asserted",
              source=dataclasses.replace(source, person=person) if source and person else source,
              target=target, evidence=Evidence("s", 0, 0, 1),
              article=ArticleRef(article, f"https://{outlet_}/{article}", "t", outlet_,
                                 published, "en"),
              pipeline=PipelineInfo("0", "2024-03-04T10:00:00Z"), date=date, location=location,
              quantities=quantities or [])
    return dataclasses.replace(e, story_id=story_id_of(e))


def test_story_key_is_pure_and_order_free() -> None:
    a = ev("ev_a")
    b = ev("ev_b", source=UGA, target=KEN, article="ar_2")
    assert story_key(a) == story_key(b) == "consult|KEN,UGA|KEN|2024-03-04"
    assert story_id_of(a) == story_id_of(b)
    # A missing date falls back to the publication date.
    assert story_key(ev("ev_c", date=None)) == story_key(a)
    assert group_key(a) == group_key(ev("ev_e", target=None)) == "consult|KEN"
    assert family("ASSAULT") == family("MOBILIZE") != family("CONSULT")
    assert story_id_of(ev("ev_d", type_="ASSAULT")) != story_id_of(a)


def test_fuzzy_helpers() -> None:
    assert same_person("Alfred Mutua", "Mutua")
    assert same_person("Alfred Mutua", "Alfred Mutwa")
    assert not same_person("Alfred Mutua", "Jeje Odongo")
    assert not persons_conflict(set(), {"Jeje Odongo"})
    assert persons_conflict({"Alfred Mutua"}, {"Jeje Odongo"})
    assert not quantities_conflict({"person": [12.0]}, {"person": [15.0]})
    assert quantities_conflict({"person": [12.0]}, {"person": [40.0]})
    assert not quantities_conflict({"person": [12.0]}, {"soldier": [40.0]})
    assert outlet(None, "https://www.example.org/x") == "example.org"
    assert outlet("Daily Planet", None) == "daily planet"


def test_three_outlets_one_story_with_three_sources() -> None:
    g = Group(partition=0)
    reports = [
        ev("ev_1", article="ar_1", outlet_="one.example"),
        # headline event: no place, no date in the text -> another pure id, same story
        ev("ev_2", article="ar_2", outlet_="two.example", location=None, date=None,
           published="2024-03-05T01:00:00Z"),
        ev("ev_3", article="ar_3", outlet_="three.example", source=UGA, target=KEN),
        ev("ev_4", article="ar_3", outlet_="three.example"),  # second event, same article
    ]
    for e in reports:
        story, changed = g.add_event(e, now=100.0)
        assert changed
    assert len(g.stories) == 1
    story = g.stories[0]
    records = story.story_records()
    assert len(records) == 2  # two pure ids, one story: canonical + alias
    canonical = [r for r in records if r.merged_into is None]
    assert len(canonical) == 1 and canonical[0].story_id == min(story.ids)
    for r in records:
        assert (r.num_mentions, r.num_articles, r.num_sources) == (4, 3, 3)
        assert r.event_ids == ["ev_1", "ev_2", "ev_3", "ev_4"]
        assert r.first_seen == "2024-03-04T10:00:00Z" and r.last_seen == "2024-03-05T01:00:00Z"
        assert schema_errors("story", loads(dumps(r))) == []


def test_replayed_events_do_not_change_counts() -> None:
    g = Group(partition=0)
    g.add_event(ev("ev_1"), now=1.0)
    _, changed = g.add_event(ev("ev_1"), now=2.0)
    assert not changed
    assert g.stories[0].story_records()[0].num_mentions == 1


def test_strike_and_talks_same_day_same_countries_are_two_stories() -> None:
    talks = ev("ev_1")
    strike = ev("ev_2", type_="ASSAULT", article="ar_2")
    assert group_key(talks) != group_key(strike)
    g = Group(partition=0)
    g.add_event(talks, now=1.0)
    g.add_event(dataclasses.replace(strike, type="CONSULT", story_id=None), now=1.0)
    assert len(g.stories) == 1  # same family would be one story: the family separates them


def test_dates_more_than_a_day_apart_or_conflicting_tolls_split() -> None:
    g = Group(partition=0)
    g.add_event(ev("ev_1", date="2024-03-04"), now=1.0)
    g.add_event(ev("ev_2", date="2024-03-05", location=None, article="ar_2"), now=1.0)
    g.add_event(ev("ev_3", date="2024-03-08", article="ar_3"), now=1.0)
    assert [len(s.events) for s in g.stories] == [2, 1]

    killed = [Quantity(12, "person", "exact", "12 people")]
    g2 = Group(partition=0)
    g2.add_event(ev("ev_a", type_="ASSAULT", location=None, quantities=killed), now=1.0)
    g2.add_event(ev("ev_b", type_="ASSAULT", article="ar_2",
                    quantities=[Quantity(15, "person", "at_least", "at least 15")]), now=1.0)
    g2.add_event(ev("ev_c", type_="ASSAULT", article="ar_3", date="2024-03-05",
                    quantities=[Quantity(40, "person", "exact", "40 people")]), now=1.0)
    assert [len(s.events) for s in g2.stories] == [2, 1]


def test_persons_split_adjacent_day_reports() -> None:
    g = Group(partition=0)
    g.add_event(ev("ev_1", person="Alfred Mutua"), now=1.0)
    g.add_event(ev("ev_2", person="Mutua", date="2024-03-05", article="ar_2"), now=1.0)
    # Another pure id (no place) on an adjacent day, but another person: another story.
    g.add_event(ev("ev_3", person="Jeje Odongo", date="2024-03-05", article="ar_3",
                   location=None), now=1.0)
    assert [len(s.events) for s in g.stories] == [2, 1]


def test_duplicate_mentions_count_once_and_expiry() -> None:
    g = Group(partition=0)
    e = ev("ev_1", outlet_="one.example")
    g.add_event(e, now=10.0)
    assert e.story_id is not None
    story, changed = g.add_mention(e.story_id, "ar_dup", "two.example", None,
                                   "2024-03-04T12:00:00Z", now=11.0)
    assert story is not None and changed
    # A replayed mention counts nothing but still names its story, so the agent can
    # re-emit the story's record (lost if the worker died between table write and emit).
    assert g.add_mention(e.story_id, "ar_dup", "two.example", None, None,
                         now=12.0) == (story, False)
    assert g.add_mention("st_unknown", "ar_x", None, None, None, now=12.0) == (None, False)
    rec = g.stories[0].story_records()[0]
    assert (rec.num_mentions, rec.num_articles, rec.num_sources) == (2, 2, 2)
    # JSON state round trip (the changelog-backed table stores this).
    back = Group.from_json(loads(dumps(g.to_json())))
    assert back.stories[0].story_records() == g.stories[0].story_records()
    assert not back.expire(now=100.0, window_seconds=3600.0)
    assert back.expire(now=10_000.0, window_seconds=3600.0) and back.stories == []


def test_canonical_id_does_not_depend_on_arrival_order() -> None:
    a = ev("ev_1")
    b = ev("ev_2", location=None, article="ar_2")
    one, two = Group(partition=0), Group(partition=0)
    for e in (a, b):
        one.add_event(e, now=1.0)
    for e in (b, a):
        two.add_event(e, now=1.0)
    ids1 = {(r.story_id, r.merged_into) for r in one.stories[0].story_records()}
    ids2 = {(r.story_id, r.merged_into) for r in two.stories[0].story_records()}
    assert ids1 == ids2


def test_story_record_type() -> None:
    g = Group(partition=0)
    g.add_event(ev("ev_1"), now=1.0)
    assert isinstance(g.stories[0].story_records()[0], Story)


def test_purity_and_completeness() -> None:
    from pipeline.story_eval import memberships, score

    gold = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y", "f": "z"}
    predicted = {"a": {"S1"}, "b": {"S1"}, "c": {"S2"}, "d": {"S3", "S4"}, "e": {"S3"}}
    s = score(gold, predicted)
    # S1 {a,b} S2 {c} S3 {d,e} S4 {d}: all pure; x split 2+1, y together; f unclustered.
    assert s.purity == 1.0
    assert s.completeness == (2 + 2) / 5
    assert s.coverage == 5 / 6 and s.predicted_stories == 4 and s.gold_stories == 3
    mixed = score({"a": "x", "b": "y"}, {"a": {"S"}, "b": {"S"}})
    assert mixed.purity == 0.5 and mixed.completeness == 1.0
    events = [{"story_id": "st_b", "article": {"article_id": "a"}}]
    stories = {"st_b": {"story_id": "st_b", "merged_into": "st_a"}}
    assert memberships(events, stories, {"dup": "a"}) == {"a": {"st_a"}, "dup": {"st_a"}}

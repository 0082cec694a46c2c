"""Figures as the eval guide counts them: the value a sentence states, read exactly.

Made-up agency sentences; the guards share a rule's surface shape but must keep their
old reading.
"""

from __future__ import annotations

import pytest

from pipeline.quantities import find_quantities


def _values(text: str) -> list[float]:
    return [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("The court fined the carmaker 16.6 billion won for rigging emissions tests.", 16.6e9),
    ("Ottawa set aside 16.4 billion Canadian dollars for wildfire relief.", 16_400_000_000),
    ("The World Bank approved a $32.7m grant for flood relief in Sindh.", 32_700_000),
    ("Tokyo pledged 1.15 trillion yen to the fund.", 1_150_000_000_000),
])
def test_a_scaled_decimal_is_the_stated_figure(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(("text", "value"), [
    # guards: no scale word, the decimal stays as written
    ("The river rose 16.6 metres overnight in the flooded province.", 16.6),
    ("The central bank cut rates by 0.25 percentage points on Tuesday.", 0.25),
    ("Inflation reached 8.2 per cent in March, the statistics office said.", 8.2),
    ("The striker ran 10.3 km during the final, the club said.", 10.3),
    ("The quake measured 6.4 on the Richter scale near the coast.", 6.4),
    ("Turnout was 64.6% in the runoff, the election commission said.", 64.6),
    ("The suspect was 1.8 m tall, according to police in Lyon.", 1.8),
    ("The opposition won 33.3 percent of the seats in Kenya's assembly.", 33.3),
])
def test_an_unscaled_decimal_stays_as_written(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Two hundred protesters were detained outside parliament in Tbilisi.", 200),
    ("Police said three hundred and twelve people had been arrested since Friday.", 312),
    ("Five hundred Kenyan police officers will deploy to Haiti next month.", 500),
    ("Two dozen migrants drowned off the Libyan coast, the IOM said.", 24),
    ("Half a million people fled the fighting in North Kivu.", 500_000),
    ("Two hundred thousand troops massed near the border, Kyiv said.", 200_000),
    ("More than two dozen miners were trapped after the collapse in Zacatecas.", 24),
])
def test_a_number_word_times_hundred_dozen_or_scale(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "values"), [
    # guards: the multiplier words in other senses keep their old reading
    ("A hundred lawmakers signed the petition against the president.", [100]),
    ("The sprinter won by two hundredths of a second in Rome.", [2]),
    ("The ministry said two and three-year terms were under review.", [3]),
    ("The senator held a hundred-year-old document at the hearing.", []),
    ("Police arrested two and charged one over the Madrid stabbing.", [2, 1]),
    ("Thousands of farmers, some one hundred tractors among them, blocked roads.", [1000, 100]),
    ("A dozen eggs cost two dollars in Caracas.", [12, 2]),
    ("Dozens of villagers, a hundred by one account, fled into Uganda.", [12]),
])
def test_multiplier_words_in_other_senses(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "value"), [
    ("More than 1.2m people have fled the fighting in Sudan, the UN said.", 1_200_000),
    ("Some 3m Syrian refugees live in Turkey, Ankara says.", 3_000_000),
    ("The 2.3m refugees in Turkey face new rules.", 2_300_000),
    ("The 10m Palestinians under blockade cannot travel.", 10_000_000),
    ("Officials said 5m Ukrainians had left the country since 2022.", 5_000_000),
    ("The firm sold 4m phones in India last year.", 4_000_000),
    ("The government approved a $1.5-billion package for flood victims.", 1_500_000_000),
    ("Iran said it was owed a 400-million-pound debt by Britain.", 400_000_000),
    ("The EU approved a 50-billion-euro support fund for Ukraine.", 50_000_000_000),
])
def test_a_glued_or_hyphenated_scale_multiplies(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "values"), [
    # guards: a glued "m" with no counted noun after it is metres, a race or a name
    ("Police said the suspect was 1.8m tall and wore a black coat.", [1.8]),
    ("Jamaica's sprinter won the 100m final in Budapest on Sunday.", [100]),
    ("Workers built a 5m-high barrier along the Polish border.", [5]),
    ("The 400m hurdles champion was banned for doping by the AIU.", [400]),
    ("The ship sank in 30m of water off the Greek coast.", [30]),
    ("The tunnel runs 2.5m below the border crossing at Rafah.", [2.5]),
    ("A 3m wall separates the two districts of Nicosia.", [3, 2]),
    # review: a singular noun, "a" before the number, or a name before a thing is a length
    ("A 4m Iranian drone was shown at the parade.", [4]),
    ("The 8m Chinese containers were seized at the port.", [8]),
    ("He cleared 2.3m Olympic champions have managed that.", [2.3]),
    ("A 5m Russian boat was found drifting off Hokkaido.", [5]),
    ("An 11m Indian trawler sank off Goa.", [11]),
    ("The 12m Kenyan Airways jets were grounded.", [12]),
])
def test_a_glued_m_without_a_counted_noun_is_no_million(text: str,
                                                       values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("The court sentenced the former governor to seven and a half years in prison.", [7.5]),
    ("A Moscow court jailed the journalist for 14 and a half years on treason charges.", [14.5]),
    ("The two leaders held two and a half hours of talks in Ankara.", [2, 2.5]),
    ("The ex-minister received a four-and-a-half-year sentence for graft.", [4.5]),
    # review: "for a year and a half" is one term of 1.5, not also a term of 1
    ("He was jailed for a year and a half for insulting the king.", [1.5]),
    ("The truce held for a day and a half.", [1.5]),
    ("It was 6.5 and a half.", [6.5]),
    ("Some one and a half million people have been displaced, the UN said.", [1_500_000]),
    ("The talks lasted an hour and a half, the Kremlin said.", [1.5]),
    ("The deal had taken a year and a half to prepare.", [1.5]),
])
def test_and_a_half_adds_half(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize("text", [
    # review: "a year and a half" that places an event in time is no term
    "A year and a half ago, the rebels seized the town.",
    "Hamas said one of the hostages was killed a year and a half ago.",
    "The ceasefire came a year and a half after the war began.",
    "The ceasefire began an hour and a half after midnight.",
    "Talks stalled a year and a half later, officials in Seoul said.",
])
def test_a_year_and_a_half_placing_an_event_is_no_term(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(("text", "values"), [
    # guards: "half" that halves nothing the number counts
    ("Gunmen killed two men and a half-brother of the mayor in Sinaloa.", [2]),
    ("Flags flew at half-mast after two soldiers and a half dozen civilians died.", [2]),
    # ("twice" counts two occurrences; the halves count nothing)
    ("The striker scored twice in the second half and a half-time row followed.", [2]),
    ("Police arrested three and a half-hearted search followed, critics said.", [3]),
    ("He served two years and a half of his term before the pardon.", [2]),
    ("The match was delayed by an hour and half the crowd left.", []),
])
def test_half_in_other_senses(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("Sudan's army offered pauses of two to three days in El Fasher, mediators said.", [2]),
    ("Mediators floated a two to three-day truce to let aid into Gaza.", [2]),
    ("Between five and ten soldiers were killed in the ambush in Mali.", [5]),
    ("Officials said four to five hundred protesters gathered in Lima.", [400]),
    ("Police said one to two dozen people were hurt in the crush.", [12]),
    ("He has two to three weeks to appeal the verdict in Paris.", [2]),
    ("The charge carries three to five years in jail under Thai law.", [3]),
    ("The army cut the garrison from four to two battalions in Sahel.", [4, 2]),
])
def test_a_range_in_words_gives_its_low_figure(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    # guards: no range ("to" joins no low and high figure) keeps the old reading
    ("The Senate voted nine to six to advance the bill in Canberra.", []),
    ("The two leaders held one to one talks in Geneva on Tuesday.", [2, 1]),
    ("Twenty-five soldiers were killed in the raid near Timbuktu.", [25]),
    ("The committee voted two to one against the motion in Dublin.", []),
])
def test_words_joined_by_to_that_are_no_range(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("Three Russian Tu-95 bombers flew near Alaskan airspace on Friday.", [3]),
    ("A dozen Dutch F-35 fighter jets landed in Romania, the ministry said.", [12]),
    ("Turkey took delivery of two S-400 batteries from Russia.", [2]),
    ("Ukraine received four Su-25 attack aircraft from North Macedonia.", [4]),
    ("Two A-10 warplanes flew over the base in Syria, a monitor said.", [2]),
])
def test_a_model_designator_is_a_modifier_of_the_counted_noun(text: str,
                                                              values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    # guards: designators and numbered names elsewhere in the sentence
    ("The two men met at Gate B-12 of the airport in Doha.", [2]),
    ("Chelsea won 3-1 as two late goals sank Arsenal at Stamford Bridge.", [3, 1, 2]),
    ("He served two terms, F-16 pilots told the inquiry in Brussels.", [2]),
    ("Seven people died when an Il-76 transport plane crashed near Belgorod.", [7]),
    ("The court heard that one M-23 commander ordered the killings in Goma.", []),
    ("Two weeks later, MH-17 investigators published their findings in The Hague.", [2]),
    # (the designator in the plural is itself the counted noun: two aircraft)
    ("Two F-16s crashed in Arizona during a training flight.", [2]),
    ("Rescuers found five bodies near Route 6 after the flood in Texas.", [5]),
])
def test_designators_not_between_a_number_and_its_noun(text: str,
                                                       values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize("text", [
    "Norway expelled a Chinese diplomat over the spying case on Tuesday.",
    "Thailand deported a British journalist who had covered the protests.",
    "The Netherlands expelled an Iranian diplomat after the bomb plot.",
    "A Belgian diplomat was expelled from Moscow on Monday.",
    "The Kremlin said a diplomat had been deported.",
    "A migrant was deported to Guatemala on Friday, officials said.",
])
def test_an_expelled_person_counts_one(text: str) -> None:
    assert _values(text) == [1]


@pytest.mark.parametrize("text", [
    # guards: the person is no object of the expulsion
    "Lithuania's foreign minister, a former diplomat, said the expulsions were justified.",
    "A Russian diplomat said Moscow would respond to the expulsions in kind.",
    "A British journalist covered the deportation flights from Texas.",
    "As a diplomat, she said, she had opposed the expulsion of envoys.",
    "A man said Germany had deported him to Afghanistan in 2019.",
    "Italy expelled a ship's crew after the migrant rescue off Lampedusa.",
    "The party expelled a senator who had backed the budget in Rome.",
    "The court ruled that the deportation of a refugee to Rwanda was unlawful.",
    # review: a school, a party or an order expelling one of its own is no expulsion by a
    # state (only a state's agents and nationals are counted)
    "The school expelled a student for cheating.",
    "Officials said a man has been expelled from the party.",
    "The party expelled a teacher who criticised the mayor.",
    "The monastery expelled a monk for theft.",
])
def test_a_person_beside_an_expulsion_counts_nothing(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize("text", [
    "Chad asked Germany to close its embassy within a month.",
    "A Moscow court jailed the blogger for a year for insulting the army.",
    "Uganda shut the border crossing for a week after the Ebola outbreak.",
    "The regulator suspended the airline's licence for a day in Lagos.",
    "Officials must respond within a week, the judge in Nairobi ruled.",
    "The league banned the striker for a year after a doping test in Madrid.",
    "Authorities in Dhaka shut the port for a week before the cyclone hit.",
    "The court jailed the blogger for a year, the biggest sentence of its kind.",
])
def test_for_or_within_a_unit_is_a_term_of_one(text: str) -> None:
    assert _values(text) == [1]


@pytest.mark.parametrize(("text", "values"), [
    # guards: "a year/week/day" that is a rate, a date or a noun phrase, no term
    ("About 100 aid trucks a day are needed in Gaza, the UN said.", [100]),
    ("The minister visits the front once a week, his office said.", []),
    ("The court sat for a year-end review of the case in Madrid.", []),
    ("Workers were paid for a day's work after the strike in Dhaka.", []),
    ("A week after the vote, protesters returned to the streets of Tbilisi.", []),
    ("The ceasefire was agreed a year ago in Doha, the mediators said.", []),
    ("The opposition called for a day of national mourning in Caracas.", []),
    ("Protesters pushed for a week of strikes across France.", []),
    ("Refugees crossed at a rate of 2,000 a day into Chad.", [2000]),
    # review: "for a year" after a superlative or ordinal means "in a year"; "a year or
    # two" gives no figure; "a day after the war" is a moment
    ("Rebels killed three soldiers, the worst attack for a year.", [3]),
    ("It was the first such strike in the region for a year.", []),
    ("Israel was preparing for a day after the war.", []),
    ("Troops will stay for a year or two.", []),
    ("It was the highest rate for a month, the central bank in Ankara said.", []),
])
def test_a_unit_with_a_that_is_no_term(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "quantities"), [
    ("Air defences tracked five rockets over Haifa and intercepted four of them.",
     [(5, "rocket"), (4, "rocket")]),
    ("The rebels held nine hostages and freed four of them on Sunday.",
     [(9, "hostage"), (4, "hostage")]),
    ("Customs agents stopped six lorries near Calais and seized three of those.",
     [(6, "lorry"), (3, "lorry")]),
    # review: a part takes the unit of the group named before it
    ("Hezbollah fired 30 rockets, 20 of which were intercepted.", [(30, "rocket"), (20, "rocket")]),
    ("Russia launched 50 drones overnight and Ukraine shot down 44 of them, the air force said.",
     [(50, "drone"), (44, "drone")]),
])
def test_a_number_of_a_pronoun_counts_a_part_of_the_group(
        text: str, quantities: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == quantities


@pytest.mark.parametrize(("text", "values"), [
    # review: with no group named before, "N of them" is as vague as a bare number word
    ("He met three of them on Monday.", []),
    ("The ministry named five of them.", []),
    ("Two of those who died were police officers.", []),
    ("The army said it fired $30m of shells, two of which missed.", [30_000_000]),
])
def test_a_part_of_no_named_group_counts_nothing(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    # guards: "one of them", "both", "neither", "many" count no part
    ("One of them said the talks in Doha had stalled.", []),
    ("The coalition has two options, and neither of them is easy, the minister said.", [2]),
    ("Both of them were questioned by police in Lagos on Monday.", []),
    ("Many of them fled to Chad, the UNHCR said.", []),
    ("Police detained 30 protesters, five of whom were later charged in Minsk.", [30, 5]),
    ("The court heard two of the cases, both of which involved bribery.", [2]),
    ("Officials said the army fired on the convoy, killing three of those on board.", [3]),
    ("One of those present was a Ghanaian envoy, officials in Accra said.", []),
])
def test_pronoun_partitives_that_count_no_part(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "value"), [
    ("Coastguards set a five-nautical-mile exclusion zone around the stricken tanker.", 5),
    ("Israel declared a two-square-kilometre closed military zone near Jenin.", 2),
    ("Peru set up a 12-nautical-mile exclusion area off its coast.", 12),
])
def test_a_unit_glued_after_a_modifier(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "values"), [
    # guards: hyphen chains whose second word is no unit, or whose first already is
    ("Workers built a 30-metre-high wall along the border with Morocco.", [30]),
    ("He received a 10-year-old car as a bribe, prosecutors in Sofia said.", []),
    ("The two-day-old truce collapsed in Khartoum on Tuesday.", [2]),
    ("The three-year-long siege ended in the city of Marawi.", [3]),
    ("The five-star hotel in Kabul was attacked by gunmen on Sunday.", []),
    ("The 10-point-plan was unveiled by the ministry in Bogota.", [10]),
    ("The three-party-coalition collapsed in Kathmandu.", []),
    ("A 24-48-hour pause was floated by mediators in Cairo.", [24]),
])
def test_hyphen_chains_that_keep_their_reading(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "value"), [
    ("Chinese jets violated Taiwan's airspace four times this month.", 4),
    ("Police said the gunman fired at the crowd three times before fleeing.", 3),
    ("The court postponed the hearing five times since March in Ankara.", 5),
    ("Russian jets violated Estonian airspace four times in March, Tallinn said.", 4),
    ("The building was hit four times, a spokesman in Kharkiv said.", 4),
    ("Turkey's central bank raised rates three times this year.", 3),
])
def test_a_number_word_times_counts_occurrences(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "values"), [
    # guards: "times" as a multiplier or a name
    ("The budget is three times as large as last year's, the minister said.", []),
    ("Prices rose four times faster than wages in Buenos Aires.", []),
    ("The new dam holds two times the water of the old one.", []),
    ("The Times reported that two officials had resigned in London.", [2]),
    ("The envoy visited Kyiv four times more often than Moscow.", []),
    ("Protests drew three times more people than the rally in Lima.", []),
    ("Exports were five times greater than in 2022, the ministry said.", []),
    ("The new tariff is two times that of the old one, traders in Lagos said.", []),
    # review: a multiplier before "what", a possessive or "from", a factor of growth, and
    # a frequency ("four times a day") count no occurrences
    ("The drone cost four times what the missile cost.", []),
    ("Ukraine's output is two times Russia's.", []),
    ("Prices were up three times from last year.", []),
    ("Egypt's population has grown three times since 1970.", []),
    ("Four times a day, patrols pass.", []),
    ("Rents in Lisbon rose three times in a decade.", []),
])
def test_times_as_a_multiplier_counts_nothing(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "value"), [
    ("Two medics held by the gunmen were freed in Yerevan on Saturday.", 2),
    ("Five Ukrainian medics were captured near Bakhmut, Kyiv said.", 5),
    ("Israeli fire killed three paramedics in Rafah, the Red Crescent said.", 3),
])
def test_medics_are_counted_people(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "values"), [
    # guards: other "-ics" words stay no counted noun; "medic(al)" elsewhere
    ("Medics said 12 people died in the crush in Seoul.", [12]),
    ("Two medical teams reached the quake zone in Herat.", [2]),
    ("The two economics ministers met in Brussels on Monday.", [2]),
    ("Three politics students were arrested in Dhaka on Sunday.", [3]),
    ("A medic treated two wounded soldiers near Avdiivka.", [2]),
    ("Four logistics firms were sanctioned by the US Treasury.", [4]),
    ("Two of the medics' ambulances were hit by shelling in Kherson.", [2]),
    ("Five tactics were discussed at the NATO meeting in Vilnius.", []),
])
def test_ics_words_that_are_no_medics(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "value"), [
    ("Canberra sent two Royal Australian Navy offshore patrol boats to Tonga.", 2),
    ("Five United Nations Security Council members called for a vote.", 5),
    ("The two South Korean coast guard officers said the ferry sank.", 2),
    ("Four Revolutionary Guards Quds Force officers were killed in Damascus.", 4),
])
def test_a_name_of_several_words_is_one_modifier(text: str, value: float) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(("text", "quantities"), [
    # review: a unit word inside a name is no unit while the name goes on ...
    ("Police killed three Islamic State Group commanders on Monday.", [(3, "commander")]),
    ("The 12 Day War ended in June, officials in Tehran said.", [(12, "day")]),
    ("Two House Republicans proposed the bill in Washington.", [(2, "republican")]),
    ("Ukraine Says Four Russian Jets Downed", [(4, "jet")]),
    ("Two Dead After Russian Drones Hit Kyiv Apartment Blocks", [(2, "person")]),
    ("Two Islamic State fighters were killed in Raqqa.", [(2, "fighter")]),
    ("Rebels seized two United Nations World Food Programme trucks.", [(2, "truck")]),
    # ... and a glued "m" that is no million is a length: the noun after is measured
    ("The 2m Ukrainian Navy patrol boat sank.", [(2, "count")]),
    ("The 3m Chinese wall panels were delivered.", [(3, "count")]),
])
def test_names_and_lengths_before_a_noun(text: str, quantities: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == quantities


@pytest.mark.parametrize(("text", "values"), [
    # guards: long names before no counted noun, or before one already read (the Sri
    # Lanka Freedom Party lawmakers are one more should-case)
    # "Police" inside the name counted before the review mend; a speaker counts nothing
    ("One New York Police Department spokesman says the suspect fled.", []),
    ("Two years after Prime Minister Narendra Modi visited Kabul, ties remain cool.", [2]),
    ("Three European Union foreign policy chief aides resigned in Brussels.", []),
    ("Two World Food Programme staff said aid had run out in Gaza.", [2]),
    ("Seven Boko Haram faction leaders surrendered in Borno, the army said.", [7]),
    ("The three Supreme Court judges said the appeal was lost.", [3]),
    ("Two Sri Lanka Freedom Party lawmakers crossed the floor in Colombo.", [2]),
    ("Police in New South Wales said one Sydney Harbour Bridge lane was shut.", []),
])
def test_long_names_keep_their_reading(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    # review of the casualty totals: groups joined by "and" are not one count when they are
    # two sides of a swap, when a new clause starts, or when a list restates its whole
    ("The deal provides for the release of 33 hostages and 1,900 prisoners.", [33, 1900]),
    ("The truce saw 105 hostages and 240 Palestinian prisoners freed.", [105, 240]),
    ("Rebels killed 12 soldiers and two officials said the toll would rise.", [12, 2]),
    ("Police arrested three journalists and two activists said they were beaten.", [3, 2]),
    ("Israel freed a Palestinian teenager and 20 women prisoners were returned.", [1, 20]),
    ("Five officials and 200 troops arrived after one soldier was killed.", [5, 200, 1]),
    ("Two soldiers and four officials attended the funeral of a soldier killed on Monday.",
     [2, 4, 1]),
    ("The shelling killed 20 people, 15 children and five women.", [20, 15, 5]),
])
def test_groups_joined_by_and_are_not_summed(text: str, values: list[float]) -> None:
    """A guard, not a spec: no rule sums groups now (the casualty totals were reverted
    after review); these sentences are the review's, for any rule that tries again."""
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    ("The drone strike killed Salah al-Arouri, 57, in Beirut.", []),
    ("Police arrested Ahmed Ali, 23, and his brother Hassan, 19, in Karachi.", []),
    ("Kirchner, 69, a two-time former president, faces a corruption trial.", []),
    ("The victim was identified as the shop owner, Ali Hassan, 57.", []),
    ("Sharmahd, 69, was executed over a 2008 bombing that killed 14 people.", [14]),
    ("Suspects aged 18 to 25 were detained in Dhaka on Monday.", []),
    ("Police arrested 14 people aged between 16 and 24 in Nairobi.", [14]),
    ("The group, aged 20 to 30, marched on parliament in Accra.", []),
    ("Three 14-year-olds were arrested after the riot in Marseille.", [3]),
])
def test_an_age_counts_nothing(text: str, values: list[float]) -> None:
    """An age set off by commas after a name, or after "aged", is no count of people."""
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    # guards: a number after a comma that counts (a country's share, a clause's subject, a
    # figure no one reaches as an age)
    ("Troops from Mali, 12, Niger, 5, and Chad, 3, were killed in the ambush.", [12, 5, 3]),
    ("In Gaza, 30 people were killed overnight, the ministry said.", [30]),
    ("In Kharkiv, 12 people were wounded, the governor said.", [12]),
    ("On Monday, 40 people were arrested, police in Dhaka said.", [40]),
    ("Rebels freed the hostages, 14, on Sunday near Goma.", [14]),
    ("The army said it killed insurgents, 120, in the raid in Borno.", [120]),
    ("Of the 40 detained in Lagos, 12, including two minors, were freed.", [40, 12, 2]),
    ("Police said Tuesday, about 50, had been hurt in the clashes in Lima.", [50]),
])
def test_a_count_after_a_comma_stays(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "values"), [
    # a day or a month, a group, a body or a province is no name with an age; a figure
    # closing a clause that counts already is a gapped count
    ("Israeli strikes killed 45 people on Monday and, by Tuesday, 60, health officials in "
     "Gaza said.", [45, 60]),
    ("Russia said it shot down 30 Ukrainian drones on Friday and, on Saturday, 45.", [30, 45]),
    ("Police in Paris arrested 40 people on Friday and, after the march on Saturday, 25.",
     [40, 25]),
    ("Israel released 90 Palestinian prisoners on Sunday and Hamas, 13.", [90, 13]),
    ("Fighters from Hamas, 40, and Islamic Jihad, 12, were killed in Israeli raids.",
     [40, 12]),
    ("Ukraine's SBU detained 12 Russian agents; Belarus's KGB, 4.", [12, 4]),
    ("The toll by province: Helmand, 14; Kandahar, 9; Kunduz, 6.", [14, 9, 6]),
    # still ages
    ("Navalny, 47, died in an Arctic prison.", []),
    ("Police shot Juan Perez, 34, and Maria Lopez, 29, in Caracas.", []),
])
def test_counts_after_days_groups_and_places_stay(text: str, values: list[float]) -> None:
    assert _values(text) == values


def _counted(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "money"), [
    ("India announced aid worth Rs 500 crore for flood victims in Sri Lanka.",
     [(5_000_000_000, "rupee")]),
    ("The state announced an ex-gratia of Rs 2 lakh for each family of the dead.",
     [(200_000, "rupee")]),
    ("Bangladesh allocated Tk 500 crore for the camps in Cox's Bazar.",
     [(5_000_000_000, "bdt")]),
    ("India extended a line of credit of ₹ 4,000 crore to Colombo.",
     [(40_000_000_000, "inr")]),
    ("The government sanctioned a Rs 1,200-crore package for flood-hit districts.",
     [(12_000_000_000, "rupee")]),
    ("Police said 2 lakh people joined the rally in Kolkata.", [(200_000, "person")]),
    ("Canada imposed tariffs on C$30 billion of U.S. goods.", [(30_000_000_000, "cad")]),
    ("Kenya will lend Uganda Sh2 billion for the pipeline.", [(2_000_000_000, "shilling")]),
    ("Brazil pledged R$5 billion to protect the Amazon.", [(5_000_000_000, "brl")]),
    ("Switzerland froze CHF 7.5 billion in Russian assets.", [(7_500_000_000, "chf")]),
    ("Egypt received EGP 10 billion from the Gulf fund.", [(10_000_000_000, "egp")]),
])
def test_money_in_other_currencies_and_scales(text: str, money: list[tuple[float, str]]
                                              ) -> None:
    assert _counted(text) == money


@pytest.mark.parametrize(("text", "values"), [
    # guards: letters that only look like a currency before a number
    ("Mrs 5 said nothing at the hearing in Lahore.", [5]),
    ("The flash 5 flood warning was lifted in Sindh.", [5]),
    ("The A$ rose 2 percent against the US$ on Monday.", [2]),
    ("The army killed 5 militants in Bajaur, officials said.", [5]),
])
def test_letters_before_a_number_that_are_no_currency(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(("text", "quantities"), [
    # "NPR" is the radio, not Nepal's rupee; an ISO code is read in capitals only
    ("A police official told NPR 40 people were arrested in Nairobi.", [(40, "person")]),
    ("An aid worker told NPR 40 homes were destroyed in Kherson.", [(40, "home")]),
    ("The Kenyan court fined him kes 40,000 for the protest.", [(40_000, "count")]),
])
def test_capitals_that_name_no_currency(text: str, quantities: list[tuple[float, str]]) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "values"), [
    ("Chinese aircraft had entered Japanese airspace twice before, Tokyo said.", [2]),
    ("The foreign ministry summoned the Dutch envoy twice over the weekend.", [2]),
    ("A group linked to Islamic State has twice claimed to have downed the plane.", [2]),
    ("North Korea has twice tested missiles this month, Seoul said.", [2]),
    ("Rebels attacked the base near Goma thrice in a week.", [3]),
])
def test_twice_counts_two_occurrences(text: str, values: list[float]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize("text", [
    # guards: a multiplier, a frequency, an idiom, a compound, a factor of growth
    "Students might think twice about studying in Australia, Beijing warned.",
    "The twice-weekly markets in border towns were suspended.",
    "Exports to China are twice as large as a decade ago.",
    "The envoy visits Kabul twice a year, the ministry said.",
    "Output grew twice over the decade, the statistics office said.",
    "Iran's defence budget is twice Iraq's, the institute said.",
    "Russia's spending is twice that of Ukraine, analysts said.",
    "He was paid twice over for the same contract in Lagos.",
])
def test_twice_as_a_multiplier_or_frequency_counts_nothing(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize("text", [
    # a multiplier before a possessive or "normal", a frequency in "-ly", a vague "once or
    # twice", a growth with an adverb between
    "Prosecutors in Lagos charged the governor, who paid himself twice his official salary.",
    "Russian shelling pushed radiation at the Zaporizhzhia plant to twice normal levels.",
    "The UN said Israel allowed aid convoys into Gaza twice weekly.",
    "Greek police will patrol the border with Turkey twice nightly, the minister said.",
    "Hezbollah fired rockets at northern Israel once or twice on Sunday, the army said.",
    "The WHO said strikes on clinics are twice last year's level.",
    "Prices of bread doubled, or rose nearly twice, in Khartoum.",
])
def test_twice_as_a_multiplier_frequency_or_vague_figure(text: str) -> None:
    assert _values(text) == []


def test_twice_takes_the_qualifier_before_it() -> None:
    assert [(q.value, q.qualifier) for q in find_quantities(
        "Iran summoned the British ambassador more than twice this month.")] == [
        (2, "at_least")]


@pytest.mark.parametrize(("text", "quantities"), [
    ("Israel carried out two air strikes on Gaza overnight.", [(2, "strike")]),
    ("Her husband staged two hunger strikes outside the Foreign Office.", [(2, "strike")]),
    ("The U.S. launched three drone strikes in Somalia this week.", [(3, "strike")]),
    ("Five attacks on polling stations were reported in Kano.", [(5, "attack")]),
    ("Kyiv said it repelled 23 Russian attacks near Pokrovsk.", [(23, "attack")]),
])
def test_strikes_and_attacks_are_counted_nouns(text: str, quantities: list[tuple[float, str]]
                                               ) -> None:
    """After a number, "strikes" and "attacks" are nouns, not the headline verbs."""
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    # guards: the verb after a subject, and a year before the noun
    ("Two Dead As Russia Strikes Kyiv", [(2, "person")]),
    ("Three Killed In Israeli Strikes On Gaza", [(3, "person")]),
    ("One soldier attacks his commander in Kabul", [(1, "soldier")]),
    ("Five Russian jets strike Aleppo, killing 12.", [(5, "jet"), (12, "person")]),
    ("He was convicted over a 2009 attack on army headquarters.", []),
    ("Security was tightened after the September 11, 2001 attacks.", []),
    ("More than 1,100 people were killed in violence after the 2007 vote.",
     [(1100, "person")]),
    ("Kyaw Min Yu, a leader of the 1988 student uprising, was arrested.", []),
])
def test_headline_verbs_and_years_keep_their_reading(text: str,
                                                     quantities: list[tuple[float, str]]
                                                     ) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    # a year before an event noun is no count of events
    ("Since 2019 attacks on hospitals in Sudan have doubled, the WHO said.", []),
    ("In 2022 attacks by al-Shabaab killed hundreds of Somali soldiers.",
     [(100, "soldier")]),
    ("Since 2014 strikes by Israel have killed thousands of people in Gaza.",
     [(1000, "person")]),
    ("Security was tightened after the September 11 2001 attacks in New York.", []),
    # a 4-digit figure before a plural count noun is counted, after a determiner or a year too
    ("Ukraine said Russia had released the 1950 prisoners on Sunday.", [(1950, "prisoner")]),
    ("Italy said it would deport the 1900 migrants rescued off Lampedusa.",
     [(1900, "migrant")]),
    ("Russia will withdraw its 2000 soldiers from the base in Armenia.", [(2000, "soldier")]),
    ("In 2023, 1800 migrants drowned in the central Mediterranean, the IOM said.",
     [(1800, "migrant")]),
    ("Russia launched more than 2000 strikes on Kharkiv in May.", [(2000, "strike")]),
])
def test_years_before_event_nouns_and_figures_before_count_nouns(
        text: str, quantities: list[tuple[float, str]]) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    ("Turkey shot down two F-16s over the Aegean, the ministry said.", [(2, "f-16")]),
    ("Ukraine shot down 2 Su-34s over Kherson on Friday.", [(2, "su-34")]),
    ("Russia deployed four S-400s to Belarus, Minsk said.", [(4, "s-400")]),
    ("Pyongyang tested two ICBMs in July, Seoul said.", [(2, "icbm")]),
    ("Pashinyan was detained along with two other opposition MPs.", [(2, "mp")]),
])
def test_a_model_or_an_acronym_in_the_plural_is_the_counted_noun(
        text: str, quantities: list[tuple[float, str]]) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    # guards: the model or acronym as a modifier, with no number, or before a counted noun
    ("Two F-16 pilots were killed in the crash in Romania.", [(2, "pilot")]),
    ("He was one of the MPs who voted against the bill.", []),
    ("Two NATO allies objected to the plan in Brussels.", [(2, "ally")]),
    ("Ten US Navy sailors were detained by Iran in the Gulf.", [(10, "sailor")]),
    ("Four IDF soldiers were wounded in Jenin on Tuesday.", [(4, "soldier")]),
])
def test_models_and_acronyms_as_modifiers(text: str, quantities: list[tuple[float, str]]
                                          ) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    ('Reverol said the six "terrorists and hitmen" had been detained.', [(6, "terrorist")]),
    ('The ministry said 26 "armed criminals" had been killed in Almaty.', [(26, "criminal")]),
    ("Israel said it struck 30 “Hamas targets” overnight.", [(30, "target")]),
])
def test_a_counted_noun_in_quotes(text: str, quantities: list[tuple[float, str]]) -> None:
    """The noun as the source put it, in quotes right after the number, is still counted."""
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    # guards: a quoted title, which is a name
    ('Police said 12 "Days of Rage" protesters were detained in Tehran.', [(12, "count")]),
    ('Activists marked 100 "Days of Resistance" in Minsk.', [(100, "count")]),
    # a quote that opens no noun, or a quote around the whole figure
    ('He said 12 "would be freed soon", the agency reported.', [(12, "count")]),
    ('The minister said "12 people" had been arrested in Lagos.', [(12, "person")]),
    ('Officials said 3 were killed and "many more" hurt in the blast.', [(3, "person")]),
])
def test_quotes_that_open_no_counted_noun(text: str, quantities: list[tuple[float, str]]
                                          ) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    ("The group stormed the base, killing a police colonel and wounding several officers.",
     [(1, "colonel")]),
    ("Israel killed a Hamas commander in a strike on Rafah.", [(1, "commander")]),
    ("Militants abducted a district judge in Balochistan.", [(1, "judge")]),
    ("Police shot dead a suspected gunman after the attack.", [(1, "gunman")]),
    ("A government minister was killed in the blast in Mogadishu.", [(1, "minister")]),
    ("Security forces shot dead local resident Gulbiddin Ziyobekov.", [(1, "resident")]),
])
def test_a_role_acted_on_counts_one(text: str, quantities: list[tuple[float, str]]) -> None:
    """A role after "a" as the whole object of a killing, capture or release, or as the
    subject of its passive, counts one person."""
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    # guards: the role as a modifier, as a speaker, beside no act on a person, or the act
    # on something else
    ("Officials said the vote killed a general election bill in Nairobi.", []),
    ("The firm released a chief executive pay report on Monday.", []),
    ("Rescuers freed a marine mammal tangled in nets off Cornwall.", []),
    ("A judge ordered the release of five activists in Minsk.", [(5, "activist")]),
    ("A commander said 12 soldiers were killed near Bakhmut.", [(12, "soldier")]),
    ("A minister visited the wounded in hospital in Kabul.", []),
    ("Police released a candidate list for the local election.", []),
    ("An official was quoted as saying the talks in Doha had stalled.", []),
    ("The court heard how a judge's son was killed in Lahore.", []),
])
def test_roles_that_are_no_casualty_count_nothing(text: str,
                                                  quantities: list[tuple[float, str]]) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    # a first name that is also a role, a release from hospital or suspicion, a role that
    # names someone's relative
    ("Marine Le Pen was sentenced to four years in prison by a Paris court.", [(4, "year")]),
    ("A minister has been released from hospital in Kabul after the Taliban attack.", []),
    ("The verdict freed a judge from suspicion, the court in Lima said.", []),
    ("Police arrested the son of Governor Ali Khan in Peshawar.", []),
    # still counted
    ("Riyadh denied any role in the killing of journalist Jamal Khashoggi in Istanbul.",
     [(1, "journalist")]),
    ("A marine was killed in Okinawa.", [(1, "marine")]),
    ("Russia released a judge from custody.", [(1, "judge")]),
])
def test_roles_that_name_no_captive(text: str, quantities: list[tuple[float, str]]) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    ("He was sentenced to three years' hard labour in Pyongyang.", [(3, "year")]),
    ("The court gave her five years' imprisonment for spying.", [(5, "year")]),
    ("Diplomats were given seven days' notice to leave Bamako.", [(7, "day")]),
    ("North Korea sentences U.S. student to 15 years' hard labour", [(15, "year")]),
])
def test_a_term_in_the_possessive_is_counted(text: str, quantities: list[tuple[float, str]]
                                             ) -> None:
    assert _counted(text) == quantities


@pytest.mark.parametrize(("text", "quantities"), [
    # guards: other plural possessives modify the noun after them
    ("The two countries' foreign ministers met in Cartagena.", [(2, "minister")]),
    ("Two soldiers' bodies were recovered near Bakhmut.", [(2, "body")]),
])
def test_other_plural_possessives_keep_their_reading(text: str,
                                                     quantities: list[tuple[float, str]]
                                                     ) -> None:
    assert _counted(text) == quantities

"""Quality floor on our own gold set (tests/data/gold: Wikinews 2004 plus original articles).

Scored on the same path as ``newswire eval`` (normalize -> annotate -> extract -> enrich)
with the workers' spaCy pipeline. The floors are what the coder honestly reaches minus a
small margin, so a regression fails the suite; raise them when the coder improves, never
lower them to make a change pass.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from agents.resources import detect_language, load_gazetteer
from pipeline.annotate import annotate_batch
from pipeline.article_files import from_mapping
from pipeline.enrich import enrich
from pipeline.evaluate import Report, load_gold, score
from pipeline.extract import extract
from pipeline.filter_confidence import calibrated_drop_filter
from pipeline.normalize import normalize
from pipeline.settings import Settings
from schemas.codec import as_dict

GOLD = Path(__file__).parents[1] / "data" / "gold"
# Measured 2026-11-25 (session 2) after the set grew from 27 Wikinews articles (104
# required events, f1 0.696) to 52 articles (353 required events): 25 original articles
# on real 1990-2022 events, annotated before the coder ran on them. They are much harder
# than the 2004 stories (f1 0.35 on them alone), so the floors were reset to the bigger
# set: f1=0.446 p=0.48 r=0.42 quantity=0.93 date=0.90 place=0.83. Raised after the
# session's actor and trigger work (people dictionary, historical states, coordination,
# IGO/NGO groups, passives, third parties; MOBILIZE, CONCEDE, COOPERATE, PROTEST, RETREAT,
# ASSAULT precision, datelines, places of movements and agreements):
# f1=0.616 p=0.63 r=0.60 quantity=0.95 date=1.00 place=0.89 (0.622 / 0.64 / 0.61 at the
# session's end). Raised after the wt-actors session (crowds and legislators at home,
# coordinated and pronoun actors, agentless deployments, mediators, authored acts,
# national armies and movements): f1=0.678 p=0.69 r=0.67 quantity=0.96 date=0.98
# place=0.88. Session 3 (2026-12-04) raised the 52 articles to f1 0.727 and then grew the
# set to 120 articles (1,400 required events) with five fresh batches written that day
# (tests/data/gold/README.md): f1=0.646 p=0.69 r=0.61 quantity=0.98 date=0.88 place=0.88
# on the whole set. The floors were reset to the bigger set, as in session 2: it is harder,
# not the coder worse (the 52 alone still score 0.727).
# Session 4 (2026-12-05) raised the 120 articles to f1 0.682 date 0.95 place 0.92 and added
# three fresh batches of 8 dev-like articles (tests/data/gold/README.md): the 144 score
# f1=0.667 p=0.71 r=0.63 quantity=0.97 date=0.94 place=0.93. Floors raised to that minus
# the usual margin.
# Session 5 (2026-12-05) moved session 4's holdout in (150 articles: 0.669) and raised the
# set to 0.711, then added two fresh dev-like batches of 8 (tests/data/gold/README.md): the
# 166 score f1=0.700 p=0.74 r=0.66 quantity=0.99 date=0.95 place=0.94. Floors raised to
# that minus the usual margin.
# Session 6 (2026-12-05) moved session 5's holdout in (174 articles: 0.703) and added two
# fresh dev-like batches of 8 (190 articles: 0.702 with the first round's coder); its three
# rounds of rules took the 190 to f1=0.725 p=0.76 r=0.70 quantity=0.99 date=0.94
# place=0.95. Floors raised to that minus the usual margin (date kept at 0.93).
# Session 7 (2026-12-05) moved session 6's holdout in (198 articles: 0.722), raised them
# to 0.728 with two rounds of rules and added three fresh dev-like batches of 8 (222
# articles): f1=0.717 p=0.75 r=0.69 quantity=0.98 date=0.94 place=0.95. Floors kept: each
# is still at or below that minus the usual margin.
# Session 8 (2026-12-05) moved session 7's holdout in (230 articles: 0.714 with session 7's
# final code), raised them to 0.727 with four rounds of rules and added three fresh
# dev-like batches of 8 (254 articles): f1=0.714 p=0.75 r=0.68 quantity=0.97 date=0.94
# place=0.95. Floors kept: each is still at or below that minus the usual margin (quantity
# sits at its floor: the fresh batches' counts are harder).
# Session 9 (2026-12-05) moved session 8's holdout in (262 articles): f1=0.707 p=0.74
# r=0.67 quantity=0.98 date=0.94 place=0.95 with session 8's final code; its rules took
# the 262 to f1=0.723 p=0.76 r=0.69 quantity=0.99 date=0.94 place=0.95, then three fresh
# dev-like batches of 8 joined (286 articles): f1=0.705 p=0.74 r=0.68 quantity=0.98
# date=0.930 (1534 of 1650, just under 0.93) place=0.95. The date floor goes 0.93 -> 0.92
# for the bigger set, as in sessions 2 and 3: the fresh batches' dates are harder (0.88 on
# arrival), the coder is not worse (the 262 stay at 0.94). The other floors are kept.
# Session 10 (2026-12-05) moved session 8's second holdout in (294 articles): f1=0.702
# p=0.73 r=0.67 quantity=0.98 date=0.93 place=0.95 with session 9's final code; its rules
# took the 294 to f1=0.713 p=0.74 r=0.69 date=0.94 place=0.96, then three fresh dev-like
# batches of 8 joined (318 articles): f1=0.698 p=0.730 (0.7298) r=0.668 quantity=0.98
# date=0.93 place=0.95. F1, P and R go down one point each (0.70/0.73/0.67 ->
# 0.69/0.72/0.66) for the bigger set, as in sessions 2, 3 and 9: the fresh batches score
# 0.54 on arrival; the coder is not worse on the 294 it was pinned on (0.702 -> 0.713).
# Session 11 (2026-12-05) moved session 9's holdout in (326 articles): f1=0.696 p=0.73
# r=0.67 quantity=0.98 date=0.93 place=0.94 with session 10's final code; its rules took
# the 326 to f1=0.702 p=0.733 r=0.673 quantity=0.98 date=0.93 place=0.946, then three fresh
# dev-like batches of 8 joined (350 articles): f1=0.692 p=0.724 r=0.663 quantity=0.98
# date=0.93 place=0.929 (just under 0.93). The place floor goes 0.93 -> 0.92 for the bigger
# set, as the date floor did in sessions 2, 3 and 9: the fresh batches' places are harder
# (0.76 on arrival and at the end), the coder is not worse on the 326 (0.94 -> 0.946).
# The other floors are kept.
# Session 12 (2026-12-06) moved session 10's holdout in (358 articles): f1=0.689 (0.6894)
# p=0.721 r=0.661 quantity=0.98 date=0.93 place=0.928 with session 11's final code. The F1
# floor goes 0.69 -> 0.68 for the bigger set, as in sessions 2, 3 and 10: the moved-in batch
# scores 0.592 (held out, never tuned on); the coder is not worse on the 350 (0.692). The
# other floors are kept. Its rules took the 358 to f1=0.692 p=0.723 r=0.663, then two fresh
# dev-like batches of 8 joined (374 articles): f1=0.685 p=0.719 r=0.654 quantity=0.98
# date=0.925 place=0.925. P and R go down one point each (0.72/0.66 -> 0.71/0.65) for the
# bigger set: the fresh batches score 0.548 (never tuned on); the coder is not worse on the
# 358 it was pinned on (0.689 -> 0.692).
# Session 13 (2026-12-06) moved session 11's holdout in (382 articles): f1=0.6815 p=0.7158
# r=0.6504 quantity=0.98 date=0.925 place=0.9225 with session 12's final code (the moved-in
# batch scores 0.549, never tuned on). Every floor still holds. Its lanes (places, dates)
# took the 382 to f1=0.6816 date=0.932 place=0.934, then two fresh dev-like batches of 8
# joined (398 articles): f1=0.6746 p=0.7115 r=0.6413 quantity=0.98 date=0.926
# place=0.925. F1 and R go down one point each (0.68/0.65 -> 0.67/0.64) for the bigger
# set, as in sessions 2, 3, 10 and 12: the fresh batches score 0.509 (never seen by a
# helper); the coder is not worse on the 382 it was pinned on (0.6815 -> 0.6816).
# Session 14 (2026-12-06) moved session 12's holdout in (406 articles): f1=0.6734 p=0.7107
# r=0.6399 quantity=0.98 date=0.9265 place=0.9256 with session 13's final code (the
# moved-in batch scores 0.620, never tuned on). Recall sits 0.0001 under its floor, so R
# goes 0.64 -> 0.63 for the bigger set, as F1 and R did in sessions 2, 3, 10, 12 and 13;
# the other floors hold and are kept.
# Its lanes (places, dates, actors, targets; speed with identical output) took the 406 to
# f1=0.6753 p=0.7126 r=0.6416 date=0.9286 place=0.9343, then its two fresh dev-like batches
# of 8 joined (422 articles): f1=0.6719 p=0.7111 r=0.6368 quantity=0.975 date=0.927
# place=0.930. Every floor holds; none can rise a point.
# Session 15 (2026-12-06) moved session 13's holdout in (430 articles): f1=0.6710 p=0.7104
# r=0.6357 quantity=0.975 date=0.9256 place=0.9299 with session 14's final code (the
# moved-in batch scores 0.625, never tuned on). Every floor still holds; none can rise.
# Its lanes (typing, dates, domestic pairs, recall; speed and code health with identical
# output) took the 430 to f1=0.6729 p=0.7125 r=0.6375 date=0.9262 place=0.9301, then its two
# fresh dev-like batches of 8 joined (446 articles): f1=0.6654 p=0.7063 r=0.6289
# quantity=0.976 date=0.9247 place=0.9311. F1, P and R go down one point each
# (0.67/0.71/0.63 -> 0.66/0.70/0.62) for the bigger set, as in sessions 2, 3, 10, 12, 13
# and 14: the fresh batches score 0.461 (never seen by a helper: 0.458 on arrival); the
# coder is not worse on the 430 it was pinned on (0.6710 -> 0.6729).
# A last data fix (the United Kingdom's four nations are GBR) took the 446 to f1=0.6661
# p=0.7069 r=0.6297 date=0.9241 place=0.9307 (the 430: 0.6736).
# Session 16 (2026-12-06) moved session 14's holdout in (454 articles): f1=0.6658
# p=0.7071 r=0.6291 quantity=0.976 date=0.9197 (2521 of 2741, just under 0.92) place=0.9318
# with session 15's final code (the moved-in batch scores 0.652, never tuned on; its dates
# 0.69). The date floor goes 0.92 -> 0.91 for the bigger set, as in sessions 2, 3 and 9: the
# coder is not worse (the 446 stay at 0.9241). The other floors hold and are kept.
# Its lanes (dates, typing, story pairs, recall) and lexicon and place fixes found by probing
# made-up sentences took the 454 to f1=0.6691 p=0.7107 r=0.6321 date=0.9222 place=0.9395,
# then its two fresh dev-like batches of 8 joined (470 articles): f1=0.6654 p=0.7063
# r=0.6290 quantity=0.977 date=0.9226 (2621 of 2841) place=0.9402 (2264 of 2408). The date
# floor goes back 0.91 -> 0.92 and the place floor rises 0.92 -> 0.93; the others hold.
# Session 17 (2026-12-06) moved session 15's holdout in (478 articles): f1=0.6639
# p=0.7048 r=0.6275 quantity=0.978 date=0.9210 (2669 of 2898) place=0.9398 (2325 of 2474)
# with session 16's final code (the moved-in batch scores 0.588, never tuned on; its dates
# 0.84). Every floor still holds; none can rise.
# Its lanes (targets, sources, typing, recall, raids) and lexicon and place fixes took the
# 478 to f1=0.6679 p=0.7089 r=0.6313 date=0.9209 place=0.9394, then its two fresh
# dev-like batches of 8 joined (494 articles): f1=0.6639 p=0.7054 r=0.6271
# quantity=0.978 date=0.9175 (2771 of 3020, under 0.92) place=0.9379. The date floor goes
# 0.92 -> 0.91 for the bigger set, as in sessions 2, 3, 9 and 16: the coder is not worse
# (the 478 stay at 0.9209; the fresh batches' dates are 0.82). The others hold.
# Session 18 (2026-12-06) moved session 16's holdout in (502 articles): f1=0.6622
# p=0.7043 r=0.6249 quantity=0.979 date=0.9181 place=0.9368 with session 17's final code
# (the moved-in batch scores 0.567, never tuned on; its dates 0.97, places 0.89). Every
# floor still holds; none can rise.
# Its two rounds of lanes (typing, sources and targets of violence, domestic pairs,
# recall, dates, refusals), reviews and lead fixes took the 502 to f1=0.6756 p=0.7158
# r=0.6398 quantity=0.979 date=0.9188 place=0.9349, then its two fresh dev-like batches
# of 8 joined (518 articles): f1=0.6730 p=0.7150 r=0.6357 quantity=0.980 (918 of 937)
# date=0.9180 (2944 of 3207) place=0.9348 (2593 of 2774). F1, P and R rise one point
# each (0.66/0.70/0.62 -> 0.67/0.71/0.63); quantity (0.9797), date and place stay.
# Session 19 (2026-12-06) moved session 17's holdout in (526 articles): f1=0.6716
# p=0.7137 r=0.6342 quantity=0.978 date=0.9183 place=0.9329 with session 18's final code
# (the moved-in batch scores 0.583, never tuned on; its dates 0.93, places 0.82). Every
# floor still holds; none can rise.
# Its two rounds of lanes (typing, sources, targets, recall, places, story pairs, names,
# dates; module splits with identical output), two cold reviews and their mends took the
# 526 to f1=0.6780 p=0.7188 r=0.6416 quantity=0.977 date=0.9199 place=0.9348, then its two
# fresh dev-like batches of 8 joined (542 articles): f1=0.6752 p=0.7158 r=0.6389
# quantity=0.978 (962 of 984) date=0.9204 (3112 of 3381) place=0.9349 (2713 of 2902). The
# date floor rises 0.91 -> 0.92; the others hold and none can rise a point.
# Session 20 (2026-12-06) moved session 18's holdout in (550 articles): f1=0.6744
# p=0.7160 r=0.6373 quantity=0.978 date=0.9208 (3141 of 3411) place=0.9345 (2725 of 2916)
# with session 19's final code (the moved-in batch scores 0.614, never tuned on; its dates
# 0.97, places 0.86). Every floor still holds; none can rise.
# Its two rounds of lanes (accusations, sources, targets, recall, typing, dates, actors of
# bare triggers, speakers, screening filters, headlines; a health lane with identical
# output), three cold reviews and their mends took the 550 to f1=0.6810 p=0.7197 r=0.6462
# quantity=0.978 date=0.9212 place=0.9337, then its two fresh dev-like batches of 8 joined
# (566 articles): f1=0.6770 p=0.7168 r=0.6415 quantity=0.976 (992 of 1016) date=0.9192
# (3297 of 3587, under 0.92) place=0.9347 (2833 of 3031). The date floor goes 0.92 ->
# 0.91 for the bigger set, as in sessions 2, 3, 9, 16 and 17: the coder is not worse (the
# 550 at 0.9212; the fresh batches' dates are 0.86). Recall rises 0.63 -> 0.64; the
# others hold.
# Session 21 (2026-12-07) moved session 19's holdout in (574 articles): f1=0.6746
# p=0.7136 r=0.6396 (6959 of 10880, under 0.64) quantity=0.977 (1001 of 1025) date=0.9190
# (3324 of 3617) place=0.9351 (2851 of 3049) with session 20's final code (the moved-in
# batch scores 0.525, never tuned on; its dates 0.90, places 1.00). The recall floor goes
# back 0.64 -> 0.63 for the bigger set, as the date floor did in sessions 2, 3, 9, 16, 17
# and 20: the coder is not worse (the 566 stay at r=0.6415). The others hold.
# Its lanes (second events of a sentence, sentences with no prediction, types, pairs, the
# learned models retrained and measured), five cold reviews and their mends (five rules
# reverted, one of them after it had been redone; twelve mend commits) took the 574 to
# f1=0.6776 p=0.7166 r=0.6427, then its two fresh dev-like batches of 8 joined (590
# articles): f1=0.6753 p=0.7138 r=0.6408 (7169 of 11187) quantity=0.975 (1025 of 1051)
# date=0.9192 (3400 of 3699) place=0.9334 (2914 of 3122). Recall rises back 0.63 -> 0.64;
# the others hold and none can rise a point.
# Session 22 (2026-12-07) moved session 20's holdout in (598 articles): f1=0.6743
# p=0.7126 r=0.6399 (under 0.64) quantity=0.975 (1042 of 1069) date=0.9197 (3435 of 3735)
# place=0.9330 (2939 of 3150) with session 21's final code (the moved-in batch scores 0.608,
# never tuned on; its dates 0.97, places 0.89). The recall floor goes back 0.64 -> 0.63 for
# the bigger set, as in session 21: the coder is not worse (the 590 stay at r=0.6408). The
# others hold.
# Its lanes (types, pairs, sentences with no prediction, quantities, known misreadings;
# event-neutral health and speed lanes), five cold reviews and their mends (two rules
# reverted, one never merged) took the 598 to f1=0.6758 p=0.7138 r=0.6417 quantity=0.985,
# then its two fresh dev-like batches of 8 joined (614 articles): f1=0.6720 p=0.7110
# r=0.6371 quantity=0.9826 (1076 of 1095) date=0.9191 (3487 of 3794) place=0.9318 (2992 of
# 3211). The quantity floor rises 0.97 -> 0.98 (the quantities lane); the others hold and
# none can rise a point.
# Session 23 (2026-12-07) moved session 21's holdout in (622 articles): f1=0.6704
# p=0.7089 (under 0.71) r=0.6359 quantity=0.9828 (1083 of 1102) date=0.9200 (3532 of 3839)
# place=0.9323 (3014 of 3233) with session 22's final code (the moved-in batch scores
# 0.556, never tuned on). The precision floor goes 0.71 -> 0.70 for the bigger set, as for
# recall in sessions 21 and 22: the coder is not worse (the 614 stay at p=0.7110). The
# others hold.
# Its lanes (types, pairs, sentences with no prediction, quantities, dates; an
# event-neutral health lane; a speed change reverted after review; a sentence-embedding
# typer measured, not used), cold reviews and their mends took the 622 to f1=0.6733
# p=0.7123 r=0.6384 quantity=0.9873 date=0.9219 place=0.9326, then its two fresh dev-like
# batches of 8 joined (638 articles): f1=0.6715 p=0.7096 r=0.6374 quantity=0.9858 (1111 of
# 1127) date=0.9182 (3626 of 3949) place=0.9305 (3080 of 3310). All floors hold; none can
# rise a point (precision stays under 0.71 with the fresh batches in).
# Session 24 (2026-12-07) moved session 22's holdout in (646 articles): f1=0.6704
# p=0.7091 r=0.6357 quantity=0.9850 (1115 of 1132) date=0.9186 (3646 of 3969) place=0.9309
# (3098 of 3328) with session 23's final code (the moved-in batch scores 0.577, never tuned
# on). Every floor holds.
# Its lanes (types, target pairs, sentences with no prediction, dates in reported speech,
# four general-English misreadings, misreadings on real sport/business/culture news; event-
# neutral health, long-article memory and token-identity lanes; an off-topic screen that
# codes no gold article; a learned drop filter measured, not used), cold reviews and their
# mends (a source-pair rule not merged) took the 646 to f1=0.6727 p=0.7115 r=0.6379
# quantity=0.9850 date=0.9190 place=0.9311, then its two fresh dev-like batches of 8 joined
# (662 articles): f1=0.6713 p=0.7092 r=0.6372 quantity=0.9845 (1144 of 1162) date=0.9181
# (3711 of 4042) place=0.9315 (3170 of 3403). All floors hold; none can rise a point.
# Session 25 (2026-12-07) moved session 23's holdout in (670 articles): f1=0.6716
# p=0.7091 r=0.6378 quantity=0.9839 (1163 of 1182) date=0.9187 (3741 of 4072) place=0.9326
# (3223 of 3456) with session 24's final code (the moved-in batch scores 0.697, never tuned
# on). Every floor holds.
# Its lanes (types, sentences with no prediction, domestic pairs, dates, general-English
# fixes; an event-neutral health lane), cold reviews and their mends took the 670 to
# f1=0.6741 p=0.7117 r=0.6403 quantity=0.9840 date=0.9200 place=0.9335 (the rules alone:
# this gate scores extract with no judge, since the learned drop filter, on by default, is
# trained on this set), then its two fresh dev-like batches of 8 joined (686 articles):
# f1=0.6717 p=0.7088 r=0.6382 quantity=0.9834 (1188 of 1208) date=0.9192 (3824 of 4160)
# place=0.9331 (3276 of 3511). All floors hold; none can rise a point.
# Session 26 (2026-12-07) moved session 24's holdout in (694 articles): f1=0.6708
# p=0.7078 r=0.6375 quantity=0.9828 (1199 of 1220) date=0.9197 (3847 of 4183) place=0.9336
# (3302 of 3537) with session 25's final rules (the moved-in batch scores 0.591 rules alone,
# never tuned on). Every floor holds.
# Its lanes (general-English fixes, first-word mentions of known people, types, "anti-"
# parties and a line's second word; a places lane and a second-acts lane not merged after
# review), cold reviews and their mends took the 694 to f1=0.6726 p=0.7091 r=0.6397
# quantity=0.9828 date=0.9200 place=0.9333 (rules alone), then its two fresh dev-like batches
# of 8 joined (710 articles): f1=0.6724 p=0.7094 r=0.6391 quantity=0.9833 (1233 of 1254)
# date=0.9148 (3938 of 4305) place=0.9333 (3386 of 3628). All floors hold; none can rise a
# point.
# Session 27 (2026-12-07) moved session 25's holdout in (718 articles): f1=0.6721
# p=0.7090 r=0.6389 quantity=0.9835 (1253 of 1274) date=0.9139 (3978 of 4353) place=0.9321
# (3433 of 3683) with session 26's final rules (the moved-in batch scores 0.646 rules alone,
# never tuned on; its dates 0.83, places 0.85). Every floor holds; none can rise.
# Its lanes (lexicon recall, dates of a lead's "after" clause, ordered mission closures,
# readiness offers, general-English misreadings, agentless own-country violence, envoys of
# no stated nationality; an event-neutral health lane; a filter-feature lane and a screens
# lane that changed nothing), cold reviews, mends and two re-reads took the 718 to
# f1=0.6738 p=0.7104 r=0.6407 quantity=0.9820 date=0.9150 place=0.9327 (rules alone), then
# its two fresh dev-like batches of 8 joined (734 articles): f1=0.6725 p=0.7084 r=0.6400
# (8748 of 13669, just under 0.64) quantity=0.9825 (1294 of 1317) date=0.9155 (4086 of
# 4463) place=0.9325 (3511 of 3765). All floors hold; none can rise a point.
# Session 28 (2026-12-07) moved session 26's holdout in (742 articles): f1=0.6717
# p=0.7076 r=0.6393 (8829 of 13810) quantity=0.9827 (1304 of 1327) date=0.9155 (4116 of
# 4496) place=0.9327 (3534 of 3789) with session 27's final rules (the moved-in batch scores
# 0.602 rules alone, never tuned on; its dates 0.91, places 0.96). Every floor holds.
# Its lanes (reactions aimed at a told act's author, lexicon recall, labour strikes and
# economic hits, known misreadings; an event-neutral health lane; a pairs lane and a dates
# lane not merged), cold reviews and their mends took the 742 to f1=0.6739 p=0.7093
# r=0.6419 quantity=0.9827 date=0.9149 place=0.9329 (rules alone), then its two fresh
# dev-like batches of 8 joined (758 articles): f1=0.6733 p=0.7083 r=0.6416 (9022 of 14061)
# quantity=0.9822 (1326 of 1350) date=0.9141 (4192 of 4586) place=0.9318 (3592 of 3855).
# The recall floor rises 0.63 -> 0.64; the others hold and none can rise a point.
F1_FLOOR = 0.67
PRECISION_FLOOR = 0.70
RECALL_FLOOR = 0.64
QUANTITY_FLOOR = 0.98
DATE_FLOOR = 0.91
PLACE_FLOOR = 0.93


def _scored(docs: list[dict[str, Any]], nlp: Any, **coder: Any) -> Report:
    """The gold articles scored on the workers' path, ``extract`` given ``coder``'s options
    (none: the rules alone)."""
    gazetteer = load_gazetteer()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    # One nlp.pipe over the whole set: ~20% faster than a parse per article, same events
    # (checked on all 382 articles); the gate is the suite's slowest test.
    annotated = annotate_batch(
        [normalize(from_mapping(d["article"]), detect_language=detect_language,
                   max_chars=200_000) for d in docs], nlp)
    by_article = {id(d["article"]): ann for d, ann in zip(docs, annotated, strict=True)}

    def predict(article: dict[str, Any]) -> list[dict[str, Any]]:
        extracted = extract(by_article[id(article)], vocab=nlp.vocab, version="gate", now=now,
                            **coder)
        events, _ = enrich(extracted, gazetteer=gazetteer, now=now)
        return [as_dict(e) for e in events]

    report = score(docs, predict)
    print(report.summary_line())
    return report


def test_gold_floor(nlp: Any) -> None:
    report = _scored(load_gold(GOLD), nlp)  # the rules alone: the drop filter trains on GOLD
    assert len(report.articles) >= 8
    assert report.f1 >= F1_FLOOR, report.summary_line()
    assert report.precision >= PRECISION_FLOOR, report.summary_line()
    assert report.recall >= RECALL_FLOOR, report.summary_line()
    assert (report.accuracy("quantity") or 0.0) >= QUANTITY_FLOOR, report.summary_line()
    assert (report.accuracy("date") or 0.0) >= DATE_FLOOR, report.summary_line()
    assert (report.accuracy("place") or 0.0) >= PLACE_FLOOR, report.summary_line()


DEV = Path(__file__).parents[3] / "shared" / "eval" / "dev"


def test_the_default_coder_meets_issue_3_on_the_dev_set(nlp: Any) -> None:
    """Issue 3's acceptance on the public dev set with the coder as shipped (the rules, the
    learned drop filter and the off-topic screen as the settings' defaults ask): event F1
    >= 0.80, quantity >= 0.95, date >= 0.90, place >= 0.90. The drop filter never trains on
    dev, so unlike the gold floor above this scores it out of sample."""
    if not DEV.is_dir():
        pytest.skip(f"the shared dev set is not at {DEV}")
    settings = Settings()
    report = _scored(load_gold(DEV), nlp, judge=calibrated_drop_filter(settings.event_filter),
                     screen_off_topic=settings.screen_off_topic)
    assert len(report.articles) == 8
    assert report.f1 >= 0.80, report.summary_line()
    assert (report.accuracy("quantity") or 0.0) >= 0.95, report.summary_line()
    assert (report.accuracy("date") or 0.0) >= 0.90, report.summary_line()
    assert (report.accuracy("place") or 0.0) >= 0.90, report.summary_line()
